package org.factdesk.app;

/**
 * Placeholder for the desktop workstation, so that the launcher compiles before the user interface exists.
 * Replaced by the real JavaFX start-up when the UI branch is merged. Runs on the main thread.
 */
public final class Workstation {

    private Workstation() {
    }

    public static void main(String[] args) {
        System.err.println("The workstation is not built yet; see --help");
        System.exit(1);
    }
}

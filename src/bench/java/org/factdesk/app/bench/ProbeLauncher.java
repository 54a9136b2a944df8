package org.factdesk.app.bench;

import javafx.application.Application;

/**
 * Starts one benchmark probe. A main class that extends {@code Application} fails from the fat jar ("JavaFX
 * runtime components are missing"), so the probes are launched from this plain class.
 */
public final class ProbeLauncher {

    private ProbeLauncher() {
    }

    /** {@code empty} for the empty-window yardstick, {@code newfact} for the new-fact probe, {@code checkskey} for the
     * Checks panel after a keystroke. */
    public static void main(String[] args) {
        switch (args[0]) {
            case "empty" -> Application.launch(EmptyWindowProbe.class);
            case "newfact" -> Application.launch(NewFactProbe.class);
            case "checkskey" -> Application.launch(ChecksKeystrokeProbe.class);
            default -> throw new IllegalArgumentException("unknown probe " + args[0]);
        }
    }
}

package org.factdesk.app;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * For the start-up benchmark only: when the system property {@value #PROPERTY} is set, prints how long after the
 * JVM started the window was first shown ({@code shown <ms>}) and the workstation was ready with its project open
 * ({@code ready <ms>}), then quits. Does nothing otherwise. JavaFX thread.
 */
public final class StartupProbe {

    public static final String PROPERTY = "factdesk.startupProbe";

    private StartupProbe() {
    }

    public static boolean active() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Reports the first showing of {@code stage}. */
    public static void watch(Stage stage) {
        if (active()) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> print("shown"));
        }
    }

    /** Reports that the workstation is ready, and quits. */
    public static void ready() {
        if (active()) {
            print("ready");
            Platform.exit();
        }
    }

    public static void print(String what) {
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + " " + sinceStart);
        System.out.flush();
    }
}

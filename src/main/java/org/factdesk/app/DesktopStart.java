package org.factdesk.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.factdesk.app.cli.Desktop;

/**
 * Starts the workstation, or says in one line that there is no desktop session to start it in. On Linux a
 * session without DISPLAY or WAYLAND_DISPLAY is refused before JavaFX loads; a display that is named but cannot
 * be opened is caught when the toolkit fails to start. Must not touch JavaFX itself (it runs before the
 * toolkit is known to work). Main thread.
 */
final class DesktopStart implements Desktop {

    static final String NO_DISPLAY = "factdesk: error: no desktop session: the workstation needs a display "
            + "(set DISPLAY or WAYLAND_DISPLAY); the command line works without one, see --help";

    /** How JavaFX's start-up warning about running from the class path begins. */
    static final String CLASS_PATH_WARNING = "Unsupported JavaFX configuration";

    /**
     * JavaFX's own logger. Held here because java.util.logging keeps loggers only weakly, and a filter set on a
     * logger that was collected would be lost.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    @Override
    public int start(Optional<Path> project, PrintWriter err) {
        if (!hasDisplay(System.getProperty("os.name", ""), System.getenv())) {
            return refuse(err);
        }
        quietClassPathWarning();
        try {
            Workstation.main(project);
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError failure) {
            if (toolkitFailedToStart(failure)) {
                return refuse(err);
            }
            throw failure;
        }
    }

    /** Only Linux (and the BSDs) need a display server named in the environment; Windows and macOS have one. */
    static boolean hasDisplay(String osName, Map<String, String> environment) {
        if (!osName.startsWith("Linux") && !osName.endsWith("BSD")) {
            return true;
        }
        return isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"));
    }

    /**
     * GTK reports a display it cannot open as an UnsupportedOperationException ("Unable to open DISPLAY"),
     * which JavaFX's launcher wraps; a missing GTK library shows as an error naming the glass toolkit.
     */
    static boolean toolkitFailedToStart(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Unable to open DISPLAY") || message.contains("No toolkit found")
                    || message.contains("Unable to load glass GTK library")) {
                return true;
            }
        }
        return false;
    }

    /**
     * JavaFX warns on every start that its classes came from the class path; Factdesk runs from the class path
     * on purpose (a shaded jar, TECH-NOTES), so the warning only made two lines of noise before the one line a
     * missing display should give. Its other warnings still show.
     */
    static void quietClassPathWarning() {
        JAVAFX_LOG.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith(CLASS_PATH_WARNING));
    }

    private static int refuse(PrintWriter err) {
        err.println(NO_DISPLAY);
        err.flush();
        return 1;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}

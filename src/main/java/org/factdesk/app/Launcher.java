package org.factdesk.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.factdesk.app.cli.FactdeskCli;

/**
 * The jar's entry point. Without arguments it starts the desktop workstation (as {@code open <file>} does on a
 * given project); with any other arguments it runs the command line, which never loads JavaFX, so
 * {@code java -jar factdesk.jar list news.mv.db} works on a server without a display. This class itself must not
 * touch JavaFX: a main class that does fails from a fat jar. Runs on the main thread.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            int status = new DesktopStart().start(Optional.empty(), err);
            if (status != 0) {
                System.exit(status);
            }
            return;
        }
        // The descriptor itself, not System.out: a PrintStream hides why a write failed (a full disk).
        System.exit(FactdeskCli.run(new FileOutputStream(FileDescriptor.out), System.err, new DesktopStart(), args));
    }
}

package org.factdesk.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import org.factdesk.app.cli.FactdeskCli;

/**
 * The jar's entry point. Without arguments it starts the desktop workstation; with any argument it runs the
 * command line, which never loads JavaFX, so {@code java -jar factdesk.jar list news.mv.db} works on a server
 * without a display. This class itself must not touch JavaFX: a main class that does fails from a fat jar.
 * Runs on the main thread.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Workstation.main(args);
            return;
        }
        // The descriptor itself, not System.out: a PrintStream hides why a write failed (a full disk).
        System.exit(FactdeskCli.run(new FileOutputStream(FileDescriptor.out), System.err, args));
    }
}

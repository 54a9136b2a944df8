package org.factdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The desktop workstation as the command line sees it: {@code factdesk open} asks it to start, and the command
 * line itself never loads JavaFX. Called on the main thread; {@link #start} returns when the window closes.
 */
@FunctionalInterface
public interface Desktop {

    /**
     * Starts the workstation on {@code project}, or on the last project when empty, and returns the exit status:
     * 0 once the window has closed, 1 when it could not start, after one line on {@code err} saying why.
     */
    int start(Optional<Path> project, PrintWriter err);
}

package org.factdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.factdesk.logic.text.VisibleText;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectStorageException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns whatever a subcommand threw into exactly one line on stderr and an exit status. Problems with the
 * user's files or data are reported as {@code factdesk: error: <what is wrong>} (status 1); anything else is a
 * bug, reported as {@code factdesk: internal error: ...} (status 3), as is an Error that escapes picocli (see
 * {@link #internal}). Stack traces are printed only under
 * {@code --debug}. Stateless apart from the debug switch it reads; one command-line run.
 */
final class FailureReport implements IExecutionExceptionHandler {

    private final BooleanSupplier debug;

    FailureReport(BooleanSupplier debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        Optional<String> userMessage = userMessage(ex);
        if (userMessage.isEmpty()) {
            return internal(err, ex, debug.getAsBoolean());
        }
        err.println("factdesk: error: " + oneLine(userMessage.get()));
        if (debug.getAsBoolean()) {
            ex.printStackTrace(err);
        }
        err.flush();
        return FactdeskCli.EXIT_FAILED;
    }

    /** Reports a bug, or an Error such as OutOfMemoryError, as one line (and its stack trace under --debug). */
    static int internal(PrintWriter err, Throwable failure, boolean debug) {
        err.println("factdesk: internal error: " + oneLine(String.valueOf(failure))
                + (debug ? "" : "; run with --debug for details"));
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return FactdeskCli.EXIT_INTERNAL;
    }

    /** The message for the user when the exception is about their files or data; empty for a bug. */
    static Optional<String> userMessage(Throwable ex) {
        if (ex instanceof InternalStorageException) {
            return Optional.empty();
        }
        if (ex instanceof UserError || ex instanceof ProjectFileException || ex instanceof ProjectStorageException) {
            return Optional.of(ex.getMessage());
        }
        if (ex instanceof UncheckedIOException unchecked) {
            return userMessage(unchecked.getCause());
        }
        if (ex instanceof IOException io) {
            return Optional.of(describe(io));
        }
        return Optional.empty();
    }

    /** "story.json: no such file" rather than Java's bare path or class name. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + ": " + reason(e);
        }
        return reason(e);
    }

    /** Why a file operation failed, without the file's name. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() == null ? "cannot be read or written" : fs.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /** One line, with anything that could act on a terminal (ESC in a file name) shown as its code. */
    private static String oneLine(String message) {
        return VisibleText.line(message.strip().replaceAll("\\s*\\R\\s*", " "));
    }
}

package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectStorageException;
import org.h2.api.ErrorCode;

/**
 * Sorts a failed SQL call on an open project into what the user can act on (a read-only file, a full or failing
 * disk, a damaged or vanished file), with words for them, and what is a fault in Factdesk (its own SQL, a broken
 * constraint), which is logged in full and reported as internal. Stateless; thread-safe.
 */
final class StorageFailures {

    private static final Logger LOG = Logger.getLogger(StorageFailures.class.getName());

    private StorageFailures() {
    }

    /** What the user or the log is told about {@code e}, met on the project file {@code file}. */
    static ProjectStorageException of(Path file, SQLException e) {
        return switch (e.getErrorCode()) {
            // Named: "the project file" left a user of import guessing between it and the story's file.
            case ErrorCode.DATABASE_IS_READ_ONLY -> new ProjectStorageException(file.getFileName() + " is read-only, "
                    + "so Factdesk cannot save changes to it. Make the file writable, or save a copy elsewhere, and "
                    + "try again.", e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_NOT_FOUND_1,
                    ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.OUT_OF_MEMORY ->
                    new ProjectStorageException("The project file could not be read or written: " + reason(e), e);
            case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN,
                    ErrorCode.CONNECTION_BROKEN_1, ErrorCode.OBJECT_CLOSED ->
                    new ProjectStorageException("The project file was closed (Factdesk is shutting down, or the "
                            + "file could no longer be written); this change was not saved.", e);
            case ErrorCode.FILE_CORRUPTED_1 -> new ProjectStorageException("The project file is damaged: "
                    + reason(e) + ". Run 'factdesk recover <project.mv.db> <new.mv.db>' to copy what is sound "
                    + "into a new project, or restore the file from a copy.", e);
            default -> unclassified(e);
        };
    }

    private static ProjectStorageException unclassified(SQLException e) {
        if (hasIoCause(e)) {
            return new ProjectStorageException("The project file could not be read or written: " + reason(e), e);
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("22")) {
            return new ProjectStorageException("The project file holds a value Factdesk cannot read; the file may "
                    + "be damaged (" + reason(e) + ").", e);
        }
        return internal("The store failed: " + reason(e), e);
    }

    /**
     * A fault in Factdesk's own use of the store, logged here with its full detail at FINE: the workstation's
     * error reporter logs it again as an error when it reaches the user, and the command line must keep its
     * one line on stderr (its {@code --debug} prints the trace).
     */
    static InternalStorageException internal(String message, Throwable cause) {
        LOG.log(Level.FINE, message, cause);
        return new InternalStorageException(message, cause);
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** H2's first line without the failing statement it appends: the user needs the reason, not the SQL. */
    static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        int bracket = message.indexOf(" [");
        if (bracket > 0 && (end < 0 || bracket < end)) {
            end = bracket;
        }
        String line = end < 0 ? message : message.substring(0, end);
        int sql = line.indexOf("; SQL statement:");
        return sql < 0 ? line : line.substring(0, sql);
    }
}

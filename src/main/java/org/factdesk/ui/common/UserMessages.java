package org.factdesk.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.factdesk.logic.interchange.StoryJsonException;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectStorageException;

/**
 * Turns a failure into a sentence for the user. Our own exceptions carry messages written for people; anything
 * else is a bug, which the user sees as a plain summary while the details go to the log. Stateless.
 */
public final class UserMessages {

    /** Where the window sends the user to save what is sound of a damaged project. */
    public static final String RECOVERY_IN_THE_WINDOW =
            "Choose File › Recover a damaged project… to copy what is sound into a new project.";

    private UserMessages() {
    }

    public static String describe(Throwable problem) {
        Throwable cause = unwrap(problem);
        if (isBug(cause)) {
            // Whether earlier changes reached the file is not known here; the caller says what it knows.
            return "An internal error in Factdesk stopped this (" + cause.getClass().getSimpleName() + ").";
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            return "The file " + fs.getFile() + " could not be read or written: " + reason(fs) + ".";
        }
        if (cause instanceof java.io.IOException) {
            return "The file could not be read or written: " + cause.getMessage();
        }
        String message = cause.getMessage();
        // A damage report points at the command line; in the window the menu is the way.
        return message == null ? null : message.replace(ProjectDamagedException.RECOVERY_HINT, RECOVERY_IN_THE_WINDOW);
    }

    private static String reason(java.nio.file.FileSystemException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() == null ? "input/output error" : e.getReason();
    }

    /**
     * True when the failure is a bug rather than a problem with the user's files, also when a message written
     * for the user wraps the bug (a failed save): such failures belong in the log.
     */
    public static boolean isUnexpected(Throwable problem) {
        Throwable cause = unwrap(problem);
        if (cause instanceof UserFacingException && cause.getCause() != null) {
            return isUnexpected(cause.getCause());
        }
        return isBug(cause);
    }

    private static boolean isBug(Throwable cause) {
        if (cause instanceof InternalStorageException) {
            return true;
        }
        return !(cause instanceof ProjectFileException || cause instanceof ProjectStorageException
                || cause instanceof StoryJsonException || cause instanceof UserFacingException
                || cause instanceof java.io.IOException);
    }

    static Throwable unwrap(Throwable problem) {
        Throwable cause = problem;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}

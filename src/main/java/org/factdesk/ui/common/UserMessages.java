package org.factdesk.ui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.factdesk.logic.interchange.StoryJsonException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectStorageException;

/**
 * Turns a failure into a sentence for the user. Our own exceptions carry messages written for people; anything
 * else is a bug, which the user sees as a plain summary while the details go to the log. Stateless.
 */
public final class UserMessages {

    private UserMessages() {
    }

    public static String describe(Throwable problem) {
        Throwable cause = unwrap(problem);
        if (cause instanceof ProjectFileException || cause instanceof ProjectStorageException
                || cause instanceof StoryJsonException || cause instanceof UserFacingException) {
            return cause.getMessage();
        }
        if (cause instanceof java.io.IOException) {
            return "The file could not be read or written: " + cause.getMessage();
        }
        return "Something went wrong inside Factdesk (" + cause.getClass().getSimpleName()
                + "). Your work is saved up to this point.";
    }

    /** True when the failure is a bug rather than a problem with the user's files. */
    public static boolean isUnexpected(Throwable problem) {
        Throwable cause = unwrap(problem);
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

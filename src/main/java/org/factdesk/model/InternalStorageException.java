package org.factdesk.model;

/**
 * The store failed because of a fault in Factdesk, not in the user's file or disk: a row it wrote is missing,
 * its own SQL is wrong, a constraint it should have kept is broken. The message is technical and meant for the
 * log; callers show the user an "internal error" instead of advice about their file. It extends
 * {@link ProjectStorageException} so that code which stops on any storage failure still stops on it; code that
 * speaks to the user must test for this class first. Immutable.
 */
public class InternalStorageException extends ProjectStorageException {

    public InternalStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public InternalStorageException(String message) {
        super(message);
    }
}

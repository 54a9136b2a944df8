package org.factdesk.model;

/**
 * A change or a read of an open project failed for a reason the user can act on: the disk is full, the file
 * was removed or made read-only, the file is damaged. The message is written for the user and names the
 * problem; the cause carries the technical detail for the log. A fault in Factdesk itself is an
 * {@link InternalStorageException} instead.
 */
public class ProjectStorageException extends RuntimeException {

    public ProjectStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProjectStorageException(String message) {
        super(message);
    }
}

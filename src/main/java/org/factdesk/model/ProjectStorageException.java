package org.factdesk.model;

/**
 * A change or a read of an open project failed (the disk is full, the file was removed, a bug). The message
 * is written for the user; the cause carries the technical detail for the log.
 */
public class ProjectStorageException extends RuntimeException {

    public ProjectStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProjectStorageException(String message) {
        super(message);
    }
}

package org.factdesk.ui.common;

/** A failure whose message is already written for the user ("The file holds no text."). */
public class UserFacingException extends RuntimeException {

    public UserFacingException(String message) {
        super(message);
    }

    public UserFacingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.factdesk.app.cli;

/**
 * A problem with what the user asked for or gave us (an unknown story, an unwritable output file). The message
 * is the one line the command line prints after "factdesk: error: ". Immutable.
 */
final class UserError extends Exception {

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}

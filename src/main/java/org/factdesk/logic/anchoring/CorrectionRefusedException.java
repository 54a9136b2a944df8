package org.factdesk.logic.anchoring;

/**
 * A new text that cannot become a source's text; the message says why in words for the user, without the
 * file's name (the caller adds it). Nothing was changed. Immutable.
 */
public final class CorrectionRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorrectionRefusedException(String message) {
        super(message);
    }
}

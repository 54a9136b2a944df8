package org.factdesk.logic.check.wording;

/** A wording lexicon that cannot be read, with a message naming the file and line and what is wrong there. */
public final class LexiconException extends Exception {

    private static final long serialVersionUID = 1L;

    public LexiconException(String message) {
        super(message);
    }
}

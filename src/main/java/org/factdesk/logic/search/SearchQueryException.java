package org.factdesk.logic.search;

/**
 * A query that cannot be searched for, such as one of spaces only. The message is one plain sentence for the
 * editor, without a leading capital, so that it reads after "factdesk: error: " too. Immutable.
 */
public final class SearchQueryException extends Exception {

    public SearchQueryException(String message) {
        super(message);
    }
}

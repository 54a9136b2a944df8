package org.factdesk.logic.check.wording;

/**
 * Where a lexicon entry was found in a text: {@code [start, end)} and the words as written there. Immutable.
 */
public record WordingMatch(WordingEntry entry, int start, int end, String written) {
}

package org.factdesk.model;

import java.util.List;

/**
 * One fact bullet of a story: its text without citation marks (the marks are derived, see the house format),
 * its citations in the order the editor added them, its review status, and its colour. The colour is one of
 * {@link #COLOURS} indexes, chosen once when the fact is made and kept with it for good, so that the fact and
 * the passages it cites look the same after moves, deletions around it and a reopen. Immutable.
 */
public record Fact(long id, String text, List<Citation> citations, ReviewStatus reviewStatus, int colour) {

    /** How many colours a fact can have; {@link #colour()} is {@code 0..COLOURS-1}. */
    public static final int COLOURS = 8;

    public Fact {
        text = Texts.orEmpty(text);
        citations = List.copyOf(citations);
        reviewStatus = reviewStatus == null ? ReviewStatus.UNCHECKED : reviewStatus;
        if (colour < 0 || colour >= COLOURS) {
            throw new IllegalArgumentException("fact " + id + " has colour " + colour + "; colours are 0 to "
                    + (COLOURS - 1));
        }
    }

    public Fact withText(String newText) {
        return new Fact(id, newText, citations, reviewStatus, colour);
    }

    public Fact withCitations(List<Citation> newCitations) {
        return new Fact(id, text, newCitations, reviewStatus, colour);
    }
}

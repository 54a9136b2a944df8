package org.factdesk.model;

import java.util.List;

/**
 * One fact bullet of a story: its text without citation marks (the marks are derived, see the house format),
 * its citations in the order the editor added them, and its review status. Immutable.
 */
public record Fact(long id, String text, List<Citation> citations, ReviewStatus reviewStatus) {

    public Fact {
        text = Texts.orEmpty(text);
        citations = List.copyOf(citations);
        reviewStatus = reviewStatus == null ? ReviewStatus.UNCHECKED : reviewStatus;
    }

    public Fact withText(String newText) {
        return new Fact(id, newText, citations, reviewStatus);
    }

    public Fact withCitations(List<Citation> newCitations) {
        return new Fact(id, text, newCitations, reviewStatus);
    }
}

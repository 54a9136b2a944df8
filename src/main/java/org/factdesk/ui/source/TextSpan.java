package org.factdesk.ui.source;

/** A stretch of the shown source text for the view to scroll to and flash. Immutable. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span out of order: " + start + ".." + end);
        }
    }
}

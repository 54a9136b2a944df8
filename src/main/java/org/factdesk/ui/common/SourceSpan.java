package org.factdesk.ui.common;

/**
 * A stretch of one source's text, in UTF-16 offsets into its stored text: what a search hit asks the source pane
 * to show and flash. Immutable.
 */
public record SourceSpan(long sourceId, int start, int end) {

    public SourceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span out of order: " + start + ".." + end);
        }
    }
}

package org.factdesk.ui.source;

/**
 * What the source text area shows instead of (or as) a text, so that its placeholder can say the right thing:
 * a project without sources is a starting point, not a failure. Plain value; any thread.
 */
public enum ReaderState {
    /** The project has no sources yet: say how to add one. */
    NO_SOURCES,
    /** There are sources, but none is selected. */
    NONE_SELECTED,
    LOADING,
    /** Reading or preparing the selected source's text failed (the session has reported why). */
    FAILED,
    SHOWN;

    /** The state for the pane's current facts; the order of the checks is the order of importance. */
    static ReaderState of(boolean hasSources, boolean selected, boolean loading, boolean failed, boolean shown) {
        if (shown) {
            return SHOWN;
        }
        if (loading) {
            return LOADING;
        }
        if (!hasSources) {
            return NO_SOURCES;
        }
        if (!selected) {
            return NONE_SELECTED;
        }
        return failed ? FAILED : LOADING;
    }
}

package org.factdesk.model;

/**
 * Where an excerpt stands after its source's text was last corrected (docs/decisions/0014). An excerpt that was
 * never re-anchored is {@link #UNCHANGED}. An {@link #ORPHANED} excerpt could not be found in the corrected
 * text: it keeps its last known quote and offsets (into the text it was last found in), is never moved again, and
 * is shown apart, never highlighted.
 */
public enum Anchoring {
    /** Found at its old offsets with the same quote (or never re-anchored). */
    UNCHANGED,
    /** Found again at other offsets, or with a quote that changed. */
    MOVED,
    /** Not found in the corrected text. */
    ORPHANED
}

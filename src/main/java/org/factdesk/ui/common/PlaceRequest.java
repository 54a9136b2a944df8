package org.factdesk.ui.common;

import java.util.Objects;

/**
 * A part of the open story that another part of the window asks to show: the title, the lede, a fact or a
 * narrative (by id), or the story's sources. With {@code focus} the pane holding it puts the keyboard there, to
 * edit it; without, it only brings it into view, so the editor can keep moving through a list (the checks).
 * Immutable.
 *
 * @param id the fact's or narrative's id; 0 for the other parts
 */
public record PlaceRequest(Part part, long id, boolean focus) {

    /** The parts of a story a request can name. */
    public enum Part { TITLE, LEDE, FACT, NARRATIVE, SOURCES }

    public PlaceRequest {
        Objects.requireNonNull(part, "part");
    }
}

package org.factdesk.ui.common;

/**
 * The colour a fact wears in every pane: its card stripe in the fact builder and its highlights in the source
 * text, so the eye links a passage to its fact. A fact's colour follows its id, not its position: it stays
 * when facts are reordered and when the project is reopened, and facts made one after another (consecutive
 * ids) get different colours. No colour is a blue, so a highlight never looks like the text selection
 * ({@code FactColorsTest} holds the stylesheet to that). Colours come from the stylesheet; this picks the
 * class. Any thread.
 */
public final class FactColors {

    /** How many distinct colours the stylesheet defines; facts beyond that reuse them in turn. */
    public static final int COUNT = 8;

    private FactColors() {
    }

    /**
     * The style class for the fact with this id ("fact-color-3"). Facts not yet saved have negative ids,
     * which map onto the colours as well.
     */
    public static String styleClass(long factId) {
        return "fact-color-" + Math.floorMod(factId, COUNT);
    }
}

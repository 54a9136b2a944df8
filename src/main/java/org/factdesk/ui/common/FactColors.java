package org.factdesk.ui.common;

/**
 * The colour a fact wears in every pane: its card stripe in the fact builder and its highlights in the source
 * text, so the eye links a passage to its fact. Colours come from the stylesheet; this picks the class.
 */
public final class FactColors {

    /** How many distinct colours the stylesheet defines; facts beyond that reuse them in turn. */
    public static final int COUNT = 8;

    private FactColors() {
    }

    /** The style class for the fact at {@code index} in the story ("fact-color-3"). */
    public static String styleClass(int factIndex) {
        return "fact-color-" + Math.floorMod(factIndex, COUNT);
    }
}

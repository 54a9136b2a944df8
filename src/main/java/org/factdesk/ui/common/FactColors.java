package org.factdesk.ui.common;

import org.factdesk.model.Fact;

/**
 * The colour a fact wears in every pane: its card stripe in the fact builder and its highlights in the source
 * text, so the eye links a passage to its fact. The colour is the fact's own ({@link Fact#colour()}, chosen when
 * it was made and kept in the project file), so it stays through reorders, deletions and a reopen. No colour is
 * a blue, so a highlight never looks like the text selection ({@code FactColorsTest} holds the stylesheet to
 * that). Colours come from the stylesheet; this names the class. Any thread.
 */
public final class FactColors {

    /** How many distinct colours the stylesheet defines: one per fact colour. */
    public static final int COUNT = Fact.COLOURS;

    private FactColors() {
    }

    /** The style class for a fact's colour ("fact-color-3"). */
    public static String styleClass(int colour) {
        if (colour < 0 || colour >= COUNT) {
            throw new IllegalArgumentException("no fact colour " + colour + "; colours are 0 to " + (COUNT - 1));
        }
        return "fact-color-" + colour;
    }

    /** The style class for {@code fact}'s colour. */
    public static String styleClass(Fact fact) {
        return styleClass(fact.colour());
    }
}

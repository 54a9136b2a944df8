package org.factdesk.ui.narratives;

import javafx.css.PseudoClass;

/** The style classes of the narrative panel, as narratives.css names them. */
final class NarrativeStyles {

    static final String STYLESHEET = "narratives.css";

    static final String PANEL = "narrative-panel";
    static final String HEADER = "narrative-header";
    static final String TITLE = "narrative-title";
    static final String CARDS = "narrative-cards";
    static final String CARD = "narrative-card";
    static final String CARD_LABEL = "narrative-card-label";
    static final String CARD_PROVIDER = "narrative-card-provider";
    static final String CARD_TEXT = "narrative-card-text";
    static final String DRAG_HANDLE = "narrative-drag-handle";
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final String WORD_COUNT = "narrative-word-count";
    static final String EMPTY_HINT = "narrative-empty-hint";
    static final String BALANCE = "balance-strip";
    static final String BALANCE_UNEVEN = "balance-uneven";
    static final String BALANCE_COLUMN = "balance-column";
    static final String BALANCE_NAME = "balance-name";
    static final String BALANCE_COUNT = "balance-count";
    static final String BALANCE_TRACK = "balance-track";
    static final String BALANCE_FILL = "balance-fill";
    static final String BALANCE_FILL_LONGEST = "balance-fill-longest";
    static final String BALANCE_WARNING = "balance-warning";

    private NarrativeStyles() {
    }
}

package org.factdesk.logic.cleanup;

/** Why a line of an imported text is proposed for dropping; the text the editor sees beside the line. */
public enum CleanupReason {

    LEADING("site text before the article"),
    TRAILING("site text after the article"),
    REPEATED("repeated short line"),
    NAVIGATION("looks like navigation or a site button");

    private final String description;

    CleanupReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

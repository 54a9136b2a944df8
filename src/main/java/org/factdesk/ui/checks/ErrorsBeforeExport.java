package org.factdesk.ui.checks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The words of the question asked when a story is exported while the checks still find errors in it: how
 * many, and the first few with their places, so the editor can judge without opening the panel. Stateless.
 */
public final class ErrorsBeforeExport {

    /** How many errors are listed in the question; the rest are counted. */
    static final int LISTED = 5;

    private ErrorsBeforeExport() {
    }

    /** "1 error remains in this story" or "3 errors remain in this story". */
    public static String headline(List<FindingRow> errors) {
        return errors.size() == 1 ? "1 error remains in this story"
                : errors.size() + " errors remain in this story";
    }

    /** The first errors, one a line with their place, then how many more, then what the choice means. */
    public static String details(List<FindingRow> errors) {
        String listed = errors.stream().limit(LISTED).map(row -> row.placeText() + ": " + row.sentence())
                .collect(Collectors.joining("\n"));
        String more = errors.size() > LISTED ? "\n…and " + (errors.size() - LISTED) + " more." : "";
        return listed + more + "\n\nThe checks list every finding and go to its place. You may export anyway.";
    }
}

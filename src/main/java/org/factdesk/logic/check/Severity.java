package org.factdesk.logic.check;

import java.util.Locale;

/** How much a finding matters: an error must be fixed before a story can be trusted; a warning asks for a look. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word the command line prints: {@code error} or {@code warning}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}

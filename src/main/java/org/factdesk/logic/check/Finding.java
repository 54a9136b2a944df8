package org.factdesk.logic.check;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing a check found wrong with a story: how much it matters, where it is, what is wrong and how to fix
 * it, a key that stays the same as long as the same problem does (for an ignore stored in the project), and,
 * for a quote or a citation, the passage to show. Immutable.
 *
 * @param key see {@link FindingKey}; never built from the message's wording, so rewording a message keeps ignores
 * @param passage the passage of a cited source to reveal, when one is known
 * @param term for a wording finding, the lexicon term it is about, so that a project can stop flagging it
 */
public record Finding(Severity severity, Place place, String message, String key, Optional<Passage> passage,
                      Optional<String> term) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(term, "term");
    }

    public static Finding error(Place place, String message, String key) {
        return new Finding(Severity.ERROR, place, message, key, Optional.empty(), Optional.empty());
    }

    public static Finding warning(Place place, String message, String key) {
        return new Finding(Severity.WARNING, place, message, key, Optional.empty(), Optional.empty());
    }

    /** The same finding, revealing {@code shown}. */
    public Finding revealing(Passage shown) {
        return new Finding(severity, place, message, key, Optional.of(shown), term);
    }

    /** The same finding, about the wording lexicon's {@code lexiconTerm}. */
    public Finding aboutTerm(String lexiconTerm) {
        return new Finding(severity, place, message, key, passage, Optional.of(lexiconTerm));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

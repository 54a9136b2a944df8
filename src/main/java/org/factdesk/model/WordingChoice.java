package org.factdesk.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A project's own choice about the neutral-wording check: a word or phrase to watch for besides the shipped
 * lexicon, or a shipped one to stop flagging. The fields of a watched term are kept as the lexicon writes them
 * (category and inflection by their lexicon names), so the model needs no part of the check; the check validates
 * them when it builds its rules. Immutable.
 *
 * @param term the word or phrase, as the editor typed it
 * @param category for {@link Kind#WATCH}, the lexicon's category name ("doubt"); empty for a silence
 * @param inflection for {@link Kind#WATCH}, "verb", "noun" or "fixed"; empty for a silence
 * @param suggestions neutral wordings, best first; may be empty
 * @param why one sentence on why the term takes a side; empty for a silence
 */
public record WordingChoice(Kind kind, String term, String category, String inflection, List<String> suggestions,
                            String why, String chosenBy, Instant chosenAt) {

    /** What the project does with the term. */
    public enum Kind { WATCH, SILENCE }

    public WordingChoice {
        Objects.requireNonNull(kind, "kind");
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("a wording choice needs its word or phrase");
        }
        category = Texts.orEmpty(category);
        inflection = Texts.orEmpty(inflection);
        suggestions = List.copyOf(suggestions);
        why = Texts.orEmpty(why);
        chosenBy = Texts.orEmpty(chosenBy);
        Objects.requireNonNull(chosenAt, "chosenAt");
    }

    /** A shipped term the project no longer flags. */
    public static WordingChoice silence(String term, String chosenBy, Instant chosenAt) {
        return new WordingChoice(Kind.SILENCE, term, "", "", List.of(), "", chosenBy, chosenAt);
    }
}

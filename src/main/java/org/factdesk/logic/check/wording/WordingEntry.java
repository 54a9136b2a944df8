package org.factdesk.logic.check.wording;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of the wording lexicon: a word or phrase that takes a side, its category, how it inflects, any
 * irregular forms, the neutral wordings to suggest (none when the fix is to cut it) and one sentence on why it
 * takes a side. Immutable; a bad entry is refused when made, with a message naming the term.
 *
 * @param term a word or phrase: letters, digits, spaces, hyphens and apostrophes only
 * @param forms further forms, whole ("admitted" for "admit", "came under fire" for "come under fire")
 * @param suggestions neutral wordings, best first; empty when the term should simply go
 */
public record WordingEntry(String term, WordingCategory category, Inflection inflection, List<String> forms,
                           List<String> suggestions, String why) {

    public WordingEntry {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(inflection, "inflection");
        checkTerm(term, "term");
        forms = List.copyOf(forms);
        for (String form : forms) {
            checkTerm(form, "form of \u201C" + term + "\u201D");
        }
        suggestions = List.copyOf(suggestions);
        for (String suggestion : suggestions) {
            checkLine(suggestion, "suggestion for \u201C" + term + "\u201D");
        }
        checkLine(why, "explanation of \u201C" + term + "\u201D");
    }

    /** The term as silences and duplicates are compared: lower case, hyphens as spaces, one space apart. */
    public String key() {
        return Tokens.key(term);
    }

    /** Every form the term matches, keyed as {@link #key()} keys terms. */
    public Set<String> matchedForms() {
        Set<String> matched = formsOf(term, inflection);
        for (String form : forms) {
            matched.add(Tokens.key(form));
        }
        return matched;
    }

    /**
     * The regular forms of {@code term} inflected as {@code inflection}, keyed as {@link #key()} keys terms: what a
     * new entry would match before any irregular form is listed. A verb inflects its first word, a noun its last.
     */
    public static Set<String> formsOf(String term, Inflection inflection) {
        String key = Tokens.key(term);
        List<String> words = List.of(key.split(" "));
        int at = switch (inflection) {
            case VERB -> 0;
            case NOUN -> words.size() - 1;
            case FIXED -> -1;
        };
        if (at < 0) {
            return new LinkedHashSet<>(Set.of(key));
        }
        Set<String> inflected = inflection == Inflection.VERB ? Inflector.verb(words.get(at))
                : Inflector.noun(words.get(at));
        Set<String> keys = new LinkedHashSet<>();
        for (String word : inflected) {
            List<String> changed = new ArrayList<>(words);
            changed.set(at, word);
            keys.add(String.join(" ", changed));
        }
        return keys;
    }

    /**
     * What is wrong with {@code term} as a lexicon term ({@code what} names it in the message: "term", "form of
     * …"), or empty when nothing is. The rule every entry is held to, also for a form that checks a term as it is
     * typed.
     */
    public static Optional<String> termProblem(String term, String what) {
        Objects.requireNonNull(term, what);
        if (term.isBlank()) {
            return Optional.of("a " + what + " is empty");
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-' && c != '\'' && c != '\u2019') {
                return Optional.of("the " + what + " \u201C" + term + "\u201D holds \u201C" + c
                        + "\u201D: use letters, spaces, hyphens and apostrophes only");
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with {@code text} as a suggestion or explanation ({@code what} names it in the message), or
     * empty when nothing is: it must be one line, without tabs, and not blank.
     */
    public static Optional<String> lineProblem(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            return Optional.of("the " + what + " is empty");
        }
        if (text.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            return Optional.of("the " + what + " must be one line without tabs");
        }
        return Optional.empty();
    }

    private static void checkTerm(String term, String what) {
        termProblem(term, what).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    private static void checkLine(String text, String what) {
        lineProblem(text, what).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }
}

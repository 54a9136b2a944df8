package org.factdesk.logic.check.wording;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
        Set<String> matched = new LinkedHashSet<>(inflect(key()));
        for (String form : forms) {
            matched.add(Tokens.key(form));
        }
        return matched;
    }

    private Set<String> inflect(String key) {
        List<String> words = List.of(key.split(" "));
        int at = switch (inflection) {
            case VERB -> 0;
            case NOUN -> words.size() - 1;
            case FIXED -> -1;
        };
        if (at < 0) {
            return Set.of(key);
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

    private static void checkTerm(String term, String what) {
        Objects.requireNonNull(term, what);
        if (term.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is empty");
        }
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != ' ' && c != '-' && c != '\'' && c != '\u2019') {
                throw new IllegalArgumentException("the " + what + " \u201C" + term + "\u201D holds \u201C" + c
                        + "\u201D: use letters, spaces, hyphens and apostrophes only");
            }
        }
    }

    private static void checkLine(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank()) {
            throw new IllegalArgumentException("the " + what + " is empty");
        }
        if (text.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("the " + what + " must be one line without tabs");
        }
    }
}

package org.factdesk.logic.check.wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The wording a project watches for: the shipped lexicon, plus the entries a project adds, minus the terms it
 * silences. An added entry with the term of a shipped one replaces it; silencing a term the rules do not hold
 * changes nothing. A project's additions and silences are its wording choices, turned into rules by
 * {@link org.factdesk.logic.check.ProjectWording} (docs/decisions/0019). Immutable, with its matcher built once:
 * any threads.
 */
public final class WordingRules {

    private final List<WordingEntry> entries;
    private final WordingMatcher matcher;

    private WordingRules(List<WordingEntry> entries) {
        this.entries = List.copyOf(entries);
        this.matcher = new WordingMatcher(this.entries);
    }

    /** The lexicon shipped with Factdesk, read once. */
    public static WordingRules shipped() {
        return Shipped.RULES;
    }

    /** Exactly {@code entries}, no shipped ones. */
    public static WordingRules of(List<WordingEntry> entries) {
        return new WordingRules(entries);
    }

    /** These rules with {@code added} too; each replaces an entry of the same term. */
    public WordingRules withAdded(List<WordingEntry> added) {
        Set<String> replaced = new HashSet<>();
        List<WordingEntry> all = new ArrayList<>();
        for (WordingEntry entry : added) {
            if (replaced.add(entry.key())) {
                all.add(entry);
            }
        }
        // Added entries first, so that where an added form is also a shipped one's, the project's wins.
        entries.stream().filter(entry -> !replaced.contains(entry.key())).forEach(all::add);
        return new WordingRules(all);
    }

    /** These rules without the entries for {@code terms}, compared as {@link WordingEntry#key()} does. */
    public WordingRules withSilenced(Collection<String> terms) {
        Set<String> silenced = new HashSet<>();
        for (String term : terms) {
            silenced.add(Tokens.key(term));
        }
        return new WordingRules(entries.stream().filter(entry -> !silenced.contains(entry.key())).toList());
    }

    /** {@code term} as silences and added entries are compared: lower case, hyphens as spaces, one space apart. */
    public static String keyOf(String term) {
        return Tokens.key(term);
    }

    public List<WordingEntry> entries() {
        return entries;
    }

    /** Where the rules' terms occur in {@code text}, in text order, none overlapping. */
    public List<WordingMatch> find(String text) {
        return matcher.find(text);
    }

    /** Reads the shipped lexicon on first use, once, as class initialisation is thread-safe. */
    private static final class Shipped {
        static final WordingRules RULES = new WordingRules(LexiconFile.shipped());
    }
}

package org.factdesk.logic.check.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the lexicon's terms in a text, by whole words: every form of every entry, indexed by its first word.
 * A phrase matches across any white space, line ends and hyphens, in any case, but not across punctuation; a
 * possessive ending on its last word still matches ("the regime's"). Where forms overlap the longest wins
 * ("cult following" rather than "cult"), and a match ends where the next search starts. A word written as a
 * name (capitalised after the start of a sentence) matches nothing. Built once from the entries; immutable
 * then, so one matcher serves any threads.
 */
final class WordingMatcher {

    private record Candidate(List<String> words, WordingEntry entry) {
    }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

    /** Indexes {@code entries}; where two share a form, the earlier entry keeps it. */
    WordingMatcher(List<WordingEntry> entries) {
        for (WordingEntry entry : entries) {
            for (String form : entry.matchedForms()) {
                List<String> words = List.of(form.split(" "));
                byFirstWord.computeIfAbsent(words.get(0), first -> new ArrayList<>()).add(new Candidate(words, entry));
            }
        }
        // Longest first, keeping the entries' order among forms of one length.
        Comparator<Candidate> longestFirst = Comparator.comparingInt(candidate -> -candidate.words().size());
        byFirstWord.values().forEach(candidates -> candidates.sort(longestFirst));
    }

    /** The matches in {@code text}, in text order, none overlapping. */
    List<WordingMatch> find(String text) {
        Tokens tokens = Tokens.of(text);
        List<WordingMatch> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate best = longestAt(tokens, i);
            if (best == null || tokens.looksLikeName(i)) {
                i++;
                continue;
            }
            int last = i + best.words().size() - 1;
            found.add(new WordingMatch(best.entry(), tokens.start(i), tokens.end(last),
                    text.substring(tokens.start(i), tokens.end(last))));
            i = last + 1;
        }
        return found;
    }

    private Candidate longestAt(Tokens tokens, int i) {
        Candidate best = firstMatching(byFirstWord.get(tokens.word(i)), tokens, i);
        String bare = tokens.withoutPossessive(i);
        if (!bare.equals(tokens.word(i))) {
            Candidate possessive = firstMatching(byFirstWord.get(bare), tokens, i);
            if (best == null || (possessive != null && possessive.words().size() > best.words().size())) {
                best = possessive;
            }
        }
        return best;
    }

    private static Candidate firstMatching(List<Candidate> candidates, Tokens tokens, int i) {
        if (candidates == null) {
            return null;
        }
        for (Candidate candidate : candidates) {
            if (matchesAt(candidate.words(), tokens, i)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean matchesAt(List<String> words, Tokens tokens, int i) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            int k = i + j;
            if (j > 0 && !tokens.joinedToPrevious(k)) {
                return false;
            }
            boolean lastWord = j == words.size() - 1;
            if (!tokens.word(k).equals(words.get(j))
                    && !(lastWord && tokens.withoutPossessive(k).equals(words.get(j)))) {
                return false;
            }
        }
        return true;
    }
}

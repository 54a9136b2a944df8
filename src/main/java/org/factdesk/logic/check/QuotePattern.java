package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quotation as an editor may write it, ready to be looked for in a source: the words between the marks,
 * split at the editor's own marks. Words in [brackets] stand for up to a few source words, or for none (an
 * insertion); an ellipsis (… or ...) stands for an omission of any length within one paragraph. A period or
 * comma just inside the closing mark need not be in the source, and the first letter may differ in case (a
 * quote begun mid-sentence, or capitalised to start one). Immutable; any thread.
 */
final class QuotePattern {

    /** How far a bracketed stand-in reaches in the source: a few words. */
    static final int BRACKET_REACH = 60;
    /** The longest omission an ellipsis may stand for, within one paragraph. */
    static final int OMISSION_REACH = 3_000;

    private static final Pattern EDITORIAL = Pattern.compile(
            "\\[\\s*(?:\u2026|\\.\\s?\\.\\s?\\.)\\s*]|\u2026|\\.\\s?\\.\\s?\\.|\\[[^\\]\\n]*]");

    private enum Gap { BRACKET, OMISSION }

    /** Where a quote was found in a {@link MatchText}: {@code [start, end)} of its normalised text. */
    record Match(int start, int end) {
    }

    private final List<String> literals;
    private final List<Gap> gaps;

    private QuotePattern(List<String> literals, List<Gap> gaps) {
        this.literals = literals;
        this.gaps = gaps;
    }

    /** The pattern of a quotation's content (the text between its marks). */
    static QuotePattern of(String content) {
        List<String> literals = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Matcher editorial = EDITORIAL.matcher(content);
        int from = 0;
        Gap before = null;
        while (editorial.find()) {
            before = add(literals, gaps, content.substring(from, editorial.start()), before);
            Gap gap = editorial.group().startsWith("[") && !isBracketedOmission(editorial.group())
                    ? Gap.BRACKET : Gap.OMISSION;
            // Two marks in a row (an insertion after an omission) reach as far as the wider one.
            before = before == Gap.OMISSION || gap == Gap.OMISSION ? Gap.OMISSION : Gap.BRACKET;
            from = editorial.end();
        }
        add(literals, gaps, content.substring(from), before);
        return new QuotePattern(List.copyOf(literals), List.copyOf(gaps));
    }

    private static boolean isBracketedOmission(String mark) {
        return mark.contains("\u2026") || mark.contains(".");
    }

    /** Adds a literal piece, remembering the gap before it; returns null (no gap pending) or the pending gap. */
    private static Gap add(List<String> literals, List<Gap> gaps, String piece, Gap before) {
        String literal = MatchText.normalise(piece).strip();
        if (literal.isEmpty()) {
            return before;
        }
        if (!literals.isEmpty()) {
            gaps.add(before == null ? Gap.BRACKET : before);
        }
        literals.add(literal);
        return null;
    }

    /** True when the quote holds no words of its own, only editorial marks: nothing to look for. */
    boolean isEmpty() {
        return literals.isEmpty();
    }

    /** The quote's own words, joined, for finding the nearest passage. */
    String words() {
        return String.join(" ", literals);
    }

    /** The first place {@code in} holds the quote, allowing the differences above. */
    Optional<Match> findIn(MatchText in) {
        if (literals.isEmpty()) {
            return Optional.empty();
        }
        for (List<String> variant : variants()) {
            Optional<Match> found = new Search(in, variant).first();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The literals as written, then without a trailing period or comma, each also with its first letter's case turned. */
    private List<List<String>> variants() {
        List<List<String>> variants = new ArrayList<>();
        List<String> asWritten = literals;
        variants.add(asWritten);
        String last = asWritten.get(asWritten.size() - 1);
        if ((last.endsWith(".") || last.endsWith(",")) && last.length() > 1) {
            List<String> trimmed = new ArrayList<>(asWritten);
            trimmed.set(trimmed.size() - 1, last.substring(0, last.length() - 1).strip());
            variants.add(trimmed);
        }
        for (int v = 0, n = variants.size(); v < n; v++) {
            String first = variants.get(v).get(0);
            char c = first.charAt(0);
            char turned = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            if (turned != c) {
                List<String> recased = new ArrayList<>(variants.get(v));
                recased.set(0, turned + first.substring(1));
                variants.add(recased);
            }
        }
        return variants;
    }

    /** One search for one variant: literals in order, each within its gap's reach of the one before. */
    private final class Search {

        private final MatchText in;
        private final List<String> pieces;
        private final Set<Long> failed = new HashSet<>();

        Search(MatchText in, List<String> pieces) {
            this.in = in;
            this.pieces = pieces;
        }

        Optional<Match> first() {
            String head = pieces.get(0);
            for (int at = in.text.indexOf(head); at >= 0; at = in.text.indexOf(head, at + 1)) {
                int end = rest(1, at + head.length());
                if (end >= 0) {
                    return Optional.of(new Match(at, end));
                }
            }
            return Optional.empty();
        }

        /** The end of a match of pieces {@code k..} placed after {@code from}, or -1. */
        private int rest(int k, int from) {
            if (k == pieces.size()) {
                return from;
            }
            long state = ((long) k << 32) | from;
            if (failed.contains(state)) {
                return -1;
            }
            String piece = pieces.get(k);
            Gap gap = gaps.get(k - 1);
            int reach = gap == Gap.BRACKET ? BRACKET_REACH : OMISSION_REACH;
            int limit = Math.min(in.text.length(), from + reach + piece.length());
            for (int at = in.text.indexOf(piece, from); at >= 0 && at + piece.length() <= limit;
                 at = in.text.indexOf(piece, at + 1)) {
                if (in.breakBetween(from, at)) {
                    break;
                }
                int end = rest(k + 1, at + piece.length());
                if (end >= 0) {
                    return end;
                }
            }
            failed.add(state);
            return -1;
        }
    }
}

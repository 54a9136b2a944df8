package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the quotations in a text. Straight and curly marks, double and single, are quotation marks; single
 * marks are also apostrophes, so a mark only opens a quotation after the start, a space, an opening bracket, a
 * dash or another opening mark, with a character other than a space after it, and only closes one after a
 * character other than a space and before the end, a space, punctuation or another closing mark. A single mark
 * before a digit ({@code '90s}) or opening a known elision ({@code 'n'}, {@code 'em}, {@code 'tis}) opens
 * nothing; one inside a word ({@code Japan's}) neither opens nor closes; a closing single mark with nothing
 * open ({@code the works'}) is an apostrophe. Quotations nest: a closing mark closes the innermost open
 * quotation of its kind, dropping any opened inside it that never closed. Stateless; any thread.
 */
final class QuoteMarks {

    /** Double marks, single marks, or not a quotation mark. */
    enum Family { DOUBLE, SINGLE, NONE }

    /**
     * One quotation: the offsets of its opening and closing marks, and how deep it sits (0 outermost).
     */
    record Quotation(int open, int close, int depth) {

        String content(String text) {
            return text.substring(open + 1, close);
        }

        boolean covers(int offset) {
            return offset >= open && offset <= close;
        }
    }

    private static final Set<String> ELISIONS = Set.of("n", "em", "tis", "twas", "til", "cause", "bout", "nuff");
    private static final String OPENING_BRACKETS = "([{\u2014\u2013";
    private static final String CLOSING_PUNCTUATION = ".,;:!?)]}\u2026\u2014\u2013-/";

    private record Open(int at, Family family) {
    }

    private QuoteMarks() {
    }

    static Family family(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB' -> Family.DOUBLE;
            case '\'', '\u2018', '\u2019', '\u201A', '\u201B' -> Family.SINGLE;
            default -> Family.NONE;
        };
    }

    /** Every quotation of {@code text}, outer ones before those inside them, in the order they open. */
    static List<Quotation> find(String text) {
        List<Open> open = new ArrayList<>();
        List<Quotation> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            Family family = family(text.charAt(i));
            if (family == Family.NONE) {
                continue;
            }
            int match = canClose(text, i) ? innermost(open, family) : -1;
            if (match >= 0) {
                found.add(new Quotation(open.get(match).at(), i, match));
                open.subList(match, open.size()).clear();
            } else if (canOpen(text, i, open)) {
                open.add(new Open(i, family));
            }
        }
        found.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return found;
    }

    /** The quotations not inside another one. */
    static List<Quotation> outermost(String text) {
        return find(text).stream().filter(quotation -> quotation.depth() == 0).toList();
    }

    private static int innermost(List<Open> open, Family family) {
        for (int k = open.size() - 1; k >= 0; k--) {
            if (open.get(k).family() == family) {
                return k;
            }
        }
        return -1;
    }

    private static boolean canOpen(String text, int i, List<Open> open) {
        char mark = text.charAt(i);
        if (mark == '\u201D' || mark == '\u2019' || mark == '\u00BB' || i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        if (MatchText.isSpace(next)) {
            return false;
        }
        boolean afterOpening = i == 0 || MatchText.isSpace(text.charAt(i - 1))
                || OPENING_BRACKETS.indexOf(text.charAt(i - 1)) >= 0
                || (!open.isEmpty() && open.get(open.size() - 1).at() == i - 1);
        if (!afterOpening) {
            return false;
        }
        return family(mark) != Family.SINGLE || !(Character.isDigit(next) || isElision(text, i + 1));
    }

    private static boolean canClose(String text, int i) {
        char mark = text.charAt(i);
        if (mark == '\u201C' || mark == '\u201E' || mark == '\u2018' || mark == '\u00AB' || i == 0
                || MatchText.isSpace(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        return MatchText.isSpace(next) || CLOSING_PUNCTUATION.indexOf(next) >= 0 || family(next) != Family.NONE;
    }

    private static boolean isElision(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return ELISIONS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }
}

package org.factdesk.logic.text;

import java.util.Optional;

/**
 * The one rule for which characters a stored text may hold, used by every way text enters a project: the JSON
 * reader, the source file readers, pasted sources and typing. No field may hold a lone UTF-16 surrogate (half
 * of a character, which no export can encode) or a control character (C0, DEL, C1), which could drive a
 * terminal; a {@link Kind#TEXT} may also hold tab and line feed, and a carriage return is first normalised to a
 * line feed by {@link #normaliseLineEnds}. Bidirectional formatting characters are allowed (right-to-left
 * writing needs them) and made visible where text reaches a terminal, by {@link VisibleText}. Stateless; any
 * thread.
 */
public final class TextRules {

    /** The longest source text, in characters, that a project takes in: sources are articles, not archives. */
    public static final int MAX_SOURCE_CHARS = 20 * 1024 * 1024;

    /** The limit as messages state it. */
    public static final String MAX_SOURCE_SIZE = "20 MB";

    /** What a field may hold. */
    public enum Kind {
        /** One line: titles, outlets, authors, urls, perspectives, labels, ids. No control character at all. */
        LINE,
        /** Running text: source texts, quotes, facts, ledes, narratives. Tab and line feed allowed. */
        TEXT
    }

    /** The first character a field may not hold: where it is (a UTF-16 index) and what it is, in words. */
    public record Problem(int index, int codePoint, String what) {

        /** "a control character (U+001B) at character 17", counting characters from 1. */
        public String describe(String text) {
            return what + " at character " + (text.codePointCount(0, index) + 1);
        }
    }

    private TextRules() {
    }

    /** The first character of {@code text} that a field of this kind may not hold; empty when all is well. */
    public static Optional<Problem> firstProblem(String text, Kind kind) {
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            String what = problemOf(codePoint, kind);
            if (what != null) {
                return Optional.of(new Problem(i, codePoint, what));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** True when a field of this kind may hold the whole of {@code text}. */
    public static boolean allows(String text, Kind kind) {
        return firstProblem(text, kind).isEmpty();
    }

    /**
     * The text without the characters a field of this kind may not hold, after line-end normalisation, for
     * typing and pasting, where refusing the whole entry would lose the rest of what was typed.
     */
    public static String withoutForbidden(String text, Kind kind) {
        String normalised = normaliseLineEnds(text);
        if (allows(normalised, kind)) {
            return normalised;
        }
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints().filter(codePoint -> problemOf(codePoint, kind) == null).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** {@code \r\n} and a lone {@code \r} to {@code \n}, as the source view and excerpt offsets count lines. */
    public static String normaliseLineEnds(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The problem with one character in a field of this kind, in words; null when it is allowed. */
    static String problemOf(int codePoint, Kind kind) {
        if (isLoneSurrogate(codePoint)) {
            return "a broken character (a lone UTF-16 surrogate)";
        }
        if (kind == Kind.TEXT && (codePoint == '\n' || codePoint == '\t')) {
            return null;
        }
        if (kind == Kind.LINE && (codePoint == '\n' || codePoint == '\r')) {
            return "a line break in a one-line field";
        }
        if (kind == Kind.LINE && codePoint == '\t') {
            return "a tab in a one-line field";
        }
        if (isControl(codePoint)) {
            return "a control character (" + VisibleText.codeOf(codePoint) + ")";
        }
        return null;
    }

    /** {@link String#codePointAt} gives a surrogate only when it is not half of a pair. */
    static boolean isLoneSurrogate(int codePoint) {
        return codePoint <= Character.MAX_VALUE && Character.isSurrogate((char) codePoint);
    }

    /** C0 controls, DEL and C1 controls: the characters a terminal may act on instead of showing. */
    static boolean isControl(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
    }
}

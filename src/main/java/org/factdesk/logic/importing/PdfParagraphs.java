package org.factdesk.logic.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rejoins a PDF's hard-wrapped lines into paragraphs and undoes hyphenation at line ends. Between two lines of a
 * page, a paragraph ends where the layout says so: a vertical gap clearly larger than the usual line spacing, a
 * line indented further than the one before, or a line that ended early (the next line's first word would have
 * fitted on it, so the break was the author's, not the typesetter's). Whatever the layout, a line continues
 * after a line that ends in a hyphen, or that ends without sentence punctuation when it starts in lower case.
 * Across a page break only the indent, the early end and the text can be judged. Stateless; any thread.
 */
final class PdfParagraphs {

    /** A gap this many times the usual line spacing separates paragraphs (one blank line is about 2). */
    private static final float GAP_FACTOR = 1.35f;

    /** Fewer line spacings than this are too few to tell the usual one from a paragraph gap. */
    private static final int FEWEST_SPACINGS = 3;

    /** The line spacing of ordinary text, in font sizes, assumed when a document has too few lines to tell. */
    private static final float ORDINARY_LEADING = 1.2f;

    /** An indent of this many average characters starts a paragraph. */
    private static final float INDENT_CHARS = 1.5f;

    /** Ends a sentence: punctuation, perhaps followed by closing quotes or brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\u2026][\"'\u201D\u2019)\\]]*$");

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019]*(?:-\\p{L}[\\p{L}\\p{M}]*)*");

    /** A hyphen right after a letter or digit at the end of a line: the word or number goes on. */
    private static final Pattern HYPHEN_END = Pattern.compile(".*[\\p{L}\\p{N}][-\u2010\u00AD]$");

    /** The letters before a line-end hyphen and, before them, whatever else the word holds. */
    private static final Pattern HYPHENATED_END = Pattern.compile("([\\p{L}\\p{M}-]*?)(\\p{L}+)-$");

    private static final Pattern FIRST_LETTERS = Pattern.compile("^\\p{L}+");

    /**
     * Prefixes that keep their hyphen ("well-known", "self-made") before a word of at least {@link #WORD_AFTER}
     * letters, unless the document says otherwise; shorter endings are usually a split word ("self-ish").
     */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("cross", "half", "self", "well");

    private static final int WORD_AFTER = 4;

    private PdfParagraphs() {
    }

    /** The pages' lines as paragraphs, in reading order, each one line of text. */
    static List<String> of(List<List<PdfLine>> pages) {
        Vocabulary vocabulary = Vocabulary.of(pages);
        float usual = usualSpacing(pages);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PdfLine previous = null;
        Column previousColumn = null;
        for (List<PdfLine> page : pages) {
            Column column = Column.of(page);
            boolean firstOnPage = true;
            for (PdfLine line : page) {
                String text = withoutLigatures(line.text());
                if (previous != null) {
                    boolean breaks = firstOnPage
                            ? breaksAcrossPages(previous, previousColumn, line, column)
                            : breaksOnPage(previous, line, column,
                                    usual > 0 ? usual : ORDINARY_LEADING * previous.height());
                    if (breaks) {
                        paragraphs.add(current.toString());
                        current.setLength(0);
                    } else {
                        joinLine(current, text, vocabulary);
                        text = null;
                    }
                }
                if (text != null) {
                    current.append(text);
                }
                previous = line;
                previousColumn = column;
                firstOnPage = false;
            }
        }
        if (current.length() > 0) {
            paragraphs.add(current.toString());
        }
        return paragraphs;
    }

    static boolean breaksOnPage(PdfLine previous, PdfLine line, Column column, float spacing) {
        if (continues(previous.text(), line.text())) {
            return false;
        }
        float drop = line.baseline() - previous.baseline();
        if (Math.abs(drop) < Math.max(previous.height(), line.height()) / 2) {
            return false;
        }
        if (drop < 0 || drop > spacing * GAP_FACTOR) {
            return true;
        }
        return indented(line, previous.left(), previous) || endedEarly(previous, line, column);
    }

    static boolean breaksAcrossPages(PdfLine previous, Column previousColumn, PdfLine line, Column column) {
        if (continues(previous.text(), line.text())) {
            return false;
        }
        return indented(line, column.left(), previous) || endedEarly(previous, line, previousColumn);
    }

    /**
     * The text alone says the paragraph goes on: a hyphen ends the line, or no sentence punctuation ends it and
     * a lower-case letter starts the next.
     */
    static boolean continues(String previous, String next) {
        return HYPHEN_END.matcher(previous).matches()
                || (!SENTENCE_END.matcher(previous).matches() && startsLowerCase(next));
    }

    private static boolean indented(PdfLine line, float from, PdfLine previous) {
        float indent = INDENT_CHARS * Math.min(line.charWidth(), previous.charWidth());
        return line.left() - from > indent;
    }

    /** The next line's first word would have fitted at the end of the previous line. */
    private static boolean endedEarly(PdfLine previous, PdfLine line, Column column) {
        String firstWord = line.text().split(" ", 2)[0];
        float needed = (firstWord.length() + 1) * line.charWidth();
        return previous.right() + needed < column.right();
    }

    /** Appends the next line of a paragraph, undoing a hyphenation or adding the space a line break stood for. */
    static void joinLine(StringBuilder paragraph, String next, Vocabulary vocabulary) {
        int last = paragraph.length() - 1;
        if (last < 0) {
            paragraph.append(next);
            return;
        }
        char end = paragraph.charAt(last);
        if (end == '\u00AD') {
            paragraph.setLength(last);
            paragraph.append(next);
        } else if (end == '-' || end == '\u2010') {
            Matcher word = HYPHENATED_END.matcher(tail(paragraph));
            if (word.find() && startsLowerCase(next) && !vocabulary.keepsHyphen(word.group(1), word.group(2),
                    firstLetters(next))) {
                paragraph.setLength(last);
            } else if (last > 0 && paragraph.charAt(last - 1) == ' ') {
                paragraph.append(' ');
            }
            paragraph.append(next);
        } else if (end == '\u2014' || end == '/') {
            paragraph.append(next);
        } else {
            paragraph.append(' ').append(next);
        }
    }

    /** The last word of the paragraph so far, from its last space. */
    private static String tail(StringBuilder paragraph) {
        return paragraph.substring(paragraph.lastIndexOf(" ") + 1);
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    private static String firstLetters(String text) {
        Matcher letters = FIRST_LETTERS.matcher(text);
        return letters.find() ? letters.group() : "";
    }

    /**
     * The usual distance between the baselines of consecutive lines of a page; 0 when the document has too few
     * lines to tell.
     */
    static float usualSpacing(List<List<PdfLine>> pages) {
        List<Float> drops = new ArrayList<>();
        for (List<PdfLine> page : pages) {
            for (int i = 1; i < page.size(); i++) {
                float drop = page.get(i).baseline() - page.get(i - 1).baseline();
                if (drop > page.get(i).height() / 2) {
                    drops.add(drop);
                }
            }
        }
        if (drops.size() < FEWEST_SPACINGS) {
            return 0;
        }
        float[] sorted = new float[drops.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = drops.get(i);
        }
        Arrays.sort(sorted);
        // The lower median: paragraph gaps are the exceptions, so they must not pull the figure up.
        return sorted[(sorted.length - 1) / 2];
    }

    /** Typeset ligatures (U+FB00 to U+FB06) as the letters they stand for, so that search finds the words. */
    static String withoutLigatures(String text) {
        if (text.chars().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06)) {
            return text;
        }
        return text.replace("\uFB00", "ff").replace("\uFB01", "fi").replace("\uFB02", "fl")
                .replace("\uFB03", "ffi").replace("\uFB04", "ffl").replace("\uFB05", "st").replace("\uFB06", "st");
    }

    /** The left and right edges of a page's text column. */
    record Column(float left, float right) {

        static Column of(List<PdfLine> page) {
            float left = Float.MAX_VALUE;
            float right = 0;
            for (PdfLine line : page) {
                left = Math.min(left, line.left());
                right = Math.max(right, line.right());
            }
            return new Column(page.isEmpty() ? 0 : left, right);
        }
    }

    /** The words a document writes whole and with hyphens, to judge its line-end hyphens by. */
    record Vocabulary(Set<String> whole, Set<String> hyphenated) {

        static Vocabulary of(List<List<PdfLine>> pages) {
            Set<String> whole = new HashSet<>();
            Set<String> hyphenated = new HashSet<>();
            for (List<PdfLine> page : pages) {
                for (PdfLine line : page) {
                    Matcher word = WORD.matcher(line.text());
                    while (word.find()) {
                        String found = word.group().toLowerCase(Locale.ROOT);
                        (found.indexOf('-') < 0 ? whole : hyphenated).add(found);
                    }
                }
            }
            return new Vocabulary(whole, hyphenated);
        }

        /**
         * Whether "before-" at a line end and "after" at the next line's start are one hyphenated word: yes when
         * the word already holds a hyphen ("state-of-the-") or the document writes it with one; no when the
         * document writes it whole; else yes only for a prefix that usually keeps its hyphen.
         */
        boolean keepsHyphen(String earlierParts, String before, String after) {
            String head = before.toLowerCase(Locale.ROOT);
            String rest = after.toLowerCase(Locale.ROOT);
            if (!earlierParts.isEmpty() || hyphenated.contains(head + "-" + rest)) {
                return true;
            }
            if (whole.contains(head + rest)) {
                return false;
            }
            return HYPHEN_PREFIXES.contains(head) && rest.length() >= WORD_AFTER;
        }
    }
}

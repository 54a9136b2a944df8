package org.factdesk.logic.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numbers written in digits in a text: whole numbers with thousands separated by commas or spaces
 * (18,000; 18 000), decimals (4.2), percentages (40%, 40 percent, 40 per cent), money after a currency symbol
 * ($12, €3.5bn, £40m), scale words (4.2 million, 3 billion) and ordinals (21st). Digits that are part of a name
 * or code (G7, F-16, COVID-19, A380) are not numbers. Words for numbers ("three") are left alone: the issue
 * asks for counts written as digits. Stateless; any thread.
 */
final class NumberReader {

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000L), "million", BigDecimal.valueOf(1_000_000L),
            "billion", BigDecimal.valueOf(1_000_000_000L), "trillion", BigDecimal.valueOf(1_000_000_000_000L));
    /** Short scales count only after a currency symbol: "5m" alone is more often five metres. */
    private static final Map<String, BigDecimal> SHORT_SCALES = Map.of(
            "k", BigDecimal.valueOf(1_000L), "m", BigDecimal.valueOf(1_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L));
    private static final String CURRENCIES = "$\u20AC\u00A3\u00A5";
    private static final Pattern AFTER = Pattern.compile(
            "^(?:(?<short>k|m|bn|tn)(?![\\p{L}\\p{N}])"
                    + "|(?<ordinal>st|nd|rd|th)(?![\\p{L}\\p{N}]))?"
                    + "(?:[ \u00A0](?<scale>thousand|million|billion|trillion)(?![\\p{L}\\p{N}]))?"
                    + "(?:(?<sign>[ \u00A0]?%)|[ \u00A0](?<word>percent|per cent)(?![\\p{L}\\p{N}]))?",
            Pattern.CASE_INSENSITIVE);

    private NumberReader() {
    }

    static List<NumberMention> read(String text) {
        List<NumberMention> found = new ArrayList<>();
        // One matcher for the whole text: a number's suffix is read by moving its region.
        Matcher after = AFTER.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i)) || !startsNumber(text, i)) {
                i++;
                continue;
            }
            int end = mention(text, i, after, found);
            i = Math.max(end, i + 1);
        }
        return found;
    }

    private static boolean startsNumber(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetterOrDigit(before)) {
            return false;
        }
        // F-16, COVID-19: a code, not a number.
        return !(before == '-' && i >= 2 && Character.isLetter(text.charAt(i - 2)));
    }

    /** Reads the number starting at {@code start} into {@code found}; returns where it ends. */
    private static int mention(String text, int start, Matcher after, List<NumberMention> found) {
        int i = digits(text, start);
        StringBuilder plain = new StringBuilder(text.substring(start, i));
        char separator = 0;
        while (i - start <= 3 || separator != 0) {
            int group = groupAt(text, i, separator);
            if (group < 0) {
                break;
            }
            separator = text.charAt(i);
            plain.append(text, i + 1, group);
            i = group;
        }
        boolean grouped = separator != 0;
        if (i + 1 < text.length() && text.charAt(i) == '.' && Character.isDigit(text.charAt(i + 1))) {
            int fractionEnd = digits(text, i + 1);
            plain.append('.').append(text, i + 1, fractionEnd);
            i = fractionEnd;
        }
        String currency = start > 0 && CURRENCIES.indexOf(text.charAt(start - 1)) >= 0
                ? String.valueOf(text.charAt(start - 1)) : "";
        BigDecimal value = new BigDecimal(plain.toString());
        boolean percent = false;
        boolean scaled = false;
        if (i < text.length() && mayHaveSuffix(text.charAt(i)) && after.region(i, text.length()).lookingAt()) {
            String shortScale = after.group("short");
            if (shortScale != null && !currency.isEmpty()) {
                value = value.multiply(SHORT_SCALES.get(shortScale.toLowerCase(Locale.ROOT)));
                scaled = true;
                i = after.end("short");
            } else if (after.group("ordinal") != null) {
                i = after.end("ordinal");
            }
            if (after.group("scale") != null && (shortScale == null || scaled)) {
                value = value.multiply(SCALES.get(after.group("scale").toLowerCase(Locale.ROOT)));
                scaled = true;
                i = after.end("scale");
            }
            if (after.group("sign") != null || after.group("word") != null) {
                percent = true;
                i = after.group("sign") != null ? after.end("sign") : after.end("word");
            }
        }
        int from = currency.isEmpty() ? start : start - 1;
        boolean year = !grouped && !scaled && !percent && currency.isEmpty() && plain.length() == 4
                && value.compareTo(BigDecimal.valueOf(1000)) >= 0 && value.compareTo(BigDecimal.valueOf(2999)) <= 0;
        found.add(new NumberMention(from, i, text.substring(from, i), value.stripTrailingZeros(), percent, currency,
                year));
        return i;
    }

    private static boolean mayHaveSuffix(char c) {
        return Character.isLetter(c) || c == ' ' || c == '\u00A0' || c == '%';
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The end of a group of exactly three digits after a thousands separator at {@code at} (the same separator
     * as before, if there was one), or -1.
     */
    private static int groupAt(String text, int at, char separator) {
        if (at + 3 >= text.length()) {
            return -1;
        }
        char c = text.charAt(at);
        boolean isSeparator = c == ',' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
        if (!isSeparator || (separator != 0 && c != separator)) {
            return -1;
        }
        int end = digits(text, at + 1);
        return end - (at + 1) == 3 ? end : -1;
    }
}

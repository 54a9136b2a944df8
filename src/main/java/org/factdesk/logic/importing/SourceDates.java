package org.factdesk.logic.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date in the forms people write and copy ({@code 2023-09-05}, {@code 5 Sept 2023},
 * {@code September 5, 2023}, {@code 2023-09-05T10:00:00+03:00}, an e-mail's {@code Tue, 5 Sep 2023 10:00:00 +0300})
 * as the calendar day it names. An all-numeric day and month ({@code 05/09/2023}) is read only with a stated
 * {@link DayMonthOrder}, since guessing would silently swap day and month. A date-time keeps the day as written
 * in its own offset, not the day in UTC: that is the date the outlet printed. Stateless; any thread.
 */
public final class SourceDates {

    /** The forms, as a message names them. */
    public static final String EXAMPLES = "2031-06-11, 11 Jun 2031 or June 11, 2031";

    /** A date, or in words why the text is not one. Exactly one of the two is present. */
    public record Reading(LocalDate date, String problem) {

        /** The date; empty when the text was not read as one. */
        public Optional<LocalDate> asDate() {
            return Optional.ofNullable(date);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5),
            Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    /** ISO 8601 date, optionally with a time, seconds, fraction, offset and zone name. */
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"
            + "(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\[[^\\]]+])?)?");

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})(?i:st|nd|rd|th)?\\.?\\s+(?i:of\\s+)?(\\p{L}+)\\.?,?\\s+(\\d{4})");

    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?i:st|nd|rd|th)?,?\\s+(\\d{4})");

    /** "Tue, ", "Tuesday " before a date written with its month as a word. */
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?,?\\s+",
            Pattern.CASE_INSENSITIVE);

    /** A time after a date written with its month as a word: "10:00:00 +0300", ", 10.30 GMT", " at 9:15 am". */
    private static final Pattern TRAILING_TIME =
            Pattern.compile(",?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+.*)?$",
                    Pattern.CASE_INSENSITIVE);

    private SourceDates() {
    }

    /** Reads {@code text} with no stated order of day and month: an all-numeric date is refused. */
    public static Reading read(String text) {
        return read(text, Optional.empty());
    }

    /** Reads {@code text}; an all-numeric date is read in {@code order}. */
    public static Reading read(String text, DayMonthOrder order) {
        return read(text, Optional.of(order));
    }

    /** The date in {@code text}, or null when it holds none that can be read without asking: for metadata. */
    public static LocalDate dateOrNull(String text) {
        return read(text).date();
    }

    private static Reading read(String text, Optional<DayMonthOrder> order) {
        String typed = text.strip();
        if (typed.isEmpty()) {
            return problem("no date is given");
        }
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return day(typed, number(iso, 1), number(iso, 2), number(iso, 3));
        }
        Matcher numeric = NUMERIC.matcher(typed);
        if (numeric.matches()) {
            return numeric(typed, numeric, order);
        }
        String words = TRAILING_TIME.matcher(WEEKDAY.matcher(typed).replaceFirst("")).replaceFirst("");
        Matcher dayFirst = DAY_MONTH_YEAR.matcher(words);
        if (dayFirst.matches() && month(dayFirst.group(2)) > 0) {
            return day(typed, number(dayFirst, 3), month(dayFirst.group(2)), number(dayFirst, 1));
        }
        Matcher monthFirst = MONTH_DAY_YEAR.matcher(words);
        if (monthFirst.matches() && month(monthFirst.group(1)) > 0) {
            return day(typed, number(monthFirst, 3), month(monthFirst.group(1)), number(monthFirst, 2));
        }
        return problem(typed + " is not written in one of these forms");
    }

    private static Reading numeric(String typed, Matcher numeric, Optional<DayMonthOrder> order) {
        if (order.isEmpty()) {
            return problem("in " + typed + " the order of day and month is not stated, so write the month as a "
                    + "word or the date as year-month-day");
        }
        int first = number(numeric, 1);
        int second = number(numeric, 3);
        return order.get() == DayMonthOrder.DAY_FIRST
                ? day(typed, number(numeric, 4), second, first)
                : day(typed, number(numeric, 4), first, second);
    }

    private static Reading day(String typed, int year, int month, int dayOfMonth) {
        try {
            return new Reading(LocalDate.of(year, month, dayOfMonth), null);
        } catch (DateTimeException notADay) {
            return problem(typed + " is not a day of the calendar");
        }
    }

    private static Reading problem(String why) {
        return new Reading(null, why);
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }

    /** The month a name or abbreviation stands for; 0 when it is none. */
    private static int month(String word) {
        return MONTHS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }
}

package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2023-09-05 | 2023-09-05",
        "5 Sept 2023 | 2023-09-05",
        "5 Sep 2023 | 2023-09-05",
        "5 Sept. 2023 | 2023-09-05",
        "05 September 2023 | 2023-09-05",
        "5th of September, 2023 | 2023-09-05",
        "September 5, 2023 | 2023-09-05",
        "Sept. 5, 2023 | 2023-09-05",
        "sep 5 2023 | 2023-09-05",
        "SEPTEMBER 5TH, 2023 | 2023-09-05",
        "Tuesday, September 5, 2023 | 2023-09-05",
        "Tue, 5 Sep 2023 10:00:00 +0300 | 2023-09-05",
        "Tue, 5 Sep 2023 23:30:00 -0500 (EST) | 2023-09-05",
        "5 September 2023, 18:05 | 2023-09-05",
        "September 5, 2023 at 9:15 am | 2023-09-05",
        "2023-09-05T10:00:00+03:00 | 2023-09-05",
        "2023-09-05T00:30:00+02:00 | 2023-09-05",
        "2023-09-05T23:30:00-05:00 | 2023-09-05",
        "2023-09-05T10:00:00Z | 2023-09-05",
        "2023-09-05T10:00:00.123+0300 | 2023-09-05",
        "2023-09-05T10:00 | 2023-09-05",
        "2023-09-05 10:00:00 | 2023-09-05",
        "  2031-11-04  | 2031-11-04",
        "29 Feb 2024 | 2024-02-29",
        "1 May 2031 | 2031-05-01"})
    void datesAreReadInTheFormsPeopleWriteAndCopy(String written, LocalDate expected) {
        assertEquals(expected, SourceDates.read(written).date());
        assertNull(SourceDates.read(written).problem());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "05/09/2023, DAY_FIRST, 2023-09-05",
        "05/09/2023, MONTH_FIRST, 2023-05-09",
        "09/05/2023, MONTH_FIRST, 2023-09-05",
        "5/9/2023, DAY_FIRST, 2023-09-05",
        "05.09.2023, DAY_FIRST, 2023-09-05",
        "05-09-2023, DAY_FIRST, 2023-09-05",
        "2023-09-05, MONTH_FIRST, 2023-09-05",
        "5 Sep 2023, MONTH_FIRST, 2023-09-05"})
    void numericDatesAreReadInTheStatedOrder(String written, DayMonthOrder order, LocalDate expected) {
        assertEquals(expected, SourceDates.read(written, order).date());
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/09/2023", "31/12/2031", "5.9.2023"})
    void numericDatesWithoutAStatedOrderAreRefusedSayingSo(String written) {
        SourceDates.Reading reading = SourceDates.read(written);

        assertNull(reading.date());
        assertEquals("in " + written + " the order of day and month is not stated, so write the month as a word or "
                + "the date as year-month-day", reading.problem());
    }

    @ParameterizedTest
    @EnumSource(DayMonthOrder.class)
    void aNumericDateThatIsNoDayInTheStatedOrderIsRefused(DayMonthOrder order) {
        String written = order == DayMonthOrder.DAY_FIRST ? "31/02/2031" : "02/31/2031";

        assertEquals(written + " is not a day of the calendar", SourceDates.read(written, order).problem());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2031-02-30 | 2031-02-30 is not a day of the calendar",
        "2031-13-01 | 2031-13-01 is not a day of the calendar",
        "31 Sept 2023 | 31 Sept 2023 is not a day of the calendar",
        "29 Feb 2023 | 29 Feb 2023 is not a day of the calendar",
        "last Tuesday | last Tuesday is not written in one of these forms",
        "5 Smarch 2023 | 5 Smarch 2023 is not written in one of these forms",
        "Sept 2023 | Sept 2023 is not written in one of these forms",
        "2023 | 2023 is not written in one of these forms",
        "'' | no date is given"})
    void whatIsNotADateIsRefusedWithTheReason(String written, String problem) {
        SourceDates.Reading reading = SourceDates.read(written);

        assertNull(reading.date());
        assertEquals(problem, reading.problem());
    }

    @ParameterizedTest
    @CsvSource({
        "2031-11-04T07:30:00+01:00, 2031-11-04",
        "2031-11-04T07:30:00Z, 2031-11-04",
        "2031-11-04, 2031-11-04",
        "2031-11-04T07:30, 2031-11-04",
        "last Tuesday, ",
        "04/11/2031, ",
        "'', "})
    void metadataDatesAreReadOrLeftUnknown(String value, LocalDate expected) {
        assertEquals(expected, SourceDates.dateOrNull(value));
    }
}

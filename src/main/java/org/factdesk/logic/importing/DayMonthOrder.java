package org.factdesk.logic.importing;

/**
 * The order of day and month in an all-numeric date such as {@code 05/09/2023}, which the digits alone cannot
 * tell: it must be stated by whoever knows where the date was written. Immutable.
 */
public enum DayMonthOrder {
    /** {@code 05/09/2023} is 5 September 2023, as in Britain and most of Europe. */
    DAY_FIRST,
    /** {@code 09/05/2023} is 5 September 2023, as in the United States. */
    MONTH_FIRST
}

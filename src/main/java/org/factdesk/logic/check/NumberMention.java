package org.factdesk.logic.check;

import java.math.BigDecimal;

/**
 * A number as written in a text, with its value worked out so that equivalent forms compare equal: 18,000 and
 * 18 000 are 18000; 4.2 million is 4200000; 40 percent, 40 per cent and 40% are all the percentage 40; an
 * ordinal (21st) is its number. Immutable.
 *
 * @param value the number, with trailing zeros stripped (4.20 and 4.2 are the same)
 * @param currency the symbol before it ($, €, £, ¥), or empty
 * @param year true for a bare four-digit number from 1000 to 2999, which also counts as found in a source
 *     published that year
 */
record NumberMention(int start, int end, String written, BigDecimal value, boolean percent, String currency,
                     boolean year) {

    /** True when {@code other} (found in a source) states the same number: same value, same kind. */
    boolean sameAs(NumberMention other) {
        return value.compareTo(other.value) == 0 && percent == other.percent
                && (currency.isEmpty() || other.currency.isEmpty() || currency.equals(other.currency));
    }
}

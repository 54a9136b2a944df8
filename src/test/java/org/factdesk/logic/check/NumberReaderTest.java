package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

    private static NumberMention only(String text) {
        List<NumberMention> numbers = NumberReader.read(text);
        assertEquals(1, numbers.size(), numbers.toString());
        return numbers.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "About 18,000 visitors came.|18,000|18000|false|''",
        "About 18 000 visitors came.|18 000|18000|false|''",
        "About 18\u00A0000 visitors came.|18\u00A0000|18000|false|''",
        "It costs 4.2 million a year.|4.2 million|4200000|false|''",
        "It costs 4,200,000 a year.|4,200,000|4200000|false|''",
        "It cost €4.2 million.|€4.2 million|4200000|false|€",
        "It cost $3.5bn in all.|$3.5bn|3500000000|false|$",
        "It cost £40m in all.|£40m|40000000|false|£",
        "Fares rose 40 percent.|40 percent|40|true|''",
        "Fares rose 40 per cent.|40 per cent|40|true|''",
        "Fares rose 40%.|40%|40|true|''",
        "Fares rose 12.5 %.|12.5 %|12.5|true|''",
        "It was her 21st season.|21st|21|false|''",
        "Rates were 4.20 then.|4.20|4.2|false|''",
        "The wall is 5m high.|5|5|false|''",
        "Nearly 3 billion crowns.|3 billion|3000000000|false|''"})
    void numbersAreReadWithTheirValue(String text, String written, String value, boolean percent, String currency) {
        NumberMention number = only(text);

        assertEquals(written, number.written());
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), number.toString());
        assertEquals(percent, number.percent());
        assertEquals(currency, number.currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"The G7 met.", "An F-16 flew over.", "COVID-19 closed it.", "The A380 landed.",
        "Three boats, twelve crews."})
    void codesAndNumberWordsAreNotNumbers(String text) {
        assertEquals(List.of(), NumberReader.read(text));
    }

    @Test
    void separateNumbersStaySeparate() {
        List<String> written = NumberReader.read("In 2031, 4,200 people; a 1,2 split; scores of 3-1 and 1990-91.")
                .stream().map(NumberMention::written).toList();

        assertEquals(List.of("2031", "4,200", "1", "2", "3", "1", "1990", "91"), written);
    }

    @Test
    void aBareFourDigitNumberIsAYearAndOthersAreNot() {
        assertTrue(only("It opened in 1998.").year());
        assertFalse(only("It opened with 1,998 seats.").year());
        assertFalse(only("It cost $1998.").year());
        assertFalse(only("It holds 3500 people.").year());
        assertFalse(only("It holds 998 people.").year());
    }

    @Test
    void equivalentFormsAreTheSameNumberAndKindsMustAgree() {
        NumberMention percent = only("40%");
        NumberMention words = only("40 percent");
        NumberMention count = only("40 boats");
        NumberMention euros = only("€40");
        NumberMention dollars = only("$40");

        assertTrue(percent.sameAs(words));
        assertFalse(percent.sameAs(count));
        assertTrue(euros.sameAs(count));
        assertFalse(euros.sameAs(dollars));
        assertTrue(only("4.2 million").sameAs(only("4,200,000")));
        assertTrue(only("18,000").sameAs(only("18 000")));
    }
}

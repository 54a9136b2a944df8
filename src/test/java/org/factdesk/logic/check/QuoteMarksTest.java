package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteMarksTest {

    private static List<String> quotes(String text) {
        return QuoteMarks.find(text).stream().map(quotation -> quotation.content(text)).toList();
    }

    private static List<String> outermost(String text) {
        return QuoteMarks.outermost(text).stream().map(quotation -> quotation.content(text)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Japan's exports fell for a third month, and Kim's office said nothing.",
        "Japan\u2019s exports fell, Kim\u2019s office said, and the works\u2019 owners agreed.",
        "The works' owners blamed the '90s boom for the empty units.",
        "She played rock 'n' roll on the quay until the 'Tis the season banners came down.",
        "The pier, built in the \u201990s, is 6' 4\" taller than the old one.",
        "Rock \u2019n\u2019 roll nights at the workers' club ended in \u201806.",
        "The fishermen's and the dockers' unions met; the dockers' chair spoke first."})
    void apostrophesArePartOfTheirWordsAndQuoteNothing(String text) {
        assertEquals(List.of(), quotes(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She called it \"a betrayal\" on Monday.|a betrayal",
        "She called it \u201Ca betrayal\u201D on Monday.|a betrayal",
        "She called it 'a betrayal' on Monday.|a betrayal",
        "She called it \u2018a betrayal\u2019, then left.|a betrayal",
        "(\u201CNot today\u201D) was all he said.|Not today",
        "\"Enough\"|Enough",
        "The mayor said the plan was \u201Cdead.\u201D|dead.",
        "Japan's envoy called Kim's offer \u201Cgenerous\u201D; the works' owners did not.|generous",
        "In the '90s, she said, 'the quay was full'.|the quay was full"})
    void aQuoteOpensAfterASpaceOrBracketAndClosesBeforeASpaceOrPunctuation(String text, String quote) {
        assertEquals(List.of(quote), quotes(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Vell said: \u201CThey told us \u2018wait\u2019 for a year.\u201D|They told us \u2018wait\u2019 for a year.|wait",
        "Vell said: \"They told us 'wait' for a year.\"|They told us 'wait' for a year.|wait",
        "\u201C\u2018Rushed\u2019 is the word,\u201D Vell said.|\u2018Rushed\u2019 is the word,|Rushed",
        "\"They said \"no\" twice,\" Vell said.|They said \"no\" twice,|no"})
    void quotesNestAndTheOutermostHoldsTheInnerOne(String text, String outer, String inner) {
        assertEquals(List.of(outer, inner), quotes(text));
        assertEquals(List.of(outer), outermost(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"She said \u201Cnever and left.", "A mark \" alone", "Ends with a mark \u201C"})
    void aQuoteThatNeverClosesIsNoQuote(String text) {
        assertEquals(List.of(), quotes(text));
    }

    @org.junit.jupiter.api.Test
    void aSingleOpeningMarkLeftOpenInsideADoubleQuoteIsDropped() {
        String text = "\u201CThe 'new pier will wait,\u201D Vell said.";
        assertEquals(List.of("The 'new pier will wait,"), quotes(text));
    }
}

package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.model.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCheckTest {

    private static List<Finding> check(String fact, Citation... citations) {
        return new NumberCheck().check(Harbour.sources().fact(fact, citations).checked());
    }

    private static List<Finding> fromHerald(String fact) {
        return check(fact, Citation.ofWholeSource(Harbour.HERALD));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The board said 18,000 visitors used the pier.",
        "The board said 18 000 visitors used the pier.",
        "The board said 18\u00A0000 visitors used the pier.",
        "The work will cost €4.2 million.",
        "The work will cost 4,200,000 euros.",
        "The work will cost 4.20 million.",
        "About 40% of the catch lands there.",
        "About 40 per cent of the catch lands there.",
        "The work takes 18 weeks.",
        "The board voted in 2033.",
        "She said it would take \u201C19 weeks\u201D, a figure the quote check looks at.",
        "Three crews, twelve boats and a G7 delegation watched."})
    void aNumberInACitedSourceInAnyEquivalentFormIsFine(String fact) {
        assertEquals(List.of(), fromHerald(fact));
    }

    @Test
    void aNumberInNoCitedSourceIsAWarningNamingIt() {
        List<Finding> findings = fromHerald("The work will cost €5.1 million and take 18 weeks.");

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("the number €5.1 million is in none of the cited sources (Harbour Herald): check it against "
                + "them, and mark it checked if it is a conversion or a sum", finding.message());
        assertTrue(finding.key().startsWith("number:fact-"), finding.key());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The work will cost $4.2 million.",
        "About 40 boats land their catch there.",
        "The board voted in 2031.",
        "It was the board's 3rd vote on the pier.",
        "The board said 18,500 visitors used the pier."})
    void aNumberOfAnotherKindOrValueIsAWarning(String fact) {
        assertEquals(1, fromHerald(fact).size(), fact);
    }

    @Test
    void aYearCountsAsFoundInASourcePublishedThatYearOrSayingIt() {
        assertEquals(List.of(), check("Vell says the board knew of the rot in 2029.",
                Citation.ofWholeSource(Harbour.RADIO)));
        assertEquals(List.of(), check("The board decided in 2033.", Citation.ofWholeSource(Harbour.LEDGER)));
        assertEquals(1, check("The board decided in 2032.", Citation.ofWholeSource(Harbour.LEDGER)).size());
    }

    @Test
    void aNumberIsReportedOncePerFactHoweverOftenItIsWritten() {
        assertEquals(1, fromHerald("It took 19 weeks, then 19 weeks more.").size());
    }

    @Test
    void aFactWithoutCitationsIsLeftToTheCitationCheck() {
        assertEquals(List.of(), check("It took 19 weeks."));
    }
}

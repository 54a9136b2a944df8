package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.model.Citation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteCheckTest {

    private static List<Finding> check(String fact, Citation... citations) {
        return new QuoteCheck().check(Harbour.sources().fact(fact, citations).checked());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Sandqvist said the board could not \u201Ckeep patching timber that is seventy years old.\u201D",
        "Sandqvist said: 'We cannot keep patching timber that is seventy years old.'",
        "Vell called the board's decision \"rushed and careless\" and the crews' losses real.",
        "Vell said the board \u201Csat on the survey for four years \u2026 and now the boats pay for it.\u201D",
        "Vell said \u201C[the board] sat on the survey\u201D while the town's boats waited.",
        "The Herald wrote: \u201CIts chair, Tomas Vell, called the decision \u2018rushed and careless\u2019\u201D.",
        "The '90s pier is Vellmouth's oldest, and rock 'n' roll nights there are over.",
        "The board's survey, the crews' anger and Japan's interest in the site are all news."})
    void aQuoteFoundInACitedSourceIsFine(String fact) {
        assertEquals(List.of(), check(fact, Citation.ofWholeSource(Harbour.HERALD),
                Citation.ofWholeSource(Harbour.RADIO)));
    }

    @Test
    void aQuoteThatIsNotInTheCitedSourcesIsAnErrorShowingTheNearestPassage() {
        List<Finding> findings = check("Sandqvist said the board \u201Cwill never patch old timber again.\u201D",
                Citation.ofWholeSource(Harbour.RADIO), Citation.ofWholeSource(Harbour.HERALD));

        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("facts[0]", finding.place().toString());
        assertTrue(finding.message().startsWith("the quote \u201Cwill never patch old timber again.\u201D is not in "
                + "the cited sources (Gull Point Radio, Harbour Herald); nearest, in Harbour Herald: \u201C"),
                finding.message());
        Passage passage = finding.passage().orElseThrow();
        assertEquals(Harbour.HERALD, passage.sourceId());
        assertTrue(Harbour.HERALD_TEXT.substring(passage.start(), passage.end()).contains("timber"),
                Harbour.HERALD_TEXT.substring(passage.start(), passage.end()));
    }

    @Test
    void aQuoteFromASourceTheFactDoesNotCiteIsAnError() {
        List<Finding> findings = check("Vell said they \u201Csat on the survey for four years.\u201D",
                Citation.ofWholeSource(Harbour.HERALD));

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("(Harbour Herald)"), findings.get(0).message());
    }

    @Test
    void anOmissionMayNotReachIntoAnotherParagraph() {
        List<Finding> findings = check("The board voted \u201Cto close the north pier for repairs \u2026 Fishing "
                + "crews said they had not been consulted.\u201D", Citation.ofWholeSource(Harbour.HERALD));

        assertEquals(1, findings.size());
    }

    @Test
    void aQuoteSharingNoWordWithTheSourcesSaysSo() {
        List<Finding> findings = check("A diver called it \u201Cqzx vrrb\u201D.", Citation.ofWholeSource(Harbour.LEDGER));

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("no passage of them comes near it"),
                findings.get(0).message());
        assertTrue(findings.get(0).passage().isEmpty());
    }

    @Test
    void aFactWithoutCitationsIsLeftToTheCitationCheck() {
        assertEquals(List.of(), check("Someone said \u201Csomething nobody wrote\u201D."));
    }

    @Test
    void theKeyFollowsTheQuoteNotTheMessage() {
        Finding first = check("It was \u201Ca disgrace\u201D, he said.", Citation.ofWholeSource(Harbour.HERALD))
                .get(0);
        Finding again = check("It was \u201Ca disgrace\u201D, he said.", Citation.ofWholeSource(Harbour.RADIO))
                .get(0);
        Finding other = check("It was \u201Ca scandal\u201D, he said.", Citation.ofWholeSource(Harbour.HERALD))
                .get(0);

        assertEquals(first.key(), again.key());
        assertTrue(first.key().startsWith("quote:fact-"), first.key());
        assertTrue(!first.key().equals(other.key()));
    }
}

package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.model.Citation;
import org.junit.jupiter.api.Test;

class NarrativeCheckTest {

    private static Harbour cited() {
        return Harbour.sources().fact("The pier closes.", Citation.ofWholeSource(Harbour.HERALD),
                Citation.ofWholeSource(Harbour.RADIO));
    }

    private static List<Finding> check(Harbour story) {
        return new NarrativeCheck().check(story.checked());
    }

    @Test
    void twoFullNarrativesOfComparableLengthFromCitedOutletsAreFine() {
        Harbour story = cited().narrative("Board narrative", "harbour  HERALD", "The pier is unsafe and must close.")
                .narrative("Crews' narrative", "Gull Point Radio", "The board waited too long and the boats pay.");

        assertEquals(List.of(), check(story));
    }

    @Test
    void fewerThanTwoNarrativesIsAnErrorAtTheNextNarrativesPlace() {
        List<Finding> none = check(cited());
        List<Finding> one = check(cited().narrative("Board narrative", "Harbour Herald", "The pier is unsafe."));

        assertEquals("narratives[0]", none.get(0).place().toString());
        assertEquals(Severity.ERROR, none.get(0).severity());
        assertTrue(none.get(0).message().startsWith("the story has 0 narratives; it needs at least two"));
        assertEquals("narratives[1]", one.get(0).place().toString());
        assertTrue(one.get(0).message().startsWith("the story has 1 narrative;"), one.get(0).message());
    }

    @Test
    void aNarrativeWithoutLabelProviderOrTextIsAnError() {
        Harbour story = cited().narrative("", "", "The pier is unsafe.")
                .narrative("Crews' narrative", "Gull Point Radio", "");

        List<Finding> findings = check(story);

        assertEquals(2, findings.size(), findings.toString());
        assertEquals("the narrative has no label and no provider: fill it in", findings.get(0).message());
        assertEquals("narratives[1]", findings.get(1).place().toString());
        assertEquals("the narrative has no text: fill it in", findings.get(1).message());
    }

    @Test
    void aNarrativeMoreThanTwiceAsLongAsTheShortestIsAWarning() {
        Harbour story = cited().narrative("Board narrative", "Harbour Herald", "The pier is unsafe now.")
                .narrative("Crews' narrative", "Gull Point Radio", "The board sat on the survey for four years, "
                        + "and now the boats pay for its delay.");

        List<Finding> findings = check(story);

        assertEquals(1, findings.size());
        assertEquals("narratives[1]", findings.get(0).place().toString());
        assertEquals("the narrative is 17 words long, more than twice the shortest (5 words): shorten it, or give "
                + "the others more", findings.get(0).message());
    }

    @Test
    void aProviderThatNoFactCitesIsAWarning() {
        Harbour story = cited().narrative("Board narrative", "Harbour Herald", "The pier is unsafe.")
                .narrative("Crews' narrative", "Coastline Ledger", "The boats pay for it.");

        List<Finding> findings = check(story);

        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertTrue(findings.get(0).message().startsWith("its provider, Coastline Ledger, is not among the outlets"));
    }
}

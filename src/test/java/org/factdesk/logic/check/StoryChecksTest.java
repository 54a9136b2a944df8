package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.factdesk.model.Citation;
import org.junit.jupiter.api.Test;

class StoryChecksTest {

    @Test
    void aCleanWellMadeStoryHasNoFindingsAtAll() {
        CheckReport report = new StoryChecks().run(Harbour.clean().snapshot());

        assertEquals(List.of(), report.findings());
        assertFalse(report.hasErrors());
    }

    @Test
    void findingsComeInPlaceOrderWhateverCheckFoundThem() {
        Harbour story = Harbour.clean()
                .fact("The Vellmouth harbour board voted to close the north pier for repairs that will take 18 weeks.",
                        Citation.ofWholeSource(Harbour.HERALD))
                .fact("The pier is \u201Cbeyond saving\u201D, the board said.");
        story.narrative("", "Brenmoor Tide", "The pier could be mended in stages while the boats keep landing there.");

        List<Finding> findings = story.findings();

        List<String> places = findings.stream().map(finding -> finding.place().toString()).toList();
        assertEquals(List.of("facts[9]", "facts[10]", "narratives[2]", "narratives[2]"), places,
                findings.toString());
        assertTrue(new StoryChecks().run(story.snapshot()).hasErrors());
    }

    @Test
    void aCheckPassedInRunsAfterTheStandardOnes() {
        StoryCheck wording = story -> List.of(Finding.warning(Place.TITLE, "a word takes a side", "wording:story:x"));

        List<Finding> findings = new StoryChecks(List.of(wording)).run(Harbour.clean().snapshot()).findings();

        assertEquals(1, findings.size());
        assertEquals("title", findings.get(0).place().toString());
    }

    @Test
    void ignoredKeysLeaveTheirFindingsOut() {
        Harbour story = Harbour.clean().fact("Nobody cited this.");
        CheckReport report = new StoryChecks().run(story.snapshot());
        String key = report.findings().get(0).key();

        CheckReport left = report.without(Set.of(key));

        assertTrue(report.hasErrors());
        assertEquals(List.of(), left.findings());
        assertFalse(left.hasErrors());
        assertEquals(report, report.without(Set.of()));
    }

    @Test
    void aLongStoryOfFiftyFactsChecksCleanly() {
        Harbour story = Harbour.clean();
        for (int i = 0; i < 40; i++) {
            story.fact("Fishing crews say they were not consulted" + " again".repeat(i) + ".",
                    Citation.ofWholeSource(Harbour.HERALD + i % 3));
        }
        List<Finding> findings = story.findings();

        // Each repeat differs from the last by one word: only the near-duplicates of short facts are flagged.
        assertTrue(findings.stream().allMatch(finding -> finding.key().startsWith("duplicate:")), findings.toString());
    }
}

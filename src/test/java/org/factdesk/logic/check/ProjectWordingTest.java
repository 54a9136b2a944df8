package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.factdesk.logic.check.wording.WordingMatch;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.WordingChoice;
import org.factdesk.model.WordingChoice.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectWordingTest {

    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00Z");
    private static final Instant TUESDAY = Instant.parse("2031-03-04T09:15:00Z");

    private static WordingChoice watch(String term, String category, String inflection, String why, Instant at) {
        return new WordingChoice(Kind.WATCH, term, category, inflection, List.of("spoke"), why, "imogen", at);
    }

    private static List<String> terms(ProjectWording wording, String text) {
        return wording.rules().find(text).stream().map(match -> match.entry().term()).toList();
    }

    @Test
    void noChoicesLeaveTheShippedLexiconAsItIs() {
        ProjectWording wording = ProjectWording.of(List.of());

        assertEquals(WordingRules.shipped().entries(), wording.rules().entries());
        assertEquals(List.of(), wording.problems());
    }

    @Test
    void aWatchedTermIsFoundInAllItsFormsBesideTheShippedOnes() {
        ProjectWording wording = ProjectWording.of(List.of(watch("harangue", "editorialising", "verb",
                "It casts a speech as a rant.", MONDAY)));

        assertEquals(List.of("harangue", "claim"),
                terms(wording, "The mayor harangued the board and claimed victory."));
        WordingMatch match = wording.rules().find("She harangues them.").get(0);
        assertEquals(List.of("spoke"), match.entry().suggestions());
        assertEquals("It casts a speech as a rant.", match.entry().why());
        assertEquals(List.of(), wording.problems());
    }

    @Test
    void aSilencedShippedTermIsNoLongerFoundWrittenAnyWay() {
        ProjectWording wording = ProjectWording.of(List.of(WordingChoice.silence("So Called", "imogen", MONDAY)));

        assertEquals(List.of("claim"), terms(wording, "The so-called ferry claims a record."));
    }

    @Test
    void aWatchedTermWithAShippedTermsWordsReplacesItsEntry() {
        ProjectWording wording = ProjectWording.of(List.of(watch("claim", "doubt", "verb",
                "Our desk prefers said.", MONDAY)));

        WordingMatch match = wording.rules().find("The board claimed it.").get(0);
        assertEquals("Our desk prefers said.", match.entry().why());
        assertEquals(1, wording.rules().entries().stream().filter(entry -> entry.key().equals("claim")).count());
    }

    @Test
    void ofTwoChoicesForOneTermTheLaterCounts() {
        WordingChoice watched = watch("harangue", "editorialising", "verb", "It casts a speech as a rant.", MONDAY);
        WordingChoice silenced = WordingChoice.silence("Harangue", "tomasz", TUESDAY);

        assertEquals(List.of(), terms(ProjectWording.of(List.of(watched, silenced)), "He harangued them."));
        assertEquals(List.of("harangue"), terms(ProjectWording.of(List.of(silenced, watched)), "He harangued them."));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rant|tone|fixed|It is loud.|its category “tone” is not one the lexicon knows; use puffery, label, "
                + "attribution, doubt, editorialising, euphemism, cliche",
        "rant|puffery|adverb|It is loud.|its inflection “adverb” is not one the lexicon knows; use verb, noun, "
                + "fixed",
        "rant|puffery|''|It is loud.|it has no inflection; use verb, noun, fixed",
        "rant, rave|puffery|fixed|It is loud.|the term “rant, rave” holds “,”: use letters, spaces, hyphens and "
                + "apostrophes only",
        "rant|puffery|fixed|''|the explanation of “rant” is empty"})
    void aWatchedTermThatMakesNoLexiconEntryIsLeftOutWithAProblemAndTheRestStillCount(String term,
            String category, String inflection, String why, String problem) {
        ProjectWording wording = ProjectWording.of(List.of(
                watch(term, category, inflection, why, MONDAY),
                watch("harangue", "editorialising", "verb", "It casts a speech as a rant.", TUESDAY)));

        assertEquals(List.of("the watched term “" + term + "” is left out of the wording check: " + problem),
                wording.problems());
        assertEquals(List.of("harangue"), terms(wording, "A rant, then he harangued them."));
    }

    @Test
    void aProjectsWordingReachesTheChecks() {
        StorySnapshot story = Harbour.clean().fact("The board claimed the pier was unsafe.",
                org.factdesk.model.Citation.ofWholeSource(Harbour.HERALD)).snapshot();
        ProjectWording wording = ProjectWording.of(List.of(WordingChoice.silence("claim", "imogen", MONDAY)));

        assertTrue(new StoryChecks().run(story).findings().stream()
                .anyMatch(finding -> finding.key().startsWith(WordingCheck.NAME + ":")));
        assertEquals(List.of(), new StoryChecks(wording.rules()).run(story).findings());
    }
}

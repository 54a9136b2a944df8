package org.factdesk.logic.check.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules one lexicon entry is held to, asked field by field (as a form asks) and when an entry is made. */
class WordingEntryTest {

    @ParameterizedTest
    @ValueSource(strings = {"claim", "so-called", "lash out", "regime's", "regime\u2019s", "G7 summit"})
    void aTermOfLettersSpacesHyphensAndApostrophesHasNoProblem(String term) {
        assertEquals(Optional.empty(), WordingEntry.termProblem(term, "term"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rant, rave|the term “rant, rave” holds “,”: use letters, spaces, hyphens and apostrophes only",
        "stormed/out|the term “stormed/out” holds “/”: use letters, spaces, hyphens and apostrophes only",
        "'   '|a term is empty"})
    void aTermWithAnyOtherCharacterOrNoneIsRefusedAndTheEntryWithIt(String term, String problem) {
        assertEquals(Optional.of(problem), WordingEntry.termProblem(term, "term"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new WordingEntry(term,
                WordingCategory.DOUBT, Inflection.FIXED, List.of(), List.of(), "It doubts."));
        assertEquals(problem, refused.getMessage());
    }

    @Test
    void aLineMustHoldTextOnOneLineWithoutTabs() {
        assertEquals(Optional.empty(), WordingEntry.lineProblem("It hints at doubt.", "explanation"));
        assertEquals(Optional.of("the explanation is empty"), WordingEntry.lineProblem(" ", "explanation"));
        assertEquals(Optional.of("the suggestion must be one line without tabs"),
                WordingEntry.lineProblem("said\tstated", "suggestion"));
        assertEquals(Optional.of("the suggestion must be one line without tabs"),
                WordingEntry.lineProblem("said\nstated", "suggestion"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new WordingEntry(
                "claim", WordingCategory.DOUBT, Inflection.VERB, List.of(), List.of("said\r"), "It doubts."));
        assertEquals("the suggestion for “claim” must be one line without tabs", refused.getMessage());
    }

    @Test
    void theFormsOfATermAreWhatItsEntryMatchesBeforeItsIrregularForms() {
        assertEquals(Set.of("lash out", "lashes out", "lashed out", "lashing out"),
                WordingEntry.formsOf("Lash-out", Inflection.VERB));
        assertEquals(Set.of("freedom fighter", "freedom fighters"),
                WordingEntry.formsOf("freedom fighter", Inflection.NOUN));
        assertEquals(Set.of("of course"), WordingEntry.formsOf("Of  course", Inflection.FIXED));
        WordingEntry admit = new WordingEntry("admit", WordingCategory.DOUBT, Inflection.VERB, List.of("admitted"),
                List.of(), "It implies a confession.");
        assertEquals(List.of("admit", "admits", "admited", "admiting", "admitted"), List.copyOf(admit.matchedForms()));
    }
}

package org.factdesk.logic.check.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexiconFileTest {

    private static final String HEADER = LexiconFile.HEADER + "\n";

    private static List<WordingEntry> read(String text) throws Exception {
        return LexiconFile.read(new StringReader(text), "mine.tsv");
    }

    @Test
    void theShippedLexiconHoldsAtLeastThreeHundredEntriesInEveryCategory() {
        List<WordingEntry> entries = LexiconFile.shipped();

        assertTrue(entries.size() >= 300, entries.size() + " entries");
        Set<WordingCategory> categories = EnumSet.noneOf(WordingCategory.class);
        entries.forEach(entry -> categories.add(entry.category()));
        assertEquals(EnumSet.allOf(WordingCategory.class), categories);
    }

    @Test
    void everyShippedExplanationIsOneSentenceAndNoSuggestionRepeatsItsTerm() {
        for (WordingEntry entry : LexiconFile.shipped()) {
            String why = entry.why();
            assertTrue(Character.isUpperCase(why.charAt(0)) && why.endsWith("."), entry.term() + ": " + why);
            assertFalse(why.substring(0, why.length() - 1).contains(". "), entry.term() + " has two sentences");
            assertFalse(entry.suggestions().stream().anyMatch(s -> Tokens.key(s).equals(entry.key())),
                    entry.term() + " suggests itself");
        }
    }

    @Test
    void noTwoShippedEntriesShareAForm() {
        Map<String, String> owner = new HashMap<>();
        for (WordingEntry entry : LexiconFile.shipped()) {
            for (String form : entry.matchedForms()) {
                String earlier = owner.putIfAbsent(form, entry.term());
                assertEquals(null, earlier, "\u201C" + form + "\u201D is a form of " + earlier + " and " + entry.term());
            }
        }
    }

    /** Each term and each listed form, written in a sentence, is found as its own entry: none is shadowed. */
    @Test
    void everyShippedTermAndFormIsFoundAsItsOwnEntry() {
        WordingRules rules = WordingRules.shipped();
        for (WordingEntry entry : rules.entries()) {
            for (String form : entry.matchedForms()) {
                List<WordingMatch> found = rules.find("Then " + form + " here.");
                assertEquals(1, found.size(), form + ": " + found);
                assertEquals(entry, found.get(0).entry(), form);
            }
        }
    }

    @Test
    void readsTheColumnsListsAndEmptyFields() throws Exception {
        List<WordingEntry> entries = read(HEADER + "# a comment\n\n"
                + "admit\tdoubt\tverb\tadmitted|admitting\tsaid|stated\tIt implies a wrong owned up to.\n"
                + "legendary\tpuffery\tfixed\t\t\tIt crowns with fame.\n");

        assertEquals(2, entries.size());
        WordingEntry admit = entries.get(0);
        assertEquals(WordingCategory.DOUBT, admit.category());
        assertEquals(Inflection.VERB, admit.inflection());
        assertEquals(List.of("admitted", "admitting"), admit.forms());
        assertEquals(List.of("said", "stated"), admit.suggestions());
        assertEquals(List.of(), entries.get(1).forms());
        assertEquals(List.of(), entries.get(1).suggestions());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "term category inflection forms suggestions why;mine.tsv line 1: the header must name the columns",
        "HEADER claim\tdoubt\tverb\tsaid\tIt hints.;mine.tsv line 2: 5 columns, where 6 are needed",
        "HEADER claim\tdoubts\tverb\t\tsaid\tIt hints.;mine.tsv line 2: unknown category \u201Cdoubts\u201D; use one "
                + "of [puffery, label, attribution, doubt, editorialising, euphemism, cliche]",
        "HEADER claim\tdoubt\tadverb\t\tsaid\tIt hints.;mine.tsv line 2: unknown inflection \u201Cadverb\u201D",
        "HEADER claim!\tdoubt\tverb\t\tsaid\tIt hints.;mine.tsv line 2: the term \u201Cclaim!\u201D holds \u201C!\u201D",
        "HEADER claim\tdoubt\tverb\tclaimed||claims\tsaid\tIt hints.;mine.tsv line 2: a form of \u201Cclaim\u201D is empty",
        "HEADER claim\tdoubt\tverb\t\tsaid||told\tIt hints.;mine.tsv line 2: the suggestion for \u201Cclaim\u201D is empty",
        "HEADER claim\tdoubt\tverb\t\tsaid\tIt hints.NLNLCLAIM\tdoubt\tverb\t\tsaid\tAgain.;mine.tsv line 4: \u201CCLAIM\u201D "
                + "is already on line 2",
    })
    void aBadLineIsRefusedWithItsFileLineAndFault(String text, String message) {
        LexiconException e = assertThrows(LexiconException.class, () -> read(text.replace("HEADER ", HEADER).replace("NL", "\n")));

        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void anEmptyFileIsRefused() {
        LexiconException e = assertThrows(LexiconException.class, () -> read(""));

        assertTrue(e.getMessage().startsWith("mine.tsv line 1: the header"), e.getMessage());
    }
}

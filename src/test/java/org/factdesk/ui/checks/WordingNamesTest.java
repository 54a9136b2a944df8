package org.factdesk.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.logic.check.wording.WordingEntry;
import org.factdesk.logic.check.wording.WordingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class WordingNamesTest {

    @ParameterizedTest
    @CsvSource({"PUFFERY, Puffery", "CONTENTIOUS_LABEL, Contentious label",
        "UNSUPPORTED_ATTRIBUTION, Unsupported attribution", "DOUBT, Expression of doubt",
        "EDITORIALISING, Editorialising", "EUPHEMISM, Euphemism", "CLICHE, Clich\u00E9"})
    void eachCategoryIsNamedInWordsAsAFindingNamesIt(WordingCategory category, String words) {
        assertEquals(words, WordingNames.category(category));
        assertEquals(words, WordingNames.categoryNamed(" " + category.fileName() + " "));
    }

    @Test
    void aCategoryTheLexiconDoesNotKnowIsQuotedAsItIs() {
        assertEquals("category \u201Cgossip\u201D", WordingNames.categoryNamed("gossip"));
    }

    @Test
    void aCategoryIsShownWithItsFirstTermInTheLexiconWhenItHasOne() {
        WordingRules two = WordingRules.of(List.of(
                new WordingEntry("harangue", WordingCategory.EDITORIALISING, Inflection.VERB, List.of(), List.of(),
                        "It casts a speech as a rant."),
                new WordingEntry("rant", WordingCategory.EDITORIALISING, Inflection.NOUN, List.of(), List.of(),
                        "It casts a speech as noise.")));

        assertEquals("Editorialising, like \u201Charangue\u201D",
                WordingNames.categoryWithExample(WordingCategory.EDITORIALISING, two));
        assertEquals("Puffery", WordingNames.categoryWithExample(WordingCategory.PUFFERY, two));
    }

    @ParameterizedTest
    @EnumSource(WordingCategory.class)
    void theShippedLexiconGivesEveryCategoryAnExample(WordingCategory category) {
        assertTrue(WordingNames.categoryWithExample(category, WordingRules.shipped()).contains(", like \u201C"));
    }

    @ParameterizedTest
    @EnumSource(Inflection.class)
    void eachInflectionIsExplainedWithAnExample(Inflection inflection) {
        assertTrue(WordingNames.inflection(inflection).matches("[A-Z][^:]*: .*\\(.*\\)"),
                WordingNames.inflection(inflection));
    }
}

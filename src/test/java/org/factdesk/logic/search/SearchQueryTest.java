package org.factdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTest {

    @Test
    void wordsBecomeOneClauseEach() throws SearchQueryException {
        SearchQuery query = SearchQuery.parse("  ferry   timetable ");

        assertEquals(List.of(List.of("ferry"), List.of("timetable")), query.clauses());
        assertFalse(query.hasPhrase());
    }

    @Test
    void wordsInQuotesBecomeOnePhrase() throws SearchQueryException {
        SearchQuery query = SearchQuery.parse("harbour \"night ferry service\"");

        assertEquals(List.of(List.of("harbour"), List.of("night", "ferry", "service")), query.clauses());
        assertTrue(query.hasPhrase());
    }

    @Test
    void curlyQuotesMarkAPhraseToo() throws SearchQueryException {
        assertEquals(List.of(List.of("night", "ferry")), SearchQuery.parse("\u201Cnight ferry\u201D").clauses());
    }

    @Test
    void aQuoteLeftOpenRunsToTheEnd() throws SearchQueryException {
        assertEquals(List.of(List.of("pier"), List.of("closed", "for", "repairs")),
                SearchQuery.parse("pier \"closed for repairs").clauses());
    }

    @Test
    void wordsAreFoldedToLowerCaseWithoutAccents() throws SearchQueryException {
        assertEquals(List.of(List.of("senor"), List.of("zelensky"), List.of("strasse"), List.of("cafe")),
                SearchQuery.parse("Señor ZELENSKY Straße cafe\u0301").clauses());
    }

    @Test
    void aWordThatFoldsIntoPartsIsMatchedAsAPhraseOfThem() throws SearchQueryException {
        assertEquals(List.of(List.of("sea", "wall")), SearchQuery.parse("sea-wall").clauses());
    }

    @Test
    void punctuationAroundWordsIsIgnored() throws SearchQueryException {
        assertEquals(List.of(List.of("quay")), SearchQuery.parse("(quay), \"\" !").clauses());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "\t\n"})
    void anEmptyQueryIsRefusedWithAPlainMessage(String typed) {
        SearchQueryException refused = assertThrows(SearchQueryException.class, () -> SearchQuery.parse(typed));

        assertEquals("the query is empty: give a word to look for", refused.getMessage());
    }

    @Test
    void aQueryOfPunctuationOnlyIsRefusedByName() {
        SearchQueryException refused = assertThrows(SearchQueryException.class, () -> SearchQuery.parse("?! --"));

        assertEquals("the query \"?! --\" holds no word to look for, only punctuation", refused.getMessage());
    }

    @Test
    void aNullQueryIsAnEmptyOne() {
        assertThrows(SearchQueryException.class, () -> SearchQuery.parse(null));
    }

    @Test
    void aQueryCannotBeMadeWithoutWords() {
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("x", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("x", List.of(List.of())));
    }
}

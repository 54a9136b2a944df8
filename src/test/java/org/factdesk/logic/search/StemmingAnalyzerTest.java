package org.factdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmingAnalyzerTest {

    @ParameterizedTest
    @CsvSource({"piers, pier", "pier, pier", "corrected, correct", "correction, correct", "ferries, ferri",
        "ferry, ferri", "harbour's, harbour", "senor, senor"})
    void aFoldedWordIsLookedForByItsEnglishStem(String folded, String stem) {
        assertEquals(stem, StemmingAnalyzer.stem(folded));
    }
}

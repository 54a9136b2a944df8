package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotePatternTest {

    private static final String SOURCE = """
            "We cannot keep patching timber that is seventy years old," said Mira Sandqvist. The board, she \
            added, had   no money left for the summer.

            Tomas Vell said the crews were ‘rushed and careless’ victims of a survey nobody read.""";

    private static final MatchText TEXT = MatchText.of(SOURCE);

    private static boolean found(String quote) {
        return QuotePattern.of(quote).findIn(TEXT).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We cannot keep patching timber that is seventy years old",
        "We cannot keep patching timber that is seventy years old.",
        "We cannot keep patching timber that is seventy years old,",
        "we cannot keep patching timber",
        "The board, she added, had no money left",
        "The board, she added,\nhad  no   money left",
        "We cannot keep patching timber \u2026 seventy years old",
        "We cannot keep patching timber ... seventy years old",
        "We cannot keep patching timber [\u2026] seventy years old",
        "[The harbour board] had no money left for the summer",
        "The board \u2026 had no money left [for repairs] for the summer.",
        "[W]e cannot keep patching timber",
        "We cannot keep patching [old] timber",
        "The board [Sandqvist said] had no money",
        "crews were 'rushed and careless' victims",
        "crews were \u201Crushed and careless\u201D victims",
        "[sic]"})
    void aQuoteAsEditorsWriteItFindsItsPassage(String quote) {
        assertTrue(found(quote) || QuotePattern.of(quote).isEmpty(), quote);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "We cannot keep patching wood that is seventy years old",
        "We can keep patching timber",
        "keep patching timber that is seventy years old!",
        "We cannot keep patching timber \u2026 Tomas Vell said",
        "We cannot [\u2026] the crews were",
        "We cannot keep patching [a lot of very old and tired and rotten and dangerous wooden] timber seventy",
        "WE CANNOT KEEP PATCHING TIMBER"})
    void aQuoteThatChangesTheSourcesWordsIsNotFound(String quote) {
        assertFalse(found(quote), quote);
    }

    @Test
    void aMatchKnowsItsPlaceInTheOriginalText() {
        QuotePattern.Match match = QuotePattern.of("had no money left").findIn(TEXT).orElseThrow();

        assertEquals("had   no money left", SOURCE.substring(TEXT.originalOffset(match.start()),
                TEXT.originalOffset(match.end())));
    }

    @Test
    void aQuoteMadeOnlyOfEditorialMarksIsEmpty() {
        assertTrue(QuotePattern.of("[\u2026]").isEmpty());
        assertFalse(QuotePattern.of("[sic]").findIn(TEXT).isPresent());
        assertEquals("We cannot timber", QuotePattern.of("We cannot \u2026 timber").words());
    }
}

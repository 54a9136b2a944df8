package org.factdesk.logic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextMatchesTest {

    @ParameterizedTest(name = "\"{1}\" in \"{0}\" at {2}")
    @CsvSource(delimiter = '|', value = {
        "The ferry left. THE FERRY came back.|ferry|4,20",
        "Quay, quay and QUAY|QuAy|0,6,15",
        "aaaa|aa|0,2",
        "harbour lights|lighthouse|''",
        "short|a much longer query|''",
        "Tide ſtation|STATION|5",
        "Ağır yük|AĞIR|0",
    })
    void findsEveryPlaceIgnoringCaseWithoutOverlaps(String text, String query, String starts) {
        TextMatches matches = TextMatches.of(text, query);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < matches.count(); i++) {
            found.add(String.valueOf(matches.start(i)));
            assertEquals(matches.start(i) + query.length(), matches.end(i));
        }
        assertEquals(starts, String.join(",", found));
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertTrue(TextMatches.of("anything at all", "").isEmpty());
        assertEquals(-1, TextMatches.of("anything at all", "").firstFrom(0));
        assertEquals(-1, TextMatches.of("anything at all", "").lastBefore(5));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsMatchedWhole() {
        String text = "Port \uD83D\uDEA2 and port \uD83D\uDEA2 again";
        TextMatches matches = TextMatches.of(text, "port \uD83D\uDEA2");
        assertEquals(2, matches.count());
        assertEquals(text.lastIndexOf("port"), matches.start(1));
    }

    @Test
    void nextAndPreviousWrapRound() {
        TextMatches matches = TextMatches.of("pier one, pier two, pier three", "pier");
        assertEquals(0, matches.firstFrom(0));
        assertEquals(1, matches.firstFrom(1), "the first match at or after offset 1 is the second");
        assertEquals(1, matches.firstFrom(10));
        assertEquals(0, matches.firstFrom(21), "past the last match: back to the first");
        assertEquals(2, matches.lastBefore(30));
        assertEquals(0, matches.lastBefore(10));
        assertEquals(2, matches.lastBefore(0), "before the first match: round to the last");
    }

    @Test
    void aMegabyteSourceIsSearchedWholeWithEveryMatchInPlace() {
        StringBuilder source = new StringBuilder();
        int paragraph = 0;
        while (source.length() < 1_048_576) {
            source.append("Paragraph ").append(paragraph++).append(": the harbour board met on a wet Tuesday and ")
                    .append("agreed to repaint the lighthouse before the regatta.\n");
        }
        String text = source.toString();

        TextMatches matches = TextMatches.of(text, "Lighthouse");

        // Speed is not a unit test's business (a loaded CI machine made a timed check fail); what is checked here
        // is that the whole megabyte is searched, case-insensitively, to the last paragraph.
        assertEquals(paragraph, matches.count());
        assertEquals(text.lastIndexOf("lighthouse"), matches.start(matches.count() - 1));
    }
}

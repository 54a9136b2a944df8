package org.factdesk.logic.format;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.factdesk.model.StoryDocument;
import org.junit.jupiter.api.Test;

class CitationNumberingTest {

    @Test
    void numbersFollowFirstCitationOrder() {
        StoryDocument document = story()
                .source(10, "Harbour Gazette").source(20, "Port Herald").source(30, "Civic Radio")
                .fact("Engineers found cracks.", 30)
                .fact("The council met.", 10, 30)
                .fact("Ferries added trips.", 20)
                .build();

        CitationNumbering numbering = CitationNumbering.of(document.facts());

        assertEquals(List.of(30L, 10L, 20L), numbering.numberedSources());
        assertEquals(1, numbering.numberOf(30));
        assertEquals(2, numbering.numberOf(10));
        assertEquals(3, numbering.numberOf(20));
    }

    @Test
    void onlyCitedSourcesAreNumbered() {
        StoryDocument document = story()
                .source(1, "Harbour Gazette").source(2, "Port Herald")
                .fact("The council met.", 2)
                .build();

        CitationNumbering numbering = CitationNumbering.of(document.facts());

        assertEquals(1, numbering.size());
        assertEquals(List.of(2L), numbering.numberedSources());
        assertThrows(IllegalArgumentException.class, () -> numbering.numberOf(1));
    }

    @Test
    void sourceCitedBySeveralFactsKeepsItsFirstNumber() {
        StoryDocument document = story()
                .source(1, "Harbour Gazette").source(2, "Port Herald")
                .fact("The bridge closed.", 1)
                .fact("Traffic backed up.", 2)
                .fact("The bridge may reopen in May.", 1)
                .build();

        CitationNumbering numbering = CitationNumbering.of(document.facts());

        assertEquals(List.of(1), numbering.numbersOf(document.facts().get(2)));
        assertEquals(2, numbering.size());
    }

    @Test
    void factNumbersAreAscendingEvenWhenCitedInAnotherOrder() {
        StoryDocument document = story()
                .source(1, "Harbour Gazette").source(2, "Port Herald").source(3, "Civic Radio")
                .fact("The bridge closed.", 1, 2, 3)
                .fact("Divers inspected the piers.", 3, 1, 2)
                .build();

        CitationNumbering numbering = CitationNumbering.of(document.facts());

        assertEquals(List.of(1, 2, 3), numbering.numbersOf(document.facts().get(1)));
    }

    @Test
    void sourceCitedTwiceByOneFactAppearsOnce() {
        StoryDocument document = story()
                .source(1, "Harbour Gazette").source(2, "Port Herald")
                .fact("The bridge closed.", 2, 1, 2)
                .build();

        CitationNumbering numbering = CitationNumbering.of(document.facts());

        assertEquals(List.of(1, 2), numbering.numbersOf(document.facts().get(0)));
        assertEquals(List.of(2L, 1L), numbering.numberedSources());
    }

    @Test
    void factWithoutCitationsHasNoNumbers() {
        StoryDocument document = story().fact("Nobody has said why.").build();

        CitationNumbering numbering = CitationNumbering.of(document.facts());

        assertEquals(List.of(), numbering.numbersOf(document.facts().get(0)));
        assertEquals(0, numbering.size());
    }
}

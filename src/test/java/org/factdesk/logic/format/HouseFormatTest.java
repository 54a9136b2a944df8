package org.factdesk.logic.format;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.logic.StoryFixtures.StoryBuilder;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.NumberedSource;
import org.factdesk.model.Fact;
import org.factdesk.model.StoryDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HouseFormatTest {

    private static StoryBuilder fourSources() {
        return story()
                .source(1, "Harbour Gazette").source(2, "Port Herald").source(3, "Civic Radio")
                .source(4, "Port Herald");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1         | Sources: 1Harbour Gazette.",
            "1,2       | Sources: 1Harbour Gazette and 2Port Herald.",
            "1,2,3     | Sources: 1Harbour Gazette, 2Port Herald, and 3Civic Radio.",
            "3,2,1     | Sources: 1Civic Radio, 2Port Herald, and 3Harbour Gazette.",
            "1,2,3,4   | Sources: 1Harbour Gazette, 2Port Herald (a), 3Civic Radio, and 4Port Herald (b).",
            "4,1,2     | Sources: 1Port Herald (a), 2Harbour Gazette, and 3Port Herald (b)."})
    void sourcesLineListsCitedSourcesInNumberOrder(String citedInOrder, String expected) {
        StoryBuilder builder = fourSources();
        for (String id : citedInOrder.split(",", -1)) {
            builder.fact("Fact citing " + id + ".", Long.parseLong(id));
        }

        assertEquals(expected, HouseFormat.format(builder.build()).sourcesLine());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "true  | Sources: 1Harbour Gazette, 2Port Herald (a), 3Civic Radio, and 4Port Herald (b).",
            "false | Sources: 1Harbour Gazette, 2Port Herald (a), 3Civic Radio and 4Port Herald (b)."})
    void serialCommaFollowsTheStoryStyle(boolean serialComma, String expected) {
        StoryDocument document = fourSources().serialComma(serialComma)
                .fact("The bridge closed.", 1, 2)
                .fact("Ferries added trips.", 3, 4)
                .build();

        assertEquals(expected, HouseFormat.format(document).sourcesLine());
    }

    @Test
    void serialCommaNeverAppliesToTwoSources() {
        StoryDocument document = fourSources().serialComma(true).fact("The bridge closed.", 2, 3).build();

        assertEquals("Sources: 1Port Herald and 2Civic Radio.", HouseFormat.format(document).sourcesLine());
    }

    @Test
    void outletSharedByThreeSourcesGetsThreeLetters() {
        StoryDocument document = story()
                .source(1, "Port Herald").source(2, "Civic Radio").source(3, "Port Herald").source(4, "Port Herald")
                .fact("The bridge closed.", 1, 2, 3, 4)
                .build();

        List<String> labels = HouseFormat.format(document).sources().stream().map(NumberedSource::label).toList();

        assertEquals(List.of("Port Herald (a)", "Civic Radio", "Port Herald (b)", "Port Herald (c)"), labels);
    }

    static Stream<Arguments> citationsAndMarks() {
        return Stream.of(
                Arguments.of(new long[] {1}, "The bridge closed.1"),
                Arguments.of(new long[] {1, 2}, "The bridge closed.1,2"),
                Arguments.of(new long[] {3, 1, 2}, "The bridge closed.1,2,3"),
                Arguments.of(new long[] {2, 2, 1}, "The bridge closed.1,2"),
                Arguments.of(new long[] {}, "The bridge closed."));
    }

    @ParameterizedTest
    @MethodSource("citationsAndMarks")
    void marksFollowTheFinalPunctuationAscendingAndOnce(long[] cited, String expected) {
        // The first fact fixes numbers 1..3 to sources 1..3, so the second fact's marks show only the ordering.
        StoryDocument document = fourSources()
                .fact("Setup.", 1, 2, 3)
                .fact("  The bridge closed. ", cited)
                .build();

        FormattedFact fact = HouseFormat.format(document).facts().get(1);

        assertEquals(expected, fact.markedText());
    }

    @Test
    void marksJoinNumbersWithCommaAndNoSpace() {
        assertEquals("2,3,10", HouseFormat.marks(List.of(2, 3, 10)));
        assertEquals("", HouseFormat.marks(List.of()));
    }

    @Test
    void reorderingFactsRenumbersSources() {
        StoryDocument document = fourSources()
                .fact("The bridge closed.", 1)
                .fact("Ferries added trips.", 3)
                .fact("Tolls were waived.", 2, 3)
                .build();
        List<Fact> reversed = new ArrayList<>(document.facts());
        Collections.reverse(reversed);
        StoryDocument reordered = new StoryDocument(document.story(), reversed, document.narratives(),
                document.sources(), document.excerpts());

        FormattedStory formatted = HouseFormat.format(reordered);

        assertEquals("Sources: 1Port Herald, 2Civic Radio, and 3Harbour Gazette.", formatted.sourcesLine());
        assertEquals(List.of("Tolls were waived.1,2", "Ferries added trips.2", "The bridge closed.3"),
                formatted.facts().stream().map(FormattedFact::markedText).toList());
    }

    @Test
    void uncitedStoryHasEmptySourcesLine() {
        StoryDocument document = fourSources().fact("Nobody has said why.").build();

        FormattedStory formatted = HouseFormat.format(document);

        assertEquals("", formatted.sourcesLine());
        assertEquals(List.of(), formatted.sources());
        assertEquals("Nobody has said why.", formatted.facts().get(0).markedText());
    }

    @Test
    void narrativeLineCreditsItsProvider() {
        StoryDocument document = story()
                .narrative(" Safety-first narrative ", "Civic Radio ", " Closing early avoids a disaster.")
                .build();

        assertEquals("Safety-first narrative, as provided by Civic Radio. Closing early avoids a disaster.",
                HouseFormat.format(document).narratives().get(0).line());
    }

    @Test
    void narrativeWithNothingWrittenIsLeftOutButAHalfWrittenOneShows() {
        StoryDocument document = story()
                .narrative("", " ", "")
                .narrative("Pro-union narrative", "", "")
                .build();
        assertEquals(List.of("Pro-union narrative"),
                HouseFormat.format(document).narratives().stream().map(n -> n.label()).toList());
    }

    @Test
    void titleAndLedeAreTrimmed() {
        StoryDocument document = story().title("  Bridge shut  ").lede("\tCity closes its bridge.\n").build();

        FormattedStory formatted = HouseFormat.format(document);

        assertEquals("Bridge shut", formatted.title());
        assertEquals("City closes its bridge.", formatted.lede());
    }
}

package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.FactColors;
import org.junit.jupiter.api.Test;

class SourceHighlightsTest {

    private static final long SOURCE = 7;
    private static final long OTHER_SOURCE = 8;

    /** Builds a story whose facts cite excerpts given as {sourceId, start, end} triples. */
    private static final class Document {
        private final List<Fact> facts = new ArrayList<>();
        private final Map<Long, Excerpt> excerpts = new HashMap<>();
        private long nextId = 100;

        Document fact(String text, long[]... cited) {
            List<Citation> citations = new ArrayList<>();
            for (long[] excerpt : cited) {
                long id = nextId++;
                excerpts.put(id, new Excerpt(id, excerpt[0], (int) excerpt[1], (int) excerpt[2], "", "", ""));
                citations.add(new Citation(excerpt[0], id));
            }
            facts.add(new Fact(facts.size() + 1, text, citations, ReviewStatus.UNCHECKED, colourAt(facts.size())));
            return this;
        }

        Document factCitingWholeSource(long sourceId) {
            facts.add(new Fact(facts.size() + 1, "whole", List.of(Citation.ofWholeSource(sourceId)), null,
                    colourAt(facts.size())));
            return this;
        }

        StoryDocument build() {
            Source source = new Source(SOURCE, "Herald", "", "", "", null, "", "", Instant.EPOCH);
            Source other = new Source(OTHER_SOURCE, "Gazette", "", "", "", null, "", "", Instant.EPOCH);
            return new StoryDocument(new Story(1, "Story", "", HouseStyle.DEFAULT), facts, List.of(),
                    Map.of(SOURCE, source, OTHER_SOURCE, other), excerpts);
        }
    }

    private static long[] at(long source, int start, int end) {
        return new long[] {source, start, end};
    }

    /**
     * The colour the fixture gives the fact made at {@code position}: counting down from the last, so that a
     * colour worked out from the fact's id (its position + 1) or its position would not match.
     */
    private static int colourAt(int position) {
        return Fact.COLOURS - 1 - position % Fact.COLOURS;
    }

    /** A range of the facts at these positions, in the colour of the first of them. */
    private static HighlightRange range(int start, int end, Integer... facts) {
        return new HighlightRange(start, end, List.of(facts), FactColors.styleClass(colourAt(facts[0])));
    }

    @Test
    void aPassageKeepsItsFactsColourWhenTheFactsAreReordered() {
        StoryDocument document = new Document()
                .fact("first", at(SOURCE, 30, 40))
                .fact("second", at(SOURCE, 0, 10))
                .fact("third", at(SOURCE, 50, 60))
                .build();
        List<Fact> reversed = new ArrayList<>(document.facts());
        java.util.Collections.reverse(reversed);
        StoryDocument reordered = new StoryDocument(document.story(), reversed, document.narratives(),
                document.sources(), document.excerpts());

        List<String> before = SourceHighlights.of(document, SOURCE, 100).stream().map(HighlightRange::colour).toList();
        List<HighlightRange> after = SourceHighlights.of(reordered, SOURCE, 100);
        assertEquals(before, after.stream().map(HighlightRange::colour).toList());
        assertEquals(List.of(1, 2, 0), after.stream().map(range -> range.factIndexes().get(0)).toList(),
                "the positions did change");
        assertEquals(3, before.stream().distinct().count(), "three facts made in turn, three colours");
    }

    @Test
    void anOrphanedExcerptIsNotHighlightedAtItsOldOffsets() {
        StoryDocument document = new Document().fact("kept", at(SOURCE, 30, 40)).fact("lost", at(SOURCE, 5, 12))
                .build();
        Excerpt lost = document.excerpts().values().stream().filter(excerpt -> excerpt.start() == 5).findFirst()
                .orElseThrow();
        Map<Long, Excerpt> excerpts = new HashMap<>(document.excerpts());
        excerpts.put(lost.id(), lost.orphaned());
        StoryDocument corrected = new StoryDocument(document.story(), document.facts(), List.of(),
                document.sources(), excerpts);

        assertEquals(List.of(range(30, 40, 0)), SourceHighlights.of(corrected, SOURCE, 1000));
    }

    @Test
    void eachCitedExcerptOfTheSourceIsHighlightedInItsFactsPosition() {
        StoryDocument document = new Document()
                .fact("first", at(SOURCE, 30, 40))
                .fact("second", at(OTHER_SOURCE, 0, 10))
                .fact("third", at(SOURCE, 5, 12), at(OTHER_SOURCE, 50, 60))
                .build();

        assertEquals(List.of(range(5, 12, 2), range(30, 40, 0)), SourceHighlights.of(document, SOURCE, 1000));
    }

    @Test
    void overlappingExcerptsOfTwoFactsSplitIntoOwnAndSharedStretches() {
        StoryDocument document = new Document()
                .fact("first", at(SOURCE, 10, 30))
                .fact("second", at(SOURCE, 20, 40))
                .build();

        List<HighlightRange> ranges = SourceHighlights.of(document, SOURCE, 1000);

        assertEquals(List.of(range(10, 20, 0), range(20, 30, 0, 1), range(30, 40, 1)), ranges);
        assertTrue(ranges.get(1).isShared());
        assertFalse(ranges.get(0).isShared());
    }

    @Test
    void aPassageCitedByThreeFactsIsOneSharedRange() {
        StoryDocument document = new Document()
                .fact("a", at(SOURCE, 10, 20))
                .fact("b", at(SOURCE, 10, 20))
                .fact("c", at(SOURCE, 10, 20))
                .build();

        assertEquals(List.of(range(10, 20, 0, 1, 2)), SourceHighlights.of(document, SOURCE, 1000));
    }

    @Test
    void anExcerptInsideAnotherOfTheSameFactStaysOneRange() {
        StoryDocument document = new Document()
                .fact("a", at(SOURCE, 10, 50), at(SOURCE, 20, 30))
                .build();

        assertEquals(List.of(range(10, 50, 0)), SourceHighlights.of(document, SOURCE, 1000));
    }

    @Test
    void touchingExcerptsOfDifferentFactsStaySeparate() {
        StoryDocument document = new Document()
                .fact("a", at(SOURCE, 10, 20))
                .fact("b", at(SOURCE, 20, 30))
                .build();

        assertEquals(List.of(range(10, 20, 0), range(20, 30, 1)), SourceHighlights.of(document, SOURCE, 1000));
    }

    @Test
    void excerptsBeyondTheTextAreClippedOrDropped() {
        StoryDocument document = new Document()
                .fact("a", at(SOURCE, 90, 120))
                .fact("b", at(SOURCE, 150, 160))
                .build();

        assertEquals(List.of(range(90, 100, 0)), SourceHighlights.of(document, SOURCE, 100));
    }

    @Test
    void wholeSourceCitationsAndAMissingDocumentHighlightNothing() {
        StoryDocument document = new Document().factCitingWholeSource(SOURCE).build();

        assertEquals(List.of(), SourceHighlights.of(document, SOURCE, 100));
        assertEquals(List.of(), SourceHighlights.of(null, SOURCE, 100));
    }

    @Test
    void theRangeUnderAnOffsetIsFoundAndGapsHaveNone() {
        List<HighlightRange> ranges = List.of(range(5, 12, 2), range(30, 40, 0), range(40, 45, 0, 1));

        assertEquals(range(5, 12, 2), SourceHighlights.at(ranges, 5).orElseThrow());
        assertEquals(range(5, 12, 2), SourceHighlights.at(ranges, 11).orElseThrow());
        assertTrue(SourceHighlights.at(ranges, 12).isEmpty(), "the end is just past the range");
        assertTrue(SourceHighlights.at(ranges, 20).isEmpty());
        assertEquals(range(40, 45, 0, 1), SourceHighlights.at(ranges, 40).orElseThrow());
        assertTrue(SourceHighlights.at(List.of(), 0).isEmpty());
    }

    @Test
    void theCaptionNamesTheFactsFromOneAndQuotesTheirOpenings() {
        StoryDocument document = new Document()
                .fact("The ferry keeps its full winter timetable.")
                .fact("")
                .fact("x".repeat(100))
                .build();

        assertEquals("Cited by fact 1\n1. The ferry keeps its full winter timetable.",
                SourceHighlights.caption(range(0, 1, 0), document));
        assertEquals("Cited by fact 1 and fact 2\n1. The ferry keeps its full winter timetable.\n2. (no text yet)",
                SourceHighlights.caption(range(0, 1, 0, 1), document));
        assertEquals("Cited by fact 1, fact 2 and fact 3", SourceHighlights.caption(range(0, 1, 0, 1, 2), document)
                .lines().findFirst().orElseThrow());
        assertTrue(SourceHighlights.caption(range(0, 1, 2), document).endsWith("3. " + "x".repeat(70) + "…"));
    }
}

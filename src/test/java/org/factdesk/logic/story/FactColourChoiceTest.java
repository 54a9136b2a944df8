package org.factdesk.logic.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.factdesk.model.Fact;
import org.factdesk.model.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FactColourChoiceTest {

    @Test
    void theFirstFactOfAStoryGetsTheFirstColour() {
        assertEquals(0, FactColourChoice.forInsert(List.of(), 0));
    }

    @Test
    void factsAppendedInTurnWearEveryColourBeforeAnyRepeats() {
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < 2 * Fact.COLOURS; i++) {
            colours.add(FactColourChoice.forInsert(colours, colours.size()));
        }

        assertEquals(IntStream.range(0, 2 * Fact.COLOURS).map(i -> i % Fact.COLOURS).boxed().toList(), colours);
    }

    /** colours of the story | insert at | expected: least used, lowest on a tie, never a neighbour's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0 1 2 3 4 5 6   | 7 | 7",
        "0 1 2 3 4 5 6 7 | 8 | 0",
        "0 1 2 3 4 5 6 7 | 1 | 2",
        "0 1 2 3 4 5 6 7 | 0 | 1",
        "1 0 1 0         | 2 | 2",
        "2 2 2 3 3 4     | 6 | 0",
        "0 0 1 1 2 2 3 3 4 4 5 5 6 6 7 | 15 | 0",
        "0 0 1 1 2 2 3 3 4 4 5 5 6 6 7 | 14 | 0",
        "0 0 1 1 2 2 3 3 4 4 5 5 6 6 7 | 13 | 7",
        "0 0 1 1 2 2 3 3 4 4 5 5 6 6 7 | 12 | 7",
    })
    void theLeastUsedColourNoNeighbourWearsIsChosen(String story, int position, int expected) {
        assertEquals(expected, FactColourChoice.forInsert(colours(story), position));
    }

    @Test
    void theLeastUsedColourLosesToTheNextWhenANeighbourWearsIt() {
        // 7 is used least, but the fact before the gap wears it.
        assertEquals(0, FactColourChoice.forInsert(colours("0 1 2 3 4 5 6 0 1 2 3 4 5 6 7"), 15));
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, 99})
    void aPositionOutsideTheStoryCountsAsItsNearestEnd(int position) {
        List<Integer> story = colours("3 0 1 2");
        int clamped = position < 0 ? 0 : story.size();

        assertEquals(FactColourChoice.forInsert(story, clamped), FactColourChoice.forInsert(story, position));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2031})
    void twoNeighboursNeverShareAColourAfterInsertsInTheMiddle(long seed) {
        Random random = new Random(seed);
        List<Fact> facts = new ArrayList<>();
        for (int made = 0; made < 300; made++) {
            int position = random.nextInt(facts.size() + 1);
            int colour = FactColourChoice.forNewFact(facts, position);
            facts.add(position, new Fact(-made - 1, "Fact " + made, List.of(), ReviewStatus.UNCHECKED, colour));
            for (int i = 1; i < facts.size(); i++) {
                assertNotEquals(facts.get(i - 1).colour(), facts.get(i).colour(),
                        "facts " + i + " and " + (i + 1) + " after " + (made + 1) + " inserts");
            }
        }
        long[] uses = new long[Fact.COLOURS];
        facts.forEach(fact -> uses[fact.colour()]++);
        long fewest = java.util.Arrays.stream(uses).min().orElseThrow();
        long most = java.util.Arrays.stream(uses).max().orElseThrow();
        assertTrue(most - fewest <= 2, "the colours stay evenly spread: " + java.util.Arrays.toString(uses));
    }

    @Test
    void theSameEditsAlwaysGiveTheSameColours() {
        assertEquals(madeInOrder(42), madeInOrder(42));
    }

    private static List<Integer> madeInOrder(long seed) {
        Random random = new Random(seed);
        List<Integer> colours = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int position = random.nextInt(colours.size() + 1);
            colours.add(position, FactColourChoice.forInsert(colours, position));
        }
        return colours;
    }

    private static List<Integer> colours(String spaced) {
        return java.util.Arrays.stream(spaced.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}

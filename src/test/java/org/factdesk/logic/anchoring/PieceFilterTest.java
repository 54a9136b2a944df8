package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PieceFilterTest {

    @Test
    void everyPlaceWithinTheBoundEndsInARange() {
        Random random = new Random(8);
        for (int round = 0; round < 40; round++) {
            String text = words(random, 120);
            int at = random.nextInt(text.length() - 60);
            String pattern = text.substring(at, at + 60);
            int maxErrors = random.nextInt(5);
            String edited = text.substring(0, at + 20) + "xy" + text.substring(at + 22 + random.nextInt(3));

            List<PieceFilter.EndRange> ranges = PieceFilter.endRanges(edited, pattern, maxErrors).orElseThrow();

            for (ApproximateSearch.End end : ApproximateSearch.ends(edited, pattern, maxErrors)) {
                assertTrue(ranges.stream().anyMatch(range -> range.from() <= end.end() && end.end() <= range.to()),
                        "end " + end + " in " + ranges);
            }
        }
    }

    @Test
    void rangesAreMergedAndInTextOrder() {
        String text = "the quay closes at six; the quay closes at six; later the quay opens.";

        List<PieceFilter.EndRange> ranges = PieceFilter.endRanges(text, "the quay closes at six", 1).orElseThrow();

        assertEquals(2, ranges.size(), ranges.toString());
        assertTrue(ranges.get(0).to() < ranges.get(1).from());
        assertTrue(ranges.get(0).from() <= 22 && 22 <= ranges.get(0).to());
    }

    @Test
    void piecesTooShortToFilterGiveNoRanges() {
        assertEquals(Optional.empty(), PieceFilter.endRanges("any text at all", "short quote", 2));
        assertEquals(Optional.empty(), PieceFilter.endRanges("any text at all", "short quote", -1));
    }

    private static String words(Random random, int count) {
        String[] words = {"quay", "ferry", "tide", "lamp", "keeper", "storm", "harbour", "boat", "at", "the"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }
}

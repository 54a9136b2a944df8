package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteSearchTest {

    private static final String[] WORDS = {"the", "ferry", "left", "quay", "at", "nine", "keeper", "said", "lamp",
        "storm", "harbour", "closed", "boats", "late", "on", "Monday"};

    /**
     * Where the search looks first only saves work: from any expected place (right, wrong, outside the text) the
     * place found is the one that scoring every candidate of the text gives.
     */
    @Test
    void thePlaceFoundDoesNotDependOnWhereTheSearchLooksFirst() {
        Random random = new Random(2026);
        for (int round = 0; round < 60; round++) {
            String text = sentences(random, 40);
            int start = random.nextInt(text.length() - 120);
            int end = start + 40 + random.nextInt(80);
            String exact = text.substring(start, end);
            TextQuote quote = new TextQuote(exact, text.substring(Math.max(0, start - 32), start),
                    text.substring(end, Math.min(text.length(), end + 32)), start);
            String corrected = sentences(random, 3) + text.substring(0, start + 10) + "zq"
                    + text.substring(start + 12 + random.nextInt(4));
            int maxErrors = exact.length() / ExcerptReanchoring.CHARACTERS_PER_ERROR;

            Optional<QuoteSearch.Found> everywhere = QuoteSearch.approximate(corrected, quote, maxErrors,
                    Integer.MAX_VALUE / 2);
            for (int expected : new int[] {start, start + 60, 0, random.nextInt(corrected.length()), -500}) {
                assertEquals(everywhere, QuoteSearch.approximate(corrected, quote, maxErrors, expected),
                        "round " + round + ", looking first at " + expected);
            }
        }
    }

    private static String sentences(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            for (int w = 0; w < 5 + random.nextInt(6); w++) {
                text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            text.append(". ");
        }
        return text.toString();
    }
}

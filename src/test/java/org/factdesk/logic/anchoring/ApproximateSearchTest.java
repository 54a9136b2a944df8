package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApproximateSearchTest {

    @Test
    void anExactOccurrenceHasNoErrors() {
        List<ApproximateSearch.Match> matches = ApproximateSearch.search("the ferry to Orm leaves at nine",
                "leaves at", 2);

        assertEquals(new ApproximateSearch.Match(17, 26, 0), matches.get(0));
    }

    @Test
    void aChangedWordIsFoundWithItsEdits() {
        List<ApproximateSearch.Match> matches = ApproximateSearch.search(
                "The harbour master said the ferry leaves at ten sharp.", "the ferry leaves at nine sharp", 7);

        assertEquals(1, matches.size());
        ApproximateSearch.Match match = matches.get(0);
        assertEquals("the ferry leaves at ten sharp", "The harbour master said the ferry leaves at ten sharp."
                .substring(match.start(), match.end()));
        assertEquals(3, match.errors(), "nine to ten: two letters changed, one left out");
    }

    @Test
    void nothingIsFoundBeyondTheBound() {
        assertTrue(ApproximateSearch.search("quiet streets and empty squares", "a bustling market", 3).isEmpty());
    }

    @Test
    void anEmptyPatternFindsNothing() {
        assertTrue(ApproximateSearch.search("any text", "", 3).isEmpty());
    }

    /** Patterns shorter than, equal to and longer than one 64-bit word, and several words long. */
    @ParameterizedTest
    @ValueSource(ints = {1, 5, 63, 64, 65, 127, 128, 200})
    void everyCandidateHasTheEditsAPlainDynamicProgrammeGives(int patternLength) {
        Random random = new Random(patternLength * 31L);
        for (int round = 0; round < 20; round++) {
            String text = randomText(random, 400);
            int at = random.nextInt(text.length() - patternLength);
            String pattern = mutate(random, text.substring(at, at + patternLength), patternLength / 8);
            int maxErrors = Math.max(1, patternLength / 4);

            List<ApproximateSearch.Match> matches = ApproximateSearch.search(text, pattern, maxErrors);

            int[] best = bestEndErrors(text, pattern);
            for (ApproximateSearch.Match match : matches) {
                assertEquals(best[match.end()], match.errors(), "errors at end " + match.end());
                assertEquals(match.errors(), ApproximateSearch.distance(text.substring(match.start(), match.end()),
                        pattern), "the start gives the same number of edits");
            }
            // Each run of adjacent ends within the bound gives one candidate, at the run's fewest edits.
            int candidate = 0;
            for (int end = 1; end <= text.length(); end++) {
                if (best[end] > maxErrors) {
                    continue;
                }
                int runStart = end;
                int fewest = best[end];
                while (end + 1 <= text.length() && best[end + 1] <= maxErrors) {
                    end++;
                    fewest = Math.min(fewest, best[end]);
                }
                ApproximateSearch.Match match = matches.get(candidate++);
                assertTrue(match.end() >= runStart && match.end() <= end, "candidate in its run");
                assertEquals(fewest, match.errors());
            }
            assertEquals(candidate, matches.size(), "no candidate outside a run");
        }
    }

    @Test
    void charactersBeyondAsciiAreMatchedLikeAnyOther() {
        String text = "Le señor Øberg a dit: « la jetée ferme à six heures », selon le port.";

        List<ApproximateSearch.Match> matches = ApproximateSearch.search(text, "la jetée ferme à sept heures", 5);

        assertEquals(1, matches.size());
        assertEquals("la jetée ferme à six heures", text.substring(matches.get(0).start(), matches.get(0).end()));
    }

    @Test
    void aPatternOfManyDifferentCharactersBeyondAsciiFindsEachOfThem() {
        StringBuilder pattern = new StringBuilder();
        for (char c = 'Ā'; c < 'Ā' + 90; c++) {
            pattern.append(c);
        }
        String text = "ascii before " + pattern + " ascii after";

        List<ApproximateSearch.Match> matches = ApproximateSearch.search(text, pattern.toString(), 3);

        assertEquals(List.of(new ApproximateSearch.Match(13, 13 + 90, 0)), matches);
    }

    /** Scanning around a range gives the whole scan's candidates there, whatever the range and pattern length. */
    @ParameterizedTest
    @ValueSource(ints = {6, 40, 64, 90, 150})
    void theCandidatesAroundARangeAreThoseOfTheWholeText(int patternLength) {
        Random random = new Random(patternLength * 17L);
        for (int round = 0; round < 30; round++) {
            String text = randomText(random, 600);
            int at = random.nextInt(text.length() - patternLength);
            String pattern = mutate(random, text.substring(at, at + patternLength), patternLength / 8);
            int maxErrors = Math.max(1, patternLength / 4);
            int from = random.nextInt(text.length());
            int to = from + random.nextInt(80);

            List<ApproximateSearch.End> whole = ApproximateSearch.ends(text, pattern, maxErrors);
            List<ApproximateSearch.End> around = ApproximateSearch.endsAround(text, pattern,
                    PatternMasks.of(pattern), maxErrors, from, to);

            for (ApproximateSearch.End end : around) {
                assertTrue(whole.contains(end), "a candidate of the whole scan: " + end);
            }
            int[] best = bestEndErrors(text, pattern);
            for (int end = Math.max(1, from); end <= Math.min(text.length(), to); end++) {
                if (best[end] <= maxErrors) {
                    int inRun = end;
                    assertTrue(around.stream().anyMatch(found -> runHolds(best, maxErrors, found.end(), inRun)),
                            "the run holding end " + end + " is found");
                }
            }
        }
    }

    /** Whether ends {@code a} and {@code b} are in one run of ends within the bound. */
    private static boolean runHolds(int[] best, int maxErrors, int a, int b) {
        for (int end = Math.min(a, b); end <= Math.max(a, b); end++) {
            if (best[end] > maxErrors) {
                return false;
            }
        }
        return true;
    }

    @Test
    void distanceCountsEdits() {
        assertEquals(0, ApproximateSearch.distance("tide", "tide"));
        assertEquals(1, ApproximateSearch.distance("tide", "ride"));
        assertEquals(2, ApproximateSearch.distance("tide", "tidings".substring(0, 2)));
        assertEquals(4, ApproximateSearch.distance("", "tide"));
    }

    /** best[j]: the fewest edits of the pattern to any text substring ending at j (Sellers' table). */
    private static int[] bestEndErrors(String text, String pattern) {
        int m = pattern.length();
        int[] column = new int[m + 1];
        int[] best = new int[text.length() + 1];
        for (int i = 0; i <= m; i++) {
            column[i] = i;
        }
        best[0] = m;
        for (int j = 1; j <= text.length(); j++) {
            int diagonal = column[0];
            column[0] = 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                column[i] = Math.min(diagonal + (pattern.charAt(i - 1) == text.charAt(j - 1) ? 0 : 1),
                        Math.min(up + 1, column[i - 1] + 1));
                diagonal = up;
            }
            best[j] = column[m];
        }
        return best;
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("abcde fgh".charAt(random.nextInt(9)));
        }
        return text.toString();
    }

    private static String mutate(Random random, String text, int edits) {
        StringBuilder mutated = new StringBuilder(text);
        for (int i = 0; i < edits && mutated.length() > 1; i++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.setCharAt(at, 'x');
                case 1 -> mutated.deleteCharAt(at);
                default -> mutated.insert(at, 'y');
            }
        }
        return mutated.toString();
    }
}

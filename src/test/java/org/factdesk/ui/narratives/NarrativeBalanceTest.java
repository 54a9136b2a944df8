package org.factdesk.ui.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.ui.narratives.NarrativeBalance.Entry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrativeBalanceTest {

    @ParameterizedTest(name = "{0} and {1} words: uneven {2}")
    @CsvSource({
        "10, 20, false",
        "10, 21, true",
        "21, 10, true",
        "0, 50, false",
        "0, 0, false",
        "1, 3, true",
    })
    void warnsOnlyAboveTwiceTheWordsAmongNonEmptyNarratives(int first, int second, boolean uneven) {
        NarrativeBalance balance = NarrativeBalance.of(List.of(new Entry("A", first), new Entry("B", second)));
        assertEquals(uneven, balance.uneven());
    }

    @ParameterizedTest(name = "\"{0}\" has {1} words")
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "'   '|0",
        "one|1",
        "' two  words\n'|2",
        "'tab\tand newline\nhere'|4",
    })
    void countsRunsOfNonSpace(String text, int words) {
        assertEquals(words, WordCount.of(text));
    }
}

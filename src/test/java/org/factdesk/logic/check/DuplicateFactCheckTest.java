package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.factdesk.model.Citation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DuplicateFactCheckTest {

    private static final Citation HERALD = Citation.ofWholeSource(Harbour.HERALD);

    private static List<Finding> check(String first, String second) {
        return new DuplicateFactCheck().check(Harbour.sources().fact(first, HERALD).fact(second, HERALD).checked());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The board voted to close the north pier.|The board voted to close the north pier.|the same text as facts[0]",
        "The board voted to close the north pier.|the BOARD voted, to close the north pier!|the same text as facts[0]",
        "The harbour board of Vellmouth voted on Tuesday to close the north pier of the town for repairs to its old "
            + "timber piles before the summer season begins.|The harbour board of Vellmouth voted on Tuesday to "
            + "close the north pier of the town for repairs to its rotten timber piles before the summer season "
            + "begins.|nearly the same text as facts[0]"})
    void theSameOrNearlyTheSameFactTwiceIsAWarningOnTheLaterOne(String first, String second, String how) {
        List<Finding> findings = check(first, second);

        assertEquals(1, findings.size());
        assertEquals("facts[1]", findings.get(0).place().toString());
        assertEquals("the fact has " + how + ": merge the two, or delete one", findings.get(0).message());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The council approved the plan.|The council rejected the plan.",
        "The council approved 40 homes.|The council approved 400 homes.",
        "Crews land 40% of the catch at the north pier.|Visitors land at the north pier each summer."})
    void factsThatDifferInSubstanceAreNotDuplicates(String first, String second) {
        assertEquals(List.of(), check(first, second));
    }

    @Test
    void similarityIsTheJaccardOfTheWordSets() {
        assertEquals(0.5, DuplicateFactCheck.jaccard(Set.of("a", "b", "c"), Set.of("b", "c", "d")), 1e-9);
        assertEquals(1.0, DuplicateFactCheck.jaccard(Set.of(), Set.of()), 1e-9);
    }
}

package org.factdesk.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.Place;
import org.junit.jupiter.api.Test;

class ErrorsBeforeExportTest {

    private static FindingRow error(int fact, String message) {
        return new FindingRow(Finding.error(Place.fact(fact), message, "quote:fact-" + fact + ":0"), Optional.empty());
    }

    @Test
    void theQuestionListsTheFirstFiveErrorsWithTheirPlacesAndCountsTheRest() {
        List<FindingRow> errors = IntStream.range(0, 7).mapToObj(i -> error(i, "the quote is not in source " + i))
                .toList();

        String details = ErrorsBeforeExport.details(errors);

        assertEquals("7 errors remain in this story", ErrorsBeforeExport.headline(errors));
        assertTrue(details.startsWith("Fact 1: The quote is not in source 0\nFact 2:"), details);
        assertTrue(details.contains("Fact 5: The quote is not in source 4\n…and 2 more."), details);
        assertTrue(!details.contains("Fact 6"), details);
    }

    @Test
    void oneErrorIsSaidInTheSingular() {
        assertEquals("1 error remains in this story", ErrorsBeforeExport.headline(List.of(error(0, "x"))));
    }
}

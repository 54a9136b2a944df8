package org.factdesk.ui.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.Place;
import org.factdesk.model.IgnoredFinding;
import org.junit.jupiter.api.Test;

class FindingRowTest {

    @Test
    void theWindowCountsPlacesInAMessageFromOneAsItsListDoes() {
        FindingRow row = new FindingRow(Finding.warning(Place.fact(3), "the fact has the same text as facts[0] and "
                + "narratives[11]", "duplicate:fact-9:ab"), Optional.empty());

        assertEquals("Fact 4", row.placeText());
        assertEquals("The fact has the same text as fact 1 and narrative 12", row.sentence());
        assertEquals("the fact has the same text as facts[0] and narratives[11]", row.message(), "the CLI's words");
    }

    @Test
    void aNumberIgnoredIsMarkedCheckedAndAnythingElseIgnored() {
        IgnoredFinding by = new IgnoredFinding(1, "number:fact-2:ab", "nell", Instant.parse("2031-06-14T09:30:00Z"));
        FindingRow number = new FindingRow(Finding.warning(Place.fact(1), "19 is in no cited source",
                "number:fact-2:ab"), Optional.of(by));
        FindingRow wording = new FindingRow(Finding.warning(Place.fact(1), "“claimed” is…", "wording:fact-2:cd"),
                Optional.of(by));

        assertTrue(number.isNumber());
        assertFalse(wording.isNumber());
        assertEquals("Marked checked by nell on 14 Jun 2031", number.ignoredText());
        assertEquals("Ignored by nell on 14 Jun 2031", wording.ignoredText());
    }
}

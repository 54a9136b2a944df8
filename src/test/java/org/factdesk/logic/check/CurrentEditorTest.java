package org.factdesk.logic.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.WordingChoice;
import org.junit.jupiter.api.Test;

class CurrentEditorTest {

    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00Z");
    private static final Clock CLOCK = Clock.fixed(MONDAY, ZoneOffset.UTC);

    @Test
    void anIgnoreRecordsTheFindingsKeyTheLoginNameAndTheTime() {
        Finding finding = Finding.warning(Place.fact(2), "the number 14 is in none of the cited sources",
                "number:fact-9:0011223344556677");

        assertEquals(new IgnoredFinding(5, "number:fact-9:0011223344556677", System.getProperty("user.name"),
                MONDAY), CurrentEditor.ignoring(5, finding, CLOCK));
    }

    @Test
    void aSilenceRecordsTheTermTheLoginNameAndTheTime() {
        assertEquals(WordingChoice.silence("regime", System.getProperty("user.name"), MONDAY),
                CurrentEditor.silencing("regime", CLOCK));
    }
}

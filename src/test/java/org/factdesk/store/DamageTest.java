package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.factdesk.model.ProjectDamagedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a damage report names the damaged source or story: by what it has, never by an empty pair of quotes. */
class DamageTest {

    private static final String HINT = " " + ProjectDamagedException.RECOVERY_HINT;

    @ParameterizedTest(name = "outlet [{0}], title [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Fernby Post | Pier reopens | ' (Fernby Post, \"Pier reopens\")'",
        "Fernby Post | ''          | ' (Fernby Post)'",
        "Fernby Post | '   '       | ' (Fernby Post)'",
        "Fernby Post | null        | ' (Fernby Post)'",
        "''          | Pier reopens | ' (\"Pier reopens\")'",
        "null        | Pier reopens | ' (\"Pier reopens\")'",
        "''          | ''          | ''",
        "null        | null        | ''"})
    void aSourceIsNamedByItsOutletAndTitleLeavingOutWhatItLacks(String outlet, String title, String name) {
        assertEquals(name, Damage.sourceName(outlet, title));
    }

    @Test
    void anUntitledSourceIsReportedByItsOutletAlone() {
        ProjectDamagedException damage = Damage.source(2, "Fernby Post", "", "its text does not match its checksum",
                null);

        assertEquals("Source 2 (Fernby Post) is damaged in the project file: its text does not match its checksum."
                + HINT, damage.getMessage());
    }

    @Test
    void anUntitledStoryIsReportedByItsIdAlone() {
        ProjectDamagedException damage = Damage.story(4, "  ", "its title, lede or style cannot be read", null);

        assertEquals("Story 4 is damaged in the project file: its title, lede or style cannot be read." + HINT,
                damage.getMessage());
    }

    @Test
    void aTitledStoryIsReportedWithItsTitleInQuotes() {
        ProjectDamagedException damage = Damage.story(4, "Pier reopens", "fact 9 does not match its checksum",
                null);

        assertEquals("Story 4 (\"Pier reopens\") is damaged in the project file: fact 9 does not match its checksum."
                + HINT, damage.getMessage());
    }
}

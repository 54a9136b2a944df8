package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectDamagedException.Part;
import org.factdesk.model.WordingChoice;
import org.factdesk.model.WordingChoice.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Damage to the check settings is reported by name, like damage anywhere else in the file, and costs only the
 * settings: the project still opens and its stories still load.
 */
class CheckSettingsDamageTest extends DamagedProjectCase {

    private static final String HINT = " " + ProjectDamagedException.RECOVERY_HINT;
    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00Z");

    private final H2ProjectFiles files = new H2ProjectFiles();

    @BeforeEach
    void keepSettings() throws Exception {
        try (Project project = files.open(fixture.file())) {
            project.checks().ignoreFinding(new IgnoredFinding(fixture.storyId(),
                    "wording:fact-" + fixture.factWithWordId() + ":Gorsemoor", "imogen", MONDAY));
            project.checks().chooseWording(new WordingChoice(Kind.WATCH, "Heathrigg", "puffery", "fixed",
                    List.of("plain"), "It praises.", "imogen", MONDAY));
        }
    }

    @Test
    void anAlteredIgnoreIsReportedAsDamageToItsStoryWhichStillLoads() throws Exception {
        fixture.alter("Gorsemoor", "Gorsemoos");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.checks().ignoredFindings(fixture.storyId()));

            assertEquals("Story " + fixture.storyId() + " (\"Tidewater bridge shut\") is damaged in the project file: "
                    + "ignored finding 1 does not match its checksum." + HINT, damage.getMessage());
            assertEquals(Part.STORY, damage.part());
            assertEquals(fixture.storyId(), damage.partId());
            assertEquals(2, project.stories().loadStory(fixture.storyId()).facts().size());
            assertEquals(List.of(), project.checks().ignoredFindings(fixture.otherStoryId()));
        }
    }

    @Test
    void anIgnoreOfAStoryWhoseOwnRowIsDamagedNamesTheStoryByItsIdAlone() throws Exception {
        fixture.alter("Gorsemoor", "Gorsemoos");
        fixture.alter("Tidewater", "Tidewaxer");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.checks().ignoredFindings(fixture.storyId()));

            assertEquals("Story " + fixture.storyId() + " is damaged in the project file: ignored finding 1 does not "
                    + "match its checksum." + HINT, damage.getMessage());
        }
    }

    @Test
    void anAlteredWordingChoiceIsReportedByItsIdAndTheStoriesStillLoad() throws Exception {
        fixture.alter("Heathrigg", "Heathrigs");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.checks().wordingChoices());

            assertEquals("The project file is damaged: wording choice 1 does not match its checksum." + HINT,
                    damage.getMessage());
            assertEquals(Part.FILE, damage.part());
            assertEquals(2, project.stories().loadStory(fixture.storyId()).facts().size());
        }
    }

    /** The term key decides which choice a new one replaces: a wrong one behind Factdesk's back is damage. */
    @Test
    void aWordingChoiceFiledUnderAnotherTermIsDamaged() throws Exception {
        fixture.sql("UPDATE wording_choice SET term_key = 'heathrig'");

        try (Project project = files.open(fixture.file())) {
            assertThrows(ProjectDamagedException.class, () -> project.checks().wordingChoices());
        }
    }

    @Test
    void aSuggestionThatCannotBeReadIsDamage() throws Exception {
        fixture.sql("UPDATE wording_choice SET suggestions = ARRAY['plain', NULL]");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.checks().wordingChoices());

            assertEquals("The project file is damaged: wording choice 1 holds a value that cannot be read." + HINT,
                    damage.getMessage());
        }
    }

    @Test
    void anIgnoreChangedBehindFactdesksBackIsDamageToItsStory() throws Exception {
        fixture.sql("UPDATE ignored_finding SET finding_key = ' '");

        try (Project project = files.open(fixture.file())) {
            ProjectDamagedException damage = assertThrows(ProjectDamagedException.class,
                    () -> project.checks().ignoredFindings(fixture.storyId()));

            assertEquals(Part.STORY, damage.part());
        }
    }
}

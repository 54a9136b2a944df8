package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factdesk.model.CheckSettings;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectStorageException;
import org.factdesk.model.WordingChoice;
import org.factdesk.model.WordingChoice.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ignored findings and wording choices a project keeps in its file (schema version 5). */
class H2CheckSettingsTest {

    /** The file keeps microseconds: instants with whole microseconds read back equal. */
    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00.123456Z");
    private static final Instant TUESDAY = Instant.parse("2031-03-04T16:40:00Z");

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();

    private Path file() {
        return folder.resolve("quay.mv.db");
    }

    private long newStory(Project project, String title) {
        return project.stories().createStory(title, "", HouseStyle.DEFAULT).id();
    }

    @Test
    void anIgnoreIsKeptInTheFileWithWhoIgnoredItAndWhen() throws Exception {
        long storyId;
        try (Project project = files.openOrCreate(file())) {
            storyId = newStory(project, "Quay lights fail");
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "number:fact-3:0a1b2c3d4e5f6071", "imogen",
                    MONDAY));
        }

        try (Project project = files.open(file())) {
            assertEquals(List.of(new IgnoredFinding(storyId, "number:fact-3:0a1b2c3d4e5f6071", "imogen", MONDAY)),
                    project.checks().ignoredFindings(storyId));
        }
    }

    @Test
    void anInstantFinerThanAMicrosecondIsKeptToTheMicrosecond() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            long storyId = newStory(project, "Quay lights fail");
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "quote:fact-1:00", "imogen",
                    Instant.parse("2031-03-03T09:15:00.123456789Z")));

            assertEquals(Instant.parse("2031-03-03T09:15:00.123456Z"),
                    project.checks().ignoredFindings(storyId).get(0).ignoredAt());
        }
    }

    @Test
    void ignoringAKeyAgainReplacesTheEarlierIgnoreAndTheyComeOldestFirst() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            CheckSettings checks = project.checks();
            long storyId = newStory(project, "Quay lights fail");
            checks.ignoreFinding(new IgnoredFinding(storyId, "wording:fact-4:aa", "imogen", MONDAY));
            checks.ignoreFinding(new IgnoredFinding(storyId, "number:fact-5:bb", "imogen", MONDAY.plusSeconds(60)));
            checks.ignoreFinding(new IgnoredFinding(storyId, "wording:fact-4:aa", "tomasz", TUESDAY));

            assertEquals(List.of(new IgnoredFinding(storyId, "number:fact-5:bb", "imogen", MONDAY.plusSeconds(60)),
                    new IgnoredFinding(storyId, "wording:fact-4:aa", "tomasz", TUESDAY)),
                    checks.ignoredFindings(storyId));
        }
    }

    @Test
    void ignoresBelongToTheirStoryAndUnignoringTakesBackOnlyThatOne() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            CheckSettings checks = project.checks();
            long quay = newStory(project, "Quay lights fail");
            long ferry = newStory(project, "Ferry late again");
            checks.ignoreFinding(new IgnoredFinding(quay, "narrative:story:cc", "imogen", MONDAY));
            checks.ignoreFinding(new IgnoredFinding(ferry, "narrative:story:cc", "imogen", MONDAY));
            checks.ignoreFinding(new IgnoredFinding(ferry, "outlets:story:dd", "imogen", TUESDAY));

            checks.unignoreFinding(ferry, "narrative:story:cc");
            checks.unignoreFinding(ferry, "never:ignored:ee");

            assertEquals(List.of("narrative:story:cc"), keys(checks.ignoredFindings(quay)));
            assertEquals(List.of("outlets:story:dd"), keys(checks.ignoredFindings(ferry)));
            assertEquals(List.of(), checks.ignoredFindings(9_999), "no such story has no ignores");
        }
    }

    @Test
    void deletingAStoryDeletesItsIgnores() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            long storyId = newStory(project, "Quay lights fail");
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "citation:fact-1:ff", "imogen", MONDAY));

            project.stories().deleteStory(storyId);

            assertEquals(0, rows(project, "ignored_finding"));
        }
    }

    @Test
    void ignoringAFindingInAStoryThatIsGoneIsRefusedAndNothingIsWritten() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            assertThrows(ProjectStorageException.class, () -> project.checks().ignoreFinding(
                    new IgnoredFinding(42, "citation:fact-1:ff", "imogen", MONDAY)));

            assertEquals(0, rows(project, "ignored_finding"));
        }
    }

    @Test
    void aWordingChoiceIsKeptWithEveryFieldAndTheSuggestionsInOrder() throws Exception {
        WordingChoice watch = new WordingChoice(Kind.WATCH, "lashed out", "editorialising", "verb",
                List.of("criticised", "said"), "It casts a remark as an attack.", "imogen", MONDAY);
        WordingChoice silence = WordingChoice.silence("regime", "tomasz", TUESDAY);
        try (Project project = files.openOrCreate(file())) {
            project.checks().chooseWording(silence);
            project.checks().chooseWording(watch);
        }

        try (Project project = files.open(file())) {
            assertEquals(List.of(watch, silence), project.checks().wordingChoices(), "oldest first");
        }
    }

    @Test
    void aChoiceForTheSameTermWrittenDifferentlyReplacesTheEarlierOne() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            CheckSettings checks = project.checks();
            checks.chooseWording(new WordingChoice(Kind.WATCH, "so-called", "doubt", "fixed", List.of(),
                    "It doubts a name.", "imogen", MONDAY));
            checks.chooseWording(WordingChoice.silence("  So   Called ", "tomasz", TUESDAY));

            assertEquals(List.of(WordingChoice.silence("  So   Called ", "tomasz", TUESDAY)), checks.wordingChoices());

            checks.forgetWordingChoice("SO-CALLED");
            assertEquals(List.of(), checks.wordingChoices());
            checks.forgetWordingChoice("so-called");
        }
    }

    @Test
    void aSavedCopyOfTheProjectKeepsItsIgnoresAndWordingChoices() throws Exception {
        Path copy = folder.resolve("quay copy.mv.db");
        long storyId;
        try (Project project = files.openOrCreate(file())) {
            storyId = newStory(project, "Quay lights fail");
            project.checks().ignoreFinding(new IgnoredFinding(storyId, "outlets:story:ab", "imogen", MONDAY));
            project.checks().chooseWording(WordingChoice.silence("regime", "imogen", TUESDAY));

            files.saveCopy(project, copy);
        }

        try (Project saved = files.open(copy)) {
            assertEquals(List.of(new IgnoredFinding(storyId, "outlets:story:ab", "imogen", MONDAY)),
                    saved.checks().ignoredFindings(storyId));
            assertEquals(List.of(WordingChoice.silence("regime", "imogen", TUESDAY)), saved.checks().wordingChoices());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"So-Called|so called", "  lashed   out |lashed out",
        "well\u2011known|well known", "tight-lipped\tsilence|tight lipped silence", "REGIME|regime"})
    void aTermIsComparedWithoutCaseWithHyphensAsSpacesAndOneSpaceApart(String term, String key) {
        assertEquals(key, WordingChoiceRows.termKey(term));
    }

    @Test
    void ignoresFromSeveralThreadsAtOnceAreAllKept() throws Exception {
        try (Project project = files.openOrCreate(file())) {
            long storyId = newStory(project, "Quay lights fail");
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String key = "number:fact-" + i + ":ab";
                    done.add(threads.submit(() -> project.checks().ignoreFinding(
                            new IgnoredFinding(storyId, key, "imogen", MONDAY))));
                }
                for (Future<?> each : done) {
                    each.get();
                }
            } finally {
                threads.shutdown();
            }

            assertEquals(40, project.checks().ignoredFindings(storyId).size());
        }
    }

    private static List<String> keys(List<IgnoredFinding> ignored) {
        return ignored.stream().map(IgnoredFinding::key).toList();
    }

    private static int rows(Project project, String table) {
        return ((H2Project) project).database().queryOne("SELECT COUNT(*) FROM " + table, statement -> { },
                row -> row.getInt(1)).orElseThrow();
    }
}

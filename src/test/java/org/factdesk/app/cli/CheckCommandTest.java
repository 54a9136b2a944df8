package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.WordingChoice;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check`: its line format, its JSON and its exit codes are contracts that scripts rely on. */
class CheckCommandTest {

    @TempDir
    Path folder;

    private Path project() {
        return folder.resolve("desk.mv.db");
    }

    /** Imports the clean harbour story, with {@code change} applied to its JSON text; returns its id. */
    private String imported(String from, String to) throws Exception {
        String json;
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("harbour-checks.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = json.replace(from, to);
        Path story = Files.writeString(folder.resolve("story.json"), changed, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("import", project().toString(), story.toString());
        assertEquals(0, run.status(), run.err());
        return run.lastOutLine();
    }

    private CliRun check(String storyId, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("check", project().toString(), "--story", storyId));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aCleanStoryPrintsNothingAndExitsZero() throws Exception {
        CliRun run = check(imported("", ""));

        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void warningsAlonePrintOneLineEachAndExitZero() throws Exception {
        CliRun run = check(imported("cannot wait.\"", "cannot wait, and the board has said so at every meeting it has held since the storms of last winter.\""));

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("warning narratives[0]: the narrative is 27 words long, more than twice the shortest (9 "
                + "words): shorten it, or give the others more"), run.outLines());
    }

    @Test
    void sideTakingWordsInAFactAreWarningsNamingTheirCategoryAndFix() throws Exception {
        CliRun run = check(imported("About 40% of the town's catch is landed at the north pier.",
                "About 40% of the town's catch is reportedly landed at the so-called north pier."));

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("warning facts[2]: “reportedly” is an unsupported attribution: it rests a fact on a report "
                        + "it does not name; name who says so, or cut it",
                "warning facts[2]: “so-called” is an expression of doubt: it signals that a name or description is "
                        + "not to be trusted; cut it, or attribute the doubt to whoever holds it"), run.outLines());
    }

    @Test
    void anErrorPrintsItsLineAndExitsOne() throws Exception {
        CliRun run = check(imported("\"Repairs are expected to begin in May.\", \"citations\": [{\"source\": \"radio\"}]",
                "\"Repairs are expected to begin in 2034, “whatever the weather.”\", \"citations\": [{\"source\": "
                        + "\"radio\"}]"));

        assertEquals(1, run.status(), run.err());
        assertEquals(2, run.outLines().size(), run.out());
        assertTrue(run.outLines().get(0).startsWith("error facts[4]: the quote “whatever the weather.” is not in "
                + "the cited sources (Gull Point Radio); nearest, in Gull Point Radio: “"), run.out());
        assertEquals("warning facts[4]: the number 2034 is in none of the cited sources (Gull Point Radio): check it "
                + "against them, and mark it checked if it is a conversion or a sum", run.outLines().get(1));
        assertEquals("", run.err());
    }

    @Test
    void jsonHoldsTheFindingsAndTheShares() throws Exception {
        CliRun run = check(imported("“keep patching timber", "“keep mending timber"), "--format", "json");

        assertEquals(1, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.get("errors").asInt());
        assertEquals(0, report.get("warnings").asInt());
        JsonNode finding = report.get("findings").get(0);
        assertEquals("error", finding.get("severity").asText());
        assertEquals("facts[1]", finding.get("place").asText());
        assertTrue(finding.get("key").asText().startsWith("quote:fact-"), finding.toString());
        long source = finding.get("passage").get("source").asLong();
        try (Project opened = new H2ProjectFiles().openForReading(project())) {
            String text = opened.library().sourceText(source);
            assertTrue(text.substring(finding.get("passage").get("start").asInt(),
                    finding.get("passage").get("end").asInt()).contains("timber"));
        }
        JsonNode shares = report.get("shares");
        assertEquals(5, shares.get("citedFacts").asInt());
        assertEquals("Gull Point Radio", shares.get("outlets").get(0).get("name").asText());
        assertEquals(3, shares.get("outlets").get(0).get("facts").asInt());
        assertEquals(0.6, shares.get("outlets").get(0).get("share").asDouble(), 1e-9);
        assertEquals("broadcaster", shares.get("perspectives").get(0).get("name").asText());
    }

    @Test
    void aMessageIsPrintedOnOneLineWithTerminalCharactersAsCodes() throws Exception {
        CliRun run = check(imported("\"providedBy\": \"Harbour Herald\"", "\"providedBy\": \"Harbour\\u202EHerald\""));

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("warning narratives[0]: its provider, Harbour<U+202E>Herald, is not among the outlets the "
                + "facts cite: cite it in a fact, or name the outlet that gives this narrative"), run.outLines());
    }

    @Test
    void anUnknownStoryIsOneErrorLineAndAMissingStoryOptionIsAUsageError() throws Exception {
        imported("", "");

        CliRun unknown = check("9");
        CliRun noStory = CliRun.of("check", project().toString());
        CliRun badFormat = check("1", "--format", "xml");

        assertEquals(1, unknown.status());
        assertEquals(List.of("factdesk: error: desk.mv.db has no story with id 9; 'factdesk list " + project()
                + "' shows the ids."), unknown.errLines());
        assertEquals("", unknown.out());
        assertEquals(2, noStory.status());
        assertEquals(2, badFormat.status());
    }

    private static final Instant MONDAY = Instant.parse("2031-03-03T09:15:00Z");
    private static final String LONG_NARRATIVE = "cannot wait, and the board has said so at every meeting it has held "
            + "since the storms of last winter.\"";

    /** The keys of the findings `check --format json` reports, in its order. */
    private List<String> keys(String storyId) throws Exception {
        JsonNode findings = new ObjectMapper().readTree(check(storyId, "--format", "json").out()).get("findings");
        List<String> keys = new java.util.ArrayList<>();
        findings.forEach(finding -> keys.add(finding.get("key").asText()));
        return keys;
    }

    private void inProject(java.util.function.Consumer<Project> change) throws Exception {
        try (Project project = new H2ProjectFiles().open(project())) {
            change.accept(project);
        }
    }

    @Test
    void aFindingIgnoredInTheStoryIsLeftOutAndTheJsonCountsIt() throws Exception {
        String storyId = imported("cannot wait.\"", LONG_NARRATIVE);
        String key = keys(storyId).get(0);
        inProject(project -> project.checks().ignoreFinding(new IgnoredFinding(Long.parseLong(storyId), key, "imogen",
                MONDAY)));

        CliRun text = check(storyId);
        JsonNode json = new ObjectMapper().readTree(check(storyId, "--format", "json").out());

        assertEquals(0, text.status(), text.err());
        assertEquals("", text.out());
        assertEquals("", text.err());
        assertEquals(1, json.get("ignored").asInt());
        assertEquals(0, json.get("warnings").asInt());
        assertEquals(0, json.get("findings").size());
    }

    @Test
    void anIgnoredErrorNoLongerFailsTheCheck() throws Exception {
        String storyId = imported("\"Repairs are expected to begin in May.\", \"citations\": [{\"source\": \"radio\"}]",
                "\"Repairs are expected to begin in 2034, “whatever the weather.”\", \"citations\": [{\"source\": "
                        + "\"radio\"}]");
        String quoteKey = keys(storyId).get(0);
        inProject(project -> project.checks().ignoreFinding(new IgnoredFinding(Long.parseLong(storyId), quoteKey,
                "imogen", MONDAY)));

        CliRun run = check(storyId);

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("warning facts[4]: the number 2034 is in none of the cited sources (Gull Point Radio): "
                + "check it against them, and mark it checked if it is a conversion or a sum"), run.outLines());
    }

    @Test
    void theProjectsWordingChoicesAddAndSilenceTerms() throws Exception {
        String storyId = imported("About 40% of the town's catch is landed at the north pier.",
                "About 40% of the town's catch is reportedly landed at the so-called north pier.");
        inProject(project -> {
            project.checks().chooseWording(WordingChoice.silence("Reportedly", "imogen", MONDAY));
            project.checks().chooseWording(new WordingChoice(WordingChoice.Kind.WATCH, "land", "euphemism", "verb",
                    List.of("bring ashore"), "Our desk says what boats do.", "imogen", MONDAY));
        });

        CliRun run = check(storyId);

        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("warning facts[2]: “landed” is a euphemism: our desk says what boats do; write “bring "
                        + "ashore” instead",
                "warning facts[2]: “so-called” is an expression of doubt: it signals that a name or description is "
                        + "not to be trusted; cut it, or attribute the doubt to whoever holds it"), run.outLines());
        assertEquals("", run.err());
    }

    @Test
    void aWatchedTermThatMakesNoLexiconEntryIsOneWarningLineAndTheCheckStillRuns() throws Exception {
        String storyId = imported("cannot wait.\"", LONG_NARRATIVE);
        inProject(project -> project.checks().chooseWording(new WordingChoice(WordingChoice.Kind.WATCH, "pier",
                "tone", "noun", List.of(), "It is a pier.", "imogen", MONDAY)));

        CliRun run = check(storyId);

        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.outLines().size(), run.out());
        assertEquals(List.of("factdesk: warning: the watched term “pier” is left out of the wording check: its "
                + "category “tone” is not one the lexicon knows; use puffery, label, attribution, doubt, "
                + "editorialising, euphemism, cliche"), run.errLines());
    }

    @Test
    void damagedIgnoresAreOneErrorLineAndTheCheckRunsWithoutThem() throws Exception {
        String storyId = imported("cannot wait.\"", LONG_NARRATIVE);
        String key = keys(storyId).get(0);
        inProject(project -> project.checks().ignoreFinding(new IgnoredFinding(Long.parseLong(storyId), key, "imogen",
                MONDAY)));
        StoredBytes.sql(project(), "UPDATE ignored_finding SET ignored_by = 'someone else'");

        CliRun run = check(storyId);

        assertEquals(1, run.status());
        assertEquals(1, run.outLines().size(), "the ignored warning is shown again: " + run.out());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith("factdesk: error: Story " + storyId + " (\""), run.err());
        assertTrue(run.errLines().get(0).contains("is damaged in the project file: ignored finding 1 does not match "
                + "its checksum."), run.err());
        assertTrue(run.errLines().get(0).endsWith("The check ran without the story's ignores: no finding was left "
                + "out."), run.err());
    }

    @Test
    void damagedWordingChoicesAreOneErrorLineAndTheCheckUsesTheShippedLexicon() throws Exception {
        String storyId = imported("About 40% of the town's catch is landed at the north pier.",
                "About 40% of the town's catch is reportedly landed at the north pier.");
        inProject(project -> project.checks().chooseWording(WordingChoice.silence("reportedly", "imogen", MONDAY)));
        StoredBytes.sql(project(), "UPDATE wording_choice SET chosen_by = 'someone else'");

        CliRun run = check(storyId, "--format", "json");

        assertEquals(1, run.status());
        assertEquals(1, new ObjectMapper().readTree(run.out()).get("warnings").asInt(), run.out());
        assertEquals(List.of("factdesk: error: The project file is damaged: wording choice 1 does not match its "
                + "checksum. " + ProjectDamagedException.RECOVERY_HINT + " The check ran with the shipped wording "
                + "lexicon alone."), run.errLines());
    }
}

package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
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
}

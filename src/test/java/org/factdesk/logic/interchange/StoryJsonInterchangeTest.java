package org.factdesk.logic.interchange;

import org.factdesk.logic.anchoring.SourceCorrection;
import static org.factdesk.logic.interchange.StoryJsonReaderTest.fixture;
import static org.factdesk.logic.interchange.StoryJsonReaderTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.interchange.StoryPlan.CitationPlan;
import org.factdesk.logic.interchange.StoryPlan.FactPlan;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Import and export against a real project file. */
class StoryJsonInterchangeTest {

    private static final String FERRY_STRIKE = "harbour-ferry-strike.json";

    @TempDir
    Path folder;

    private final List<Project> opened = new ArrayList<>();
    private Project project;

    @BeforeEach
    void openProject() throws Exception {
        project = newProject("desk");
    }

    @AfterEach
    void closeProjects() {
        opened.forEach(Project::close);
    }

    private Project newProject(String name) throws Exception {
        Project created = new H2ProjectFiles().openOrCreate(folder.resolve(name));
        opened.add(created);
        return created;
    }

    private long importFixture(Project target) throws Exception {
        return new StoryJsonImporter(target).importStory(new StoryJsonReader().read(fixture(FERRY_STRIKE)));
    }

    private static long importJson(Project target, String json) throws StoryJsonException {
        return new StoryJsonImporter(target).importStory(new StoryJsonReader().read(json));
    }

    @Test
    void importCreatesTheStoryWithStyleFactsAndNarratives() throws Exception {
        long storyId = importFixture(project);

        StoryDocument document = project.stories().loadStory(storyId);
        assertEquals("Ferry crews in Marrowby strike over night shifts", document.story().title());
        assertTrue(document.story().lede().startsWith("Ferry crews in the fictional port city of Marrowby"));
        assertEquals(new HouseStyle(false), document.story().style());
        assertEquals(List.of("Crews on all four ferries walked out on Tuesday morning.",
                        "The union says night shifts have doubled since January and wants them capped.",
                        "A replacement bus runs every twenty minutes.",
                        "The port authority has not said how long the crossing will stay closed."),
                document.facts().stream().map(Fact::text).toList());
        assertEquals(List.of("Workers' narrative|Northgate Courier|The crews are defending safe working hours.",
                        "Port narrative|Harbour Ledger|The walkout is unlawful and hurts commuters."),
                document.narratives().stream().map(n -> n.label() + "|" + n.providedBy() + "|" + n.text()).toList());
    }

    @Test
    void importedFactsGetColoursByTheRuleAndTheExportedJsonCarriesNone() throws Exception {
        long storyId = importFixture(project);

        assertEquals(List.of(0, 1, 2, 3), project.stories().loadStory(storyId).facts().stream().map(Fact::colour)
                .toList(), "colours in turn, as facts made one after another get them");
        String json = new StoryJsonWriter(project).write(storyId);
        assertFalse(json.contains("colo"), "colours are not part of the interchange format");
    }

    @Test
    void importAddsSourcesWithTheirMetadataAndTheFileAsOrigin() throws Exception {
        importFixture(project);

        List<Source> sources = project.library().sources();
        assertEquals(List.of("Harbour Ledger", "Valecast Radio", "Northgate Courier"),
                sources.stream().map(Source::outlet).toList());
        Source ledger = sources.get(0);
        assertEquals("Ferries halted as crews walk out", ledger.title());
        assertEquals("Ines Calloway", ledger.author());
        assertEquals(LocalDate.of(2031, 4, 8), ledger.published());
        assertEquals("Local business paper", ledger.perspective());
        assertEquals(FERRY_STRIKE, ledger.importedFrom());
        assertEquals(null, sources.get(2).published());
        assertTrue(project.library().sourceText(ledger.id()).startsWith("Crews on all four Marrowby ferries"));
    }

    @Test
    void quotesBecomeExcerptsAtTheirOffsetsAndCitationsKeepTheirOrder() throws Exception {
        long storyId = importFixture(project);

        StoryDocument document = project.stories().loadStory(storyId);
        List<Citation> citations = document.facts().get(1).citations();
        assertEquals(3, citations.size());
        Excerpt courier = document.excerpts().get(citations.get(0).excerptId());
        Excerpt ledger = document.excerpts().get(citations.get(1).excerptId());
        assertEquals("Northgate Courier", document.source(courier.sourceId()).outlet());
        assertEquals(List.of(51, 105), List.of(courier.start(), courier.end()));
        assertEquals("Harbour Ledger", document.source(ledger.sourceId()).outlet());
        assertEquals(List.of(73, 127), List.of(ledger.start(), ledger.end()));
        assertEquals("The union said night shifts had doubled since January.", ledger.quote());
        String ledgerText = project.library().sourceText(ledger.sourceId());
        assertEquals(ExcerptDraft.of(ledger.sourceId(), ledgerText, 73, 127).contextAfter(), ledger.contextAfter());
        assertEquals(ledgerText.substring(73 - ExcerptDraft.CONTEXT_LENGTH, 73), ledger.contextBefore());
        assertEquals(Citation.ofWholeSource(courier.sourceId()), citations.get(2));
        assertTrue(document.facts().get(2).citations().get(0).isWholeSource());
        assertTrue(document.facts().get(3).citations().isEmpty());
    }

    @Test
    void passageQuotedByTwoFactsBecomesOneExcerpt() throws Exception {
        String cite = "{'text': '%s', 'citations': [{'source': 'h1', 'quote': 'Fares rose.'}]}";
        long storyId = importJson(project, json("{'format': 'factdesk.story', 'version': 1, 'lede': 'L', "
                + "'sources': [{'id': 'h1', 'outlet': 'O', 'text': 'Tolls fell. Fares rose.'}], "
                + "'facts': [" + String.format(cite, "A") + ", " + String.format(cite, "B") + "]}"));

        StoryDocument document = project.stories().loadStory(storyId);
        assertEquals(document.facts().get(0).citations(), document.facts().get(1).citations());
        long sourceId = document.facts().get(0).citations().get(0).sourceId();
        assertEquals(1, project.library().excerptsOf(sourceId).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"quote", "source", "duplicate", "date"})
    void badInputWritesNothingToTheProject(String fault) throws Exception {
        importFixture(project);
        String good = Files.readString(fixture(FERRY_STRIKE));
        String bad = switch (fault) {
            case "quote" -> good.replace("\"quote\": \"The union said", "\"quote\": \"The mayor said");
            case "source" -> good.replace("[{\"source\": \"vr\"}]", "[{\"source\": \"radio\"}]");
            case "duplicate" -> good.replace("{\"id\": \"nc\"", "{\"id\": \"vr\"");
            case "date" -> good.replace("2031-04-08", "08/04/2031");
            default -> throw new IllegalArgumentException(fault);
        };
        assertNotEquals(good, bad);
        int stories = project.stories().stories().size();
        int sources = project.library().sources().size();

        assertThrows(StoryJsonException.class, () -> importJson(project, bad));

        assertEquals(stories, project.stories().stories().size());
        assertEquals(sources, project.library().sources().size());
    }

    @Test
    void failureHalfwayThroughTheImportLeavesNothingBehind() throws Exception {
        StoryPlan good = new StoryJsonReader().read(fixture(FERRY_STRIKE));
        // A plan the reader would never produce: its last fact cites a source the plan does not have, which
        // fails after the sources, the story and the first facts have been written.
        List<FactPlan> facts = new ArrayList<>(good.facts());
        facts.add(new FactPlan("Cites nothing real.", List.of(CitationPlan.wholeSource(99))));
        StoryPlan broken = new StoryPlan(good.title(), good.lede(), good.style(), good.sources(), facts,
                good.narratives());

        assertThrows(IndexOutOfBoundsException.class, () -> new StoryJsonImporter(project).importStory(broken));

        assertTrue(project.stories().stories().isEmpty());
        assertTrue(project.library().sources().isEmpty());
    }

    @Test
    void reimportReusesIdenticalSourcesAndExcerpts() throws Exception {
        long first = importFixture(project);
        List<Source> sourcesBefore = project.library().sources();
        int excerptsBefore = excerptCount(project);

        long second = importFixture(project);

        assertNotEquals(first, second);
        assertEquals(sourcesBefore, project.library().sources());
        assertEquals(excerptsBefore, excerptCount(project));
        assertEquals(project.stories().loadStory(first).facts().stream().map(Fact::citations).toList(),
                project.stories().loadStory(second).facts().stream().map(Fact::citations).toList());
    }

    @Test
    void sourceWithOtherTextIsAddedEvenWithTheSameOutletAndTitle() throws Exception {
        importFixture(project);
        String changed = Files.readString(fixture(FERRY_STRIKE)).replace("Queues formed", "Long queues formed");

        importJson(project, changed);

        assertEquals(4, project.library().sources().size());
    }

    private static int excerptCount(Project target) {
        return target.library().sources().stream().mapToInt(s -> target.library().excerptsOf(s.id()).size()).sum();
    }

    @Test
    void exportMatchesTheExpectedFileByteForByte() throws Exception {
        long storyId = importFixture(project);

        String exported = new StoryJsonWriter(project).write(storyId);

        assertEquals(Files.readString(fixture("harbour-ferry-strike.exported.json"), StandardCharsets.UTF_8),
                exported);
    }

    @Test
    void exportNumbersSourcesByFirstCitationAndLeavesOutUnknownFields() throws Exception {
        long storyId = importFixture(project);

        StoryPlan exported = new StoryJsonReader().read(new StoryJsonWriter(project).write(storyId));

        assertEquals(List.of("s1", "s2", "s3"), exported.sources().stream().map(StoryPlan.SourcePlan::fileId).toList());
        assertEquals(List.of("Harbour Ledger", "Northgate Courier", "Valecast Radio"),
                exported.sources().stream().map(s -> s.draft().outlet()).toList());
        String json = new StoryJsonWriter(project).write(storyId);
        assertEquals(1, json.split("\"published\"", -1).length - 1);
        assertFalse(json.contains("\r"));
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void roundTripGivesTheSameStoryAndByteIdenticalJson() throws Exception {
        long original = importFixture(project);
        String firstExport = new StoryJsonWriter(project).write(original);

        Project other = newProject("other-desk");
        long copy = importJson(other, firstExport);
        String secondExport = new StoryJsonWriter(other).write(copy);

        assertEquals(firstExport, secondExport);
        assertEquals(describe(project, original), describe(other, copy));
    }

    @Test
    void storyWrittenByHandSurvivesExportAndImport() throws Exception {
        Source source = project.library().addSource(new org.factdesk.model.SourceDraft("Harbour Ledger",
                "Bridge tolls to rise", "", "", null, "", "Bridge tolls rise in May. Ferry fares stay the same.",
                "paste"));
        Excerpt excerpt = project.library().addExcerpt(
                ExcerptDraft.of(source.id(), project.library().sourceText(source.id()), 0, 25));
        long storyId = project.stories().createStory("Tolls", "Bridge tolls are rising.", HouseStyle.DEFAULT).id();
        project.stories().addFact(storyId, 0, "Tolls rise in May.", List.of(Citation.ofExcerpt(excerpt)), 0);
        project.stories().addFact(storyId, 1, "Fares stay.", List.of(Citation.ofWholeSource(source.id())), 1);
        project.stories().addNarrative(storyId, 0, "Drivers' narrative", "Harbour Ledger", "Tolls hurt drivers.");
        String exported = new StoryJsonWriter(project).write(storyId);

        long again = importJson(project, exported);

        assertEquals(describe(project, storyId), describe(project, again));
        assertEquals(exported, new StoryJsonWriter(project).write(again));
        assertEquals(1, project.library().sources().size());
    }

    @Test
    void exportWrittenToAFileImportsWithThatFileAsOrigin() throws Exception {
        long storyId = importFixture(project);
        Path file = folder.resolve("ferry-export.json");

        new StoryJsonWriter(project).write(storyId, file);
        StoryPlan plan = new StoryJsonReader().read(file);

        assertEquals("ferry-export.json", plan.sources().get(0).draft().importedFrom());
    }

    /** The story as a reader sees it: everything but ids and review state. */
    private static List<String> describe(Project target, long storyId) {
        StoryDocument document = target.stories().loadStory(storyId);
        List<String> lines = new ArrayList<>();
        lines.add("story " + document.story().title() + " | " + document.story().lede() + " | "
                + document.story().style());
        for (Fact fact : document.facts()) {
            lines.add("fact " + fact.text());
            for (Citation citation : fact.citations()) {
                Source source = document.source(citation.sourceId());
                String cited = source.outlet() + " / " + source.title() + " / " + source.url() + " / "
                        + source.author() + " / " + source.published() + " / " + source.perspective();
                if (citation.isWholeSource()) {
                    lines.add("  whole " + cited);
                } else {
                    Excerpt excerpt = document.excerpts().get(citation.excerptId());
                    lines.add("  " + excerpt.start() + ".." + excerpt.end() + " \"" + excerpt.quote() + "\" "
                            + excerpt.contextBefore() + "|" + excerpt.contextAfter() + " of " + cited);
                }
            }
        }
        for (Narrative narrative : document.narratives()) {
            lines.add("narrative " + narrative.label() + " | " + narrative.providedBy() + " | " + narrative.text());
        }
        return lines;
    }

    @Test
    void aPassageLostInACorrectionTravelsAsAnOrphanAndComesBackAsOne() throws Exception {
        long storyId = importFixture(project);
        StoryDocument before = project.stories().loadStory(storyId);
        Citation cited = before.facts().get(0).citations().get(0);
        String lostQuote = before.excerpts().get(cited.excerptId()).quote();
        new SourceCorrection(project).correct(cited.sourceId(), "A text that says nothing the facts quoted.");

        String json = new StoryJsonWriter(project).write(storyId);
        assertTrue(json.contains("\"orphaned\": true"), json);
        Project other = newProject("other");
        long copied = importJson(other, json);

        StoryDocument after = other.stories().loadStory(copied);
        Excerpt orphan = after.excerpts().get(after.facts().get(0).citations().get(0).excerptId());
        assertTrue(orphan.isOrphaned(), "still lost, never placed anywhere in the text");
        assertEquals(lostQuote, orphan.quote());
        assertEquals(json, new StoryJsonWriter(other).write(copied), "and it exports the same again");
    }

    @Test
    void anOrphanWithoutItsLastKnownQuoteIsRefusedWithItsPlace() {
        String json = """
                {"format": "factdesk.story", "version": 1, "lede": "L.",
                 "sources": [{"id": "a", "outlet": "Post", "text": "Some text."}],
                 "facts": [{"text": "F.", "citations": [{"source": "a", "orphaned": true}]}]}""";

        StoryJsonException refused = assertThrows(StoryJsonException.class, () -> importJson(project, json));

        assertTrue(refused.getMessage().startsWith("facts[0].citations[0].orphaned: line 3, column 69"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("needs the lost passage's last known quote"), refused.getMessage());
    }
}

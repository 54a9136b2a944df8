package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEditorTest {

    private static final String HERALD_TEXT = "The ferry company halted all crossings at noon.\n\n"
            + "Union leaders said talks had failed after nine hours.";
    private static final String VOICE_TEXT = "Dock workers walked out on Tuesday.\n\nThe strike is the first in a decade.";

    @TempDir
    Path folder;

    private Project project;
    private final List<Throwable> failures = new ArrayList<>();
    private MemoryWorkspace workspace;
    private StoryEditor editor;
    private Source herald;
    private Source voice;

    @BeforeEach
    void openStory() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("editor.mv.db"));
        herald = project.library().addSource(source("Harbour Herald", HERALD_TEXT));
        voice = project.library().addSource(source("Dock Voice", VOICE_TEXT));
        Story story = project.stories().createStory("Ferry strike", "Crossings stopped.", HouseStyle.DEFAULT);
        workspace = new MemoryWorkspace(project.stories().loadStory(story.id()),
                new ProjectQueue(project, Runnable::run, failures::add));
        editor = new StoryEditor(workspace, new CommandStack());
    }

    @AfterEach
    void close() {
        project.close();
        assertTrue(failures.isEmpty(), () -> "writes failed: " + failures);
    }

    @Test
    void newFactFromPassageIsShownAndStoredWithItsExcerpt() {
        editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));

        Fact shown = workspace.document().facts().get(0);
        assertEquals("The ferry company halted all crossings at noon.", shown.text());
        assertEquals("The ferry company halted all crossings at noon.1", markedFacts(workspace.document()).get(0));
        StoryDocument stored = stored();
        assertEquals(List.of("The ferry company halted all crossings at noon.1"), markedFacts(stored));
        long excerptId = stored.facts().get(0).citations().get(0).excerptId();
        assertEquals(0, stored.excerpts().get(excerptId).start());
        assertEquals(47, stored.excerpts().get(excerptId).end());
    }

    @Test
    void secondCitationFromAnotherSourceRenumbersAndPersists() {
        long first = editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        editor.newFact(1, Passage.of(voice, VOICE_TEXT, 0, 35));
        editor.citePassage(first, Passage.of(voice, VOICE_TEXT, 37, 72));

        List<String> expected = List.of("The ferry company halted all crossings at noon.1,2",
                "Dock workers walked out on Tuesday.2");
        assertEquals(expected, markedFacts(workspace.document()));
        assertEquals(expected, markedFacts(stored()));
        assertEquals("Sources: 1Harbour Herald and 2Dock Voice.", HouseFormat.format(stored()).sourcesLine());
    }

    @Test
    void movingFactsRenumbersSources() {
        long first = editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        editor.newFact(1, Passage.of(voice, VOICE_TEXT, 0, 35));
        editor.moveFact(first, 1);

        assertEquals(List.of("Dock workers walked out on Tuesday.1", "The ferry company halted all crossings at noon.2"),
                markedFacts(stored()));
        editor.history().undo();
        assertEquals("Sources: 1Harbour Herald and 2Dock Voice.", HouseFormat.format(stored()).sourcesLine());
    }

    @Test
    void undoAndRedoOfEveryStructuralEditKeepWindowAndFileTogether() {
        long fact = editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        editor.citePassage(fact, Passage.of(voice, VOICE_TEXT, 0, 35));
        editor.removeCitation(fact, 0);
        long second = editor.newFact(1, Passage.of(herald, HERALD_TEXT, 49, 101));
        editor.moveFact(second, 0);
        editor.deleteFact(fact);
        long narrative = editor.addNarrative(0, "Pro-union narrative", "Dock Voice", "Pay has lagged for years.");
        editor.addNarrative(1, "Pro-company narrative", "Harbour Herald", "Fuel costs doubled.");
        editor.moveNarrative(narrative, 1);
        editor.deleteNarrative(narrative);
        editor.setSerialComma(false);

        List<StoryDocument> states = new ArrayList<>();
        while (editor.history().canUndo()) {
            states.add(stored());
            assertSameStory(workspace.document(), stored());
            editor.history().undo();
        }
        assertTrue(stored().facts().isEmpty());
        assertTrue(stored().narratives().isEmpty());
        for (int i = states.size() - 1; i >= 0; i--) {
            editor.history().redo();
            assertSameStory(states.get(i), stored());
            assertSameStory(workspace.document(), stored());
        }
        assertFalse(editor.history().canRedo());
    }

    @Test
    void typingSavesEveryKeystrokeAndUndoesAsOneStep() {
        long fact = editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        String before = workspace.document().fact(fact).text();
        editor.typeFactText(fact, "Crossings");
        assertEquals("Crossings", stored().facts().get(0).text());
        editor.typeFactText(fact, "Crossings stopped at noon.");
        editor.finishFactText(fact, before);

        assertEquals("Crossings stopped at noon.", stored().facts().get(0).text());
        assertEquals("Edit fact", editor.history().undoDescription().orElseThrow());
        editor.history().undo();
        assertEquals(before, stored().facts().get(0).text());
        assertEquals(before, workspace.document().facts().get(0).text());
        editor.history().redo();
        assertEquals("Crossings stopped at noon.", stored().facts().get(0).text());
    }

    @Test
    void undoneNewFactComesBackWithTheTextTypedIntoIt() {
        long fact = editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        editor.typeFactText(fact, "Crossings stopped.");
        editor.history().undo();
        assertTrue(stored().facts().isEmpty());
        editor.history().redo();
        assertEquals(List.of("Crossings stopped.1"), markedFacts(stored()));
    }

    @Test
    void titleLedeAndNarrativeTextAreSavedAndUndoable() {
        Story before = workspace.document().story();
        editor.typeTitle("Ferry strike ends");
        editor.typeLede("Crossings resume on Friday.");
        editor.finishStoryText(before);
        long id = editor.addNarrative(0, "Pro-union narrative", "", "");
        Narrative blank = workspace.document().narrative(id);
        editor.typeNarrative(new Narrative(id, "Pro-union narrative", "Dock Voice", "Pay has lagged."));
        editor.finishNarrative(blank);

        assertEquals("Ferry strike ends", stored().story().title());
        assertEquals("Pay has lagged.", stored().narratives().get(0).text());
        editor.history().undo();
        assertEquals("", stored().narratives().get(0).text());
        editor.history().undo();
        editor.history().undo();
        assertEquals(before, stored().story());
    }

    @Test
    void aFactMadeInTheSessionKeepsItsColourWhenTheProjectIsReopened() throws Exception {
        editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        editor.newFact(1, Passage.of(voice, VOICE_TEXT, 0, 35));
        editor.newFact(1, Passage.of(herald, HERALD_TEXT, 49, 101));
        List<Integer> shown = colours(workspace.document());
        long storyId = workspace.document().story().id();
        assertTrue(workspace.document().facts().stream().allMatch(fact -> fact.id() < 0), "local ids in the window");

        project.close();
        project = new H2ProjectFiles().open(folder.resolve("editor.mv.db"));
        StoryDocument reopened = project.stories().loadStory(storyId);

        assertEquals(shown, colours(reopened));
        assertEquals(List.of("The ferry company halted all crossings at noon.",
                "Union leaders said talks had failed after nine hours", "Dock workers walked out on Tuesday."),
                reopened.facts().stream().map(Fact::text).toList());
        // Worked out from the file's ids, as before, the colours would be 1, 3, 2.
        assertEquals(List.of(0, 2, 1), shown);
    }

    @Test
    void aFactMadeBetweenTwoOthersNeverWearsEitherNeighboursColour() {
        for (int made = 0; made < 20; made++) {
            int size = workspace.document().facts().size();
            editor.newFact(size / 2, Passage.of(herald, HERALD_TEXT, made, made + 10));
        }

        for (StoryDocument document : List.of(workspace.document(), stored())) {
            List<Integer> colours = colours(document);
            for (int i = 1; i < colours.size(); i++) {
                assertTrue(colours.get(i - 1) != colours.get(i).intValue(), "facts " + i + " and " + (i + 1)
                        + " share a colour: " + colours);
            }
        }
    }

    @Test
    void undoingADeleteBringsTheFactBackInItsOwnColourNotOneChosenAnew() {
        long storyId = workspace.document().story().id();
        // Colours as an upgraded older project has them; the rule would give the middle fact 2, not 5.
        project.stories().addFact(storyId, 0, "Crossings stopped at noon.", List.of(), 0);
        long middle = project.stories().addFact(storyId, 1, "Talks failed.", List.of(), 5).id();
        project.stories().addFact(storyId, 2, "Workers walked out.", List.of(), 1);
        workspace = new MemoryWorkspace(project.stories().loadStory(storyId),
                new ProjectQueue(project, Runnable::run, failures::add));
        editor = new StoryEditor(workspace, new CommandStack());

        editor.deleteFact(middle);
        assertEquals(List.of(0, 1), colours(stored()));
        editor.history().undo();
        assertEquals(List.of(0, 5, 1), colours(workspace.document()));
        assertEquals(List.of(0, 5, 1), colours(stored()));
        editor.history().redo();
        editor.history().undo();
        assertEquals(List.of(0, 5, 1), colours(stored()));
    }

    @Test
    void redoingAnUndoneNewFactBringsItBackInTheSameColour() {
        editor.newFact(0, Passage.of(herald, HERALD_TEXT, 0, 47));
        long second = editor.newFact(1, Passage.of(voice, VOICE_TEXT, 0, 35));
        int colour = workspace.document().fact(second).colour();

        editor.history().undo();
        editor.history().redo();

        assertEquals(colour, workspace.document().fact(second).colour());
        assertEquals(colour, stored().facts().get(1).colour());
    }

    private static List<Integer> colours(StoryDocument document) {
        return document.facts().stream().map(Fact::colour).toList();
    }

    private StoryDocument stored() {
        return project.stories().loadStory(workspace.document().story().id());
    }

    private static void assertSameStory(StoryDocument expected, StoryDocument actual) {
        assertEquals(expected.story(), actual.story());
        assertEquals(markedFacts(expected), markedFacts(actual));
        assertEquals(colours(expected), colours(actual));
        assertEquals(expected.narratives().stream().map(n -> n.label() + "|" + n.providedBy() + "|" + n.text()).toList(),
                actual.narratives().stream().map(n -> n.label() + "|" + n.providedBy() + "|" + n.text()).toList());
    }

    private static List<String> markedFacts(StoryDocument document) {
        return HouseFormat.format(document).facts().stream().map(f -> f.markedText()).toList();
    }

    private static SourceDraft source(String outlet, String text) {
        return new SourceDraft(outlet, "Ferries", "", "", null, "", text, "test");
    }
}

package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one typing rule holds alike for a fact's text, the story's title and lede, and a narrative. */
class FieldVisitTest {

    private static final String LOG_TEXT = "The lighthouse keeper logged a green flare at dusk.\n\n"
            + "A second flare followed an hour later.";

    @TempDir
    Path folder;

    private Project project;
    private final List<Throwable> failures = new ArrayList<>();
    private MemoryWorkspace workspace;
    private StoryEditor editor;
    private Source log;

    @BeforeEach
    void openStory() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("visits.mv.db"));
        log = project.library().addSource(new SourceDraft("Keeper's Log", "Night of flares", "", "", null, "",
                LOG_TEXT, ""));
        Story story = project.stories().createStory("Flares at sea", "Two flares.", HouseStyle.DEFAULT);
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
    void aFactMoveDuringTypingClosesTheTypingStepFirst() {
        long first = editor.newFact(0, Passage.of(log, LOG_TEXT, 0, 51));
        editor.newFact(1, Passage.of(log, LOG_TEXT, 53, LOG_TEXT.length()));
        String before = workspace.document().fact(first).text();
        FieldVisit<String> visit = editor.factTextVisit(first);
        visit.begin();
        editor.typeFactText(first, "A green flare at dusk.");
        editor.moveFact(first, 1);
        editor.typeFactText(first, "A green flare was seen at dusk.");
        visit.end();

        assertEquals("Edit fact", editor.history().undoDescription().orElseThrow());
        editor.history().undo();
        assertEquals("A green flare at dusk.", workspace.document().fact(first).text(), "typing after the move");
        assertEquals("Move fact", editor.history().undoDescription().orElseThrow());
        editor.history().undo();
        assertEquals(0, workspace.document().indexOfFact(first));
        assertEquals("A green flare at dusk.", workspace.document().fact(first).text(), "the move alone undone");
        editor.history().undo();
        assertEquals(before, workspace.document().fact(first).text(), "typing before the move is its own step");
    }

    @Test
    void aNarrativeMoveDuringTypingClosesTheTypingStepFirst() {
        long first = editor.addNarrative(0, "Keeper's account", "", "");
        editor.addNarrative(1, "Coastguard account", "", "");
        FieldVisit<Narrative> visit = editor.narrativeVisit(first);
        visit.begin();
        editor.typeNarrative(new Narrative(first, "Keeper's account", "Keeper's Log", "Two flares."));
        editor.moveNarrative(first, 1);
        visit.end();

        assertEquals("Move narrative", editor.history().undoDescription().orElseThrow(),
                "nothing was typed after the move, so no empty step");
        editor.history().undo();
        assertEquals(0, workspace.document().indexOfNarrative(first));
        assertEquals("Two flares.", workspace.document().narrative(first).text());
        editor.history().undo();
        assertEquals("", workspace.document().narrative(first).text());
    }

    @Test
    void aStyleChangeDuringTitleTypingClosesTheTypingStepFirst() {
        FieldVisit<Story> visit = editor.storyTextVisit();
        visit.begin();
        editor.typeTitle("Flares at sea, twice");
        editor.setSerialComma(!workspace.document().story().style().serialComma());
        visit.end();

        editor.history().undo();
        assertEquals("Flares at sea, twice", workspace.document().story().title());
        editor.history().undo();
        assertEquals("Flares at sea", workspace.document().story().title());
        assertFalse(editor.history().canUndo());
    }

    @Test
    void aVisitToAFieldWithoutChangesLeavesNoStep() {
        FieldVisit<Story> visit = editor.storyTextVisit();
        visit.begin();
        assertTrue(visit.isOpen());
        visit.end();
        assertFalse(visit.isOpen());
        assertFalse(editor.history().canUndo());
    }
}

package org.factdesk.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.logic.command.Passage;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryBarModelTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private StoryBarModel model;
    private long demoId;

    @BeforeEach
    void open() throws Exception {
        session = DemoSession.openDirect(folder);
        model = new StoryBarModel(session.story(), session.stories());
        demoId = model.currentProperty().get().id();
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    private List<String> storedTitles() throws Exception {
        return session.project().read("Reading", project -> project.stories().stories()).get().stream()
                .map(Story::title).toList();
    }

    @Test
    void showsTheOpenStory() {
        assertEquals("Tidewater votes to close Old Quay market", model.titleProperty().get());
        assertTrue(model.ledeProperty().get().startsWith("Tidewater's council has voted"));
        assertTrue(model.serialCommaProperty().get());
    }

    @Test
    void renamingByTypingTheTitleIsSavedRenamesTheListEntryAndUndoesAsOneStep() throws Exception {
        model.beginTextEdit();
        model.titleProperty().set("Old Quay");
        model.titleProperty().set("Old Quay to close");
        assertEquals(List.of("Old Quay to close"), storedTitles(), "saved per keystroke");
        assertEquals("Old Quay to close", session.stories().list().get(0).title());
        model.finishTextEdit();

        session.history().undo();
        assertEquals("Tidewater votes to close Old Quay market", model.titleProperty().get());
        assertEquals(List.of("Tidewater votes to close Old Quay market"), storedTitles());
        assertFalse(session.history().canUndoProperty().get());
    }

    @Test
    void typingTheTitleRenamesThePickerEntryInPlaceAndKeepsItChosen() {
        StoryChoice entry = model.currentChoiceProperty().get();
        List<StoryChoice> changes = new java.util.ArrayList<>();
        model.choices().addListener((javafx.collections.ListChangeListener<StoryChoice>) change -> changes.add(null));
        model.beginTextEdit();
        model.titleProperty().set("Old Quay");
        model.titleProperty().set("Old Quay to close");
        model.finishTextEdit();

        assertTrue(changes.isEmpty(), "the picker's list is not touched by a rename");
        assertTrue(entry == model.currentChoiceProperty().get());
        assertEquals("Old Quay to close", entry.nameProperty().get());
        model.titleProperty().set("");
        assertEquals(StoryBarModel.NEW_TITLE, entry.nameProperty().get());
    }

    @Test
    void thePickerListsNewStoriesAndChoosesTheOpenOne() {
        model.newStory();
        assertEquals(2, model.choices().size());
        StoryChoice created = model.currentChoiceProperty().get();
        assertEquals(model.choices().get(1), created);
        assertEquals(StoryBarModel.NEW_TITLE, created.nameProperty().get());
        model.open(model.choices().get(0));
        assertEquals(demoId, model.currentChoiceProperty().get().storyId());
    }

    @Test
    void ledeEditsAreSavedAndUndoable() throws Exception {
        model.beginTextEdit();
        model.ledeProperty().set("A shorter lede.");
        model.finishTextEdit();
        assertEquals("A shorter lede.", DemoSession.stored(session, demoId).story().lede());
        session.history().undo();
        assertTrue(DemoSession.stored(session, demoId).story().lede().startsWith("Tidewater's council"));
    }

    @Test
    void serialCommaChangesTheSourcesLineAndUndoFlipsItBack() throws Exception {
        citeAThirdSource();
        assertTrue(session.story().formattedProperty().get().sourcesLine().contains(", and "));

        model.serialCommaProperty().set(false);
        assertFalse(session.story().formattedProperty().get().sourcesLine().contains(", and "));
        assertTrue(session.story().formattedProperty().get().sourcesLine().contains(" and "));
        assertFalse(DemoSession.stored(session, demoId).story().style().serialComma());

        session.history().undo();
        assertTrue(model.serialCommaProperty().get());
        assertTrue(DemoSession.stored(session, demoId).story().style().serialComma());
        assertTrue(session.story().formattedProperty().get().sourcesLine().contains(", and "));
    }

    /** The demo cites two sources; the serial comma only shows from three on. */
    private void citeAThirdSource() throws Exception {
        Source voice = session.library().list().stream().filter(source -> source.outlet().equals("The Market Voice"))
                .findFirst().orElseThrow();
        String text = session.library().sourceText(voice.id()).get();
        session.selection().selectPassage(Passage.of(voice, text, 0, 40));
        session.story().newFactFromSelection();
    }

    @Test
    void newStoryIsOpenedAndAsksForTheTitle() throws Exception {
        int requests = model.titleRequestsProperty().get();
        model.newStory();

        assertEquals(StoryBarModel.NEW_TITLE, model.titleProperty().get());
        assertNotEquals(demoId, model.currentProperty().get().id());
        assertEquals(requests + 1, model.titleRequestsProperty().get());
        assertEquals(2, session.stories().list().size());
        assertEquals(2, storedTitles().size());
    }

    @Test
    void duplicateOpensACopyWithTheNarratives() throws Exception {
        model.duplicateStory();
        Story copy = model.currentProperty().get();
        assertNotEquals(demoId, copy.id());
        assertEquals(2, session.stories().list().size());
        assertEquals(2, DemoSession.stored(session, copy.id()).narratives().size());
    }

    @Test
    void deleteRemovesTheOpenStoryAndOpensAnother() throws Exception {
        model.newStory();
        model.titleProperty().set("Doomed");
        assertEquals("Delete \u201cDoomed\u201d?", model.deleteQuestion());

        model.deleteStory();
        assertEquals(demoId, model.currentProperty().get().id());
        assertEquals(1, session.stories().list().size());
        assertEquals(List.of("Tidewater votes to close Old Quay market"), storedTitles());
    }

    @Test
    void renameAsksForTheTitleField() {
        int requests = model.titleRequestsProperty().get();
        model.rename();
        assertEquals(requests + 1, model.titleRequestsProperty().get());
    }

    @Test
    void openingAnotherStoryShowsItAndAnEditLeftOpenStaysWithItsStory() throws Exception {
        model.beginTextEdit();
        model.titleProperty().set("Edited demo");
        model.newStory();
        model.finishTextEdit();

        assertEquals(StoryBarModel.NEW_TITLE, model.titleProperty().get());
        assertFalse(session.history().canUndoProperty().get(), "no edit of the other story lands in this story's history");
        model.open(session.stories().list().get(0));
        assertEquals("Edited demo", model.titleProperty().get());
    }

    @Test
    void untitledStoriesHaveAStandInName() {
        assertEquals(StoryBarModel.NEW_TITLE, StoryBarModel.displayName(model.currentProperty().get().withTitle(" ")));
    }
}

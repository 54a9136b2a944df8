package org.factdesk.ui.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Narrative;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarrativePanelModelTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private NarrativePanelModel model;

    @BeforeEach
    void open() throws Exception {
        session = DemoSession.openDirect(folder);
        model = new NarrativePanelModel(session.story(), session.library());
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    private long storyId() {
        return session.story().documentProperty().get().story().id();
    }

    private List<String> storedLabels() throws Exception {
        return DemoSession.stored(session, storyId()).narratives().stream().map(Narrative::label).toList();
    }

    private List<String> shownLabels() {
        return model.cards().stream().map(card -> card.labelProperty().get()).toList();
    }

    @Test
    void showsOneCardPerNarrativeOfTheOpenStory() {
        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative"), shownLabels());
        assertEquals("Tidewater Courier", model.cards().get(0).providedByProperty().get());
        assertTrue(model.cards().get(0).firstProperty().get());
        assertTrue(model.cards().get(1).lastProperty().get());
    }

    @Test
    void addedNarrativeReachesTheFileAndUndoTakesItAway() throws Exception {
        NarrativeCardModel added = model.addNarrative();
        added.beginEdit();
        added.labelProperty().set("Business narrative");
        added.providedByProperty().set("Regional Ledger");
        added.textProperty().set("A covered hall could trade all year.");
        added.finishEdit();

        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative", "Business narrative"), storedLabels());
        assertEquals("Regional Ledger", DemoSession.stored(session, storyId()).narratives().get(2).providedBy());

        session.history().undo();
        assertEquals("", model.cards().get(2).labelProperty().get(), "the typing is undone first, as one step");
        session.history().undo();
        assertEquals(2, model.cards().size());
        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative"), storedLabels());

        session.history().redo();
        session.history().redo();
        assertEquals("Business narrative", model.cards().get(2).labelProperty().get());
        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative", "Business narrative"), storedLabels());
    }

    @Test
    void removedNarrativeLeavesTheFileAndUndoBringsItBack() throws Exception {
        model.remove(model.cards().get(0));
        assertEquals(List.of("Pro-trader narrative"), shownLabels());
        assertEquals(List.of("Pro-trader narrative"), storedLabels());

        session.history().undo();
        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative"), shownLabels());
        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative"), storedLabels());
    }

    @Test
    void movingKeepsTheSameCardObjectsAndReachesTheFile() throws Exception {
        NarrativeCardModel council = model.cards().get(0);
        NarrativeCardModel trader = model.cards().get(1);
        model.moveDown(council);

        assertSame(trader, model.cards().get(0));
        assertSame(council, model.cards().get(1));
        assertTrue(council.lastProperty().get());
        assertFalse(council.firstProperty().get());
        assertEquals(List.of("Pro-trader narrative", "Pro-council narrative"), storedLabels());

        session.history().undo();
        assertEquals(List.of("Pro-council narrative", "Pro-trader narrative"), storedLabels());
    }

    @Test
    void movingBeyondTheEndsDoesNothing() {
        model.moveUp(model.cards().get(0));
        model.moveDown(model.cards().get(1));
        assertFalse(session.history().canUndoProperty().get());
    }

    @Test
    void typingIsSavedAtOnceAndUndoneAsOneStep() throws Exception {
        NarrativeCardModel card = model.cards().get(1);
        card.beginEdit();
        card.labelProperty().set("Pro-t");
        card.labelProperty().set("Pro-traders narrative");
        assertEquals("Pro-traders narrative", storedLabels().get(1), "saved per keystroke");
        card.finishEdit();

        session.history().undo();
        assertEquals("Pro-trader narrative", card.labelProperty().get());
        assertEquals("Pro-trader narrative", storedLabels().get(1));
        assertFalse(session.history().canUndoProperty().get());
    }

    @Test
    void undoUpdatesTheSameCardInPlace() {
        NarrativeCardModel card = model.cards().get(0);
        List<String> seen = new java.util.ArrayList<>();
        card.providedByProperty().addListener((observable, old, now) -> seen.add(now));
        card.beginEdit();
        card.textProperty().set("Short now.");
        card.finishEdit();

        session.history().undo();
        assertSame(card, model.cards().get(0));
        assertTrue(card.textProperty().get().startsWith("The council is acting"));
        assertEquals(List.of(), seen, "fields that did not change are left alone");
    }

    @Test
    void wordCountFollowsTheText() {
        NarrativeCardModel card = model.cards().get(0);
        card.textProperty().set("  Three small  words ");
        assertEquals(3, card.wordsProperty().get());
        assertEquals("3 words", card.wordCountProperty().get());
        card.textProperty().set("One");
        assertEquals("1 word", card.wordCountProperty().get());
    }

    @Test
    void balanceWarnsWhenOneNarrativeHasMoreThanTwiceTheWords() {
        NarrativeBalance balance = model.balanceProperty().get();
        assertEquals(2, balance.bars().size());
        assertFalse(balance.uneven(), "the demo narratives are about even");

        model.cards().get(1).textProperty().set("Too short.");
        balance = model.balanceProperty().get();
        assertTrue(balance.uneven());
        assertTrue(balance.bars().get(0).longest());
        assertEquals(1.0, balance.bars().get(0).share());
        assertEquals("Pro-council narrative has more than twice the words of Pro-trader narrative.",
                balance.warning().orElseThrow());
    }

    @Test
    void outletSuggestionsFollowTheProjectSources() {
        assertEquals(List.of("Coastal Broadcasting", "Tidewater Courier"), model.outletSuggestions("co"));
        assertEquals(List.of(), model.outletSuggestions("tidewater courier"), "nothing once it matches");

        session.library().addSource(new SourceDraft("Harbour Radio", "Quay news", "", "", null, "", "Short text.", "paste"));
        assertTrue(model.outlets().contains("Harbour Radio"));
        assertEquals(List.of("Harbour Radio"), model.outletSuggestions("radio"));
    }

    @Test
    void switchingStoriesShowsTheOtherStorysNarratives() {
        session.stories().create("Second story");
        assertTrue(model.cards().isEmpty());
        assertTrue(model.balanceProperty().get().bars().isEmpty());
    }
}

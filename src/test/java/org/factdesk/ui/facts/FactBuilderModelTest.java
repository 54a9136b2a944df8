package org.factdesk.ui.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.logic.command.Passage;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.UndoNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactBuilderModelTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private FactBuilderModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = DemoSession.openDirect(folder);
        model = new FactBuilderModel(session.story(), session.selection(), session.history());
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    @Test
    void rowsShowTheLiveHouseFormatNumbers() {
        assertEquals(List.of("1", "1,2", "1", "2"), marks());
        assertEquals("Sources: 1Tidewater Courier and 2Coastal Broadcasting.", model.sourcesLineProperty().get());
        List<CitationChip> chips = model.rows().get(1).citationsProperty().get();
        assertEquals("2 Coastal Broadcasting", chips.get(0).number() + " " + chips.get(0).label());
        assertTrue(chips.get(1).quote().startsWith("repairs would cost"));
    }

    @Test
    void movingAFactRenumbersTheSourcesAndKeepsTheRows() {
        FactRow petition = model.rows().get(3);
        model.moveTo(petition, 0);

        assertSame(petition, model.rows().get(0), "rows are moved, not rebuilt");
        assertEquals(List.of("1", "2", "1,2", "2"), marks());
        assertEquals("Sources: 1Coastal Broadcasting and 2Tidewater Courier.", model.sourcesLineProperty().get());
        assertEquals(List.of("1", "2", "1,2", "2"), storedMarks());
    }

    @Test
    void newFactFromTheSelectedPassageLandsAfterTheSelectedFact() {
        Source ledger = source("Regional Ledger");
        String text = session.library().sourceText(ledger.id()).join();
        int start = text.indexOf("Business groups");
        session.selection().selectFact(model.rows().get(0).factId());
        session.selection().selectPassage(Passage.of(ledger, text, start, text.indexOf('.', start) + 1));

        model.newFactFromSelection();

        FactRow added = model.rows().get(1);
        assertTrue(added.textProperty().get().startsWith("Business groups have broadly welcomed"));
        assertEquals("2", added.marksProperty().get());
        assertTrue(model.isSelected(added));
        assertEquals("Sources: 1Tidewater Courier, 2Regional Ledger, and 3Coastal Broadcasting.",
                model.sourcesLineProperty().get());
    }

    @Test
    void typedTextIsSavedAndTheRowKeepsItsIdentity() {
        FactRow first = model.rows().get(0);
        String before = first.textProperty().get();
        model.typeText(first, "The council voted to close the market.");
        model.finishText(first, before);

        assertSame(first, model.rows().get(0));
        assertEquals("The council voted to close the market.", stored().facts().get(0).text());
        session.history().undo();
        assertEquals(before, first.textProperty().get());
    }

    @Test
    void deletedFactComesBackOnUndo() {
        model.select(model.rows().get(2));
        model.deleteSelected();
        assertEquals(3, model.rows().size());
        assertEquals(3, stored().facts().size());

        session.history().undo();
        assertEquals(4, model.rows().size());
        assertEquals(List.of("1", "1,2", "1", "2"), storedMarks());
    }

    @Test
    void deletingAFactOffersToUndoItAndTheOfferUndoesExactlyThat() {
        FactRow third = model.rows().get(2);
        String text = third.textProperty().get();
        model.select(third);
        model.deleteSelected();

        UndoNotice notice = session.history().undoNotice();
        assertTrue(notice.offeredProperty().get());
        assertTrue(notice.messageProperty().get().startsWith("Deleted fact 3: “" + text.substring(0, 20)),
                notice.messageProperty().get());
        assertSame(model.rows().get(2), model.rowOf(session.selection().selectedFactIdProperty().get()),
                "the fact that took its place is current");

        notice.undo();
        assertEquals(4, stored().facts().size());
        assertEquals(text, stored().facts().get(2).text());
        assertFalse(notice.offeredProperty().get());
        assertEquals("", notice.messageProperty().get());
    }

    @Test
    void theOfferToUndoLapsesOnceTheHistoryMovesOn() {
        model.select(model.rows().get(0));
        model.deleteSelected();
        model.moveTo(model.rows().get(2), 0);

        UndoNotice notice = session.history().undoNotice();
        assertFalse(notice.offeredProperty().get(), "its Undo would now take back the move");
        notice.undo();
        assertEquals(3, stored().facts().size(), "nothing was undone");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|The vote was seven to four.|Deleted fact 1: “The vote was seven to four.”",
        "4|'  '|Deleted fact 5 (it had no text).",
        "1|Line one\\nline two|Deleted fact 2: “Line one line two”",
    })
    void theNoticeQuotesTheDeletedFact(int position, String text, String message) {
        assertEquals(message, FactBuilderModel.describeDeleted(position, text.replace("\\n", "\n")));
    }

    @Test
    void aLongFactIsQuotedShortWithoutCuttingACharacterInHalf() {
        String boats = "\uD83D\uDEA2".repeat(40);
        String message = FactBuilderModel.describeDeleted(0, boats);
        assertTrue(message.endsWith("…”"), message);
        String quoted = message.substring(message.indexOf('“') + 1, message.indexOf('…'));
        assertEquals(0, quoted.length() % 2, "only whole boats: " + quoted.length());
        assertTrue(quoted.length() < 60);
    }

    @Test
    void removingACitationRenumbers() {
        FactRow piers = model.rows().get(1);
        model.removeCitation(piers, piers.citationsProperty().get().get(1));
        assertEquals(List.of("1", "2", "1", "2"), marks());
        session.history().undo();
        assertEquals(List.of("1", "1,2", "1", "2"), marks());
    }

    @Test
    void commandsNeedAPassageOrAFact() {
        assertFalse(model.passageSelectedProperty().get());
        assertTrue(model.factSelectedProperty().get());
        session.selection().selectFact(0);
        assertFalse(model.factSelectedProperty().get());
    }

    @Test
    void clickingACitationRevealsItsPassageInItsSource() {
        CitationChip chip = model.rows().get(1).citationsProperty().get().get(0);
        model.reveal(chip);
        assertEquals("Coastal Broadcasting", session.selection().selectedSourceProperty().get().outlet());
        assertEquals(chip.excerptId(), session.selection().revealedExcerptProperty().get().id());
    }

    private List<String> marks() {
        return model.rows().stream().map(row -> row.marksProperty().get()).toList();
    }

    private List<String> storedMarks() {
        return org.factdesk.logic.format.HouseFormat.format(stored()).facts().stream().map(f -> f.marks()).toList();
    }

    private StoryDocument stored() {
        return session.project().read("check", project -> project.stories()
                .loadStory(session.story().documentProperty().get().story().id())).join();
    }

    private Source source(String outlet) {
        return session.library().list().stream().filter(s -> s.outlet().equals(outlet)).findFirst().orElseThrow();
    }
}

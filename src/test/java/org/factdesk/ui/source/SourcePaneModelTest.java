package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.UserMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source pane's view-model: the filter, reading, passages, highlights and the reading place. */
class SourcePaneModelTest extends DemoSourcePaneCase {

    @Test
    void theFilterMatchesOutletTitleOrPerspectiveIgnoringCase() {
        assertEquals(4, model.filteredSources().size());

        // Words no source's text holds, so that the details alone decide (the text also counts: see below).
        model.filterProperty().set("  COASTAL BROADCASTING ");
        assertEquals(List.of("Coastal Broadcasting"), outlets());

        model.filterProperty().set("newsletter");
        assertEquals(List.of("The Market Voice"), outlets());

        model.filterProperty().set("business press");
        assertEquals(List.of("Regional Ledger"), outlets());

        model.filterProperty().set("no such outlet");
        assertTrue(model.filteredSources().isEmpty());

        model.filterProperty().set("");
        assertEquals(4, model.filteredSources().size());
    }

    @Test
    void theFilterAlsoListsTheSourcesWhoseTextHoldsItsWords() {
        model.filterProperty().set("FISHMONGER");
        assertEquals(List.of("The Market Voice"), outlets());

        model.filterProperty().set("Saltmère");
        assertEquals(List.of("Regional Ledger"), outlets(), "accents and case do not matter");

        model.filterProperty().set("coastal");
        assertEquals(List.of("Coastal Broadcasting", "The Market Voice"), outlets(),
                "the outlet of one, the text of the other");
    }

    @Test
    void theFilterFindsTheTextOfASourceAddedAfterTheProjectOpened() {
        session.library().addSource(new SourceDraft("Gullwing Gazette", "Pier lights", "", "", null, "",
                "The lamplighter of the north pier retired after forty winters.", "test"));

        model.filterProperty().set("lamplighter");

        assertEquals(List.of("Gullwing Gazette"), outlets());
    }

    private List<String> outlets() {
        return model.filteredSources().stream().map(Source::outlet).toList();
    }

    @Test
    void selectingASourceLoadsItsText() {
        model.select(source("Coastal Broadcasting"));

        assertEquals(source("Coastal Broadcasting"), session.selection().selectedSourceProperty().get());
        assertTrue(model.textProperty().get().startsWith("The decision to shut Old Quay market"));
        assertEquals("Coastal Broadcasting", model.textSourceProperty().get().outlet());
        assertEquals(false, model.loadingProperty().get());
    }

    @Test
    void theDemosCitedPassagesAreHighlightedInTheirFactsColours() {
        model.select(source("Tidewater Courier"));

        List<HighlightRange> highlights = model.highlightsProperty().get();

        assertEquals(3, highlights.size());
        assertEquals(List.of(0), highlights.get(0).factIndexes());
        assertEquals(offsetOf("Tidewater's council voted seven to four"), highlights.get(0).start());
        assertEquals(List.of(1), highlights.get(1).factIndexes());
        assertEquals(offsetOf("repairs would cost"), highlights.get(1).start());
        assertEquals(List.of(2), highlights.get(2).factIndexes());
    }

    @Test
    void aSourceNoFactCitesHasNoHighlights() {
        model.select(source("Regional Ledger"));

        assertEquals(List.of(), model.highlightsProperty().get());
    }

    @Test
    void aPassageCitedByANewFactTooBecomesShared() {
        model.select(source("Tidewater Courier"));
        int start = offsetOf("repairs would cost");
        model.selectPassage(start, start + "repairs would cost".length());

        model.newFactFromSelection();

        List<HighlightRange> shared = model.highlightsProperty().get().stream()
                .filter(HighlightRange::isShared).toList();
        assertEquals(1, shared.size());
        assertEquals(start, shared.get(0).start());
        assertEquals(2, shared.get(0).factIndexes().size());
        assertTrue(model.captionAt(start).orElseThrow().startsWith("Cited by fact 2 and fact 3\n2. "));
    }

    @Test
    void aSelectedPassageIsTrimmedOfSurroundingWhitespace() {
        model.select(source("Tidewater Courier"));
        String text = model.textProperty().get();
        int paragraphBreak = text.indexOf("\n\n");

        model.selectPassage(paragraphBreak - 6, paragraphBreak + 12);

        Passage passage = session.selection().selectedPassageProperty().get();
        assertNotNull(passage);
        assertEquals(text.substring(paragraphBreak - 6, paragraphBreak).strip() + "\n\n"
                + text.substring(paragraphBreak + 2, paragraphBreak + 12), passage.draft().quote());
        assertEquals(paragraphBreak - 6, passage.draft().start());
        assertEquals(source("Tidewater Courier").id(), passage.source().id());
        assertTrue(model.passageSelectedProperty().get());
    }

    @Test
    void selectingOnlyWhitespaceOrNothingClearsThePassage() {
        model.select(source("Tidewater Courier"));
        int paragraphBreak = model.textProperty().get().indexOf("\n\n");
        model.selectPassage(0, 5);

        model.selectPassage(paragraphBreak, paragraphBreak + 2);
        assertNull(session.selection().selectedPassageProperty().get());

        model.selectPassage(0, 5);
        model.selectPassage(3, 3);
        assertNull(session.selection().selectedPassageProperty().get());
        assertTrue(!model.passageSelectedProperty().get());
    }

    @Test
    void choosingAnotherSourceDropsThePassageOfTheFirst() {
        model.select(source("Tidewater Courier"));
        model.selectPassage(0, 10);

        model.select(source("Coastal Broadcasting"));

        assertNull(session.selection().selectedPassageProperty().get());
    }

    @Test
    void revealingACitationAsksTheViewToShowItsPassage() {
        List<TextSpan> requests = new ArrayList<>();
        model.revealRequestProperty().addListener((observable, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        Source coastal = source("Coastal Broadcasting");
        Excerpt excerpt = session.story().documentProperty().get().excerpts().values().stream()
                .filter(candidate -> candidate.sourceId() == coastal.id()).findFirst().orElseThrow();

        session.story().reveal(coastal.id(), excerpt.id());

        assertEquals(coastal, model.textSourceProperty().get());
        assertEquals(List.of(new TextSpan(excerpt.start(), excerpt.end())), requests);
    }

    @Test
    void revealingASearchHitSelectsItsSourceAndAsksTheViewToShowTheHit() {
        List<TextSpan> requests = new ArrayList<>();
        model.revealRequestProperty().addListener((observable, old, now) -> {
            if (now != null) {
                requests.add(now);
            }
        });
        Source ledger = source("Regional Ledger");
        model.select(source("Coastal Broadcasting"));

        session.selection().revealText(ledger, 10, 16);
        session.selection().revealText(ledger, 10, 16);

        assertEquals(ledger, model.textSourceProperty().get());
        assertEquals(List.of(new TextSpan(10, 16), new TextSpan(10, 16)), requests, "each reveal flashes");
    }


    @Test
    void aNewEmptyProjectSaysHowToAddASourceAndNotThatReadingFailed() throws Exception {
        assertEquals(ReaderState.SHOWN, model.readerStateProperty().get());
        session.open(folder.resolve("empty.mv.db"), true, 0).join();
        assertEquals(ReaderState.NO_SOURCES, model.readerStateProperty().get());

        model.setDialogs(new Answers(Optional.of(new SourceDraft("Harbour Gazette", "Ferry runs all winter", "", "",
                null, "", "The ferry will run all winter.", "")), List.of()));
        model.pasteSource();
        assertEquals(ReaderState.SHOWN, model.readerStateProperty().get());

        session.selection().selectSource(null);
        assertEquals(ReaderState.NONE_SELECTED, model.readerStateProperty().get());
    }

    @Test
    void aSourceWhoseTextCannotBeReadSaysSo() {
        failuresExpected = true;
        Source courier = source("Tidewater Courier");
        session.selection().selectSource(new Source(987_654, courier.outlet(), courier.title(),
                courier.author(), courier.url(), courier.published(), courier.perspective(), "",
                courier.addedAt()));
        assertEquals(ReaderState.FAILED, model.readerStateProperty().get());
        assertEquals(1, reported.size());
    }

    @Test
    void editedDetailsReplaceTheSourceEverywhere() {
        Source courier = source("Tidewater Courier");
        model.select(courier);
        String text = model.textProperty().get();
        Source edited = courier.withMetadata("Tidewater Courier", "Vote to close the quay", "Nell Varga", "",
                null, "local news");
        model.setDialogs(new Answers(Optional.empty(), List.of()) {
            @Override
            public Optional<Source> askForEditedMetadata(Source source) {
                return Optional.of(edited);
            }
        });

        model.editSelectedSource();

        assertEquals(edited, source("Tidewater Courier"));
        assertEquals(edited, model.textSourceProperty().get());
        assertEquals(text, model.textProperty().get(), "the text stays loaded");
    }

    /** Dialogs answered in advance. */
    @Test
    void restoringAPlaceSelectsItsSourceAndAsksToScrollToItsParagraph() {
        Source coastal = source("Coastal Broadcasting");

        model.restore(new ReadingPlace(coastal.id(), 3));

        assertEquals(coastal, session.selection().selectedSourceProperty().get());
        assertEquals(3, model.scrollRequestProperty().get());
        model.topParagraphShown(3);
        assertEquals(new ReadingPlace(coastal.id(), 3), model.readingPlaceProperty().get());
    }

    @Test
    void aRestoredSourceThatIsGoneLeavesTheFirstSelectedQuietly() {
        Source first = session.selection().selectedSourceProperty().get();

        model.restore(new ReadingPlace(9_999, 4));

        assertEquals(first, session.selection().selectedSourceProperty().get());
        assertNull(model.scrollRequestProperty().get());
        assertEquals(new ReadingPlace(first.id(), 0), model.readingPlaceProperty().get());
        assertEquals(List.of(), reported);
    }

    @Test
    void theReadingPlaceFollowsTheChosenSourceAndTheParagraphTheViewShows() {
        model.select(source("The Market Voice"));
        long voice = source("The Market Voice").id();
        assertEquals(new ReadingPlace(voice, 0), model.readingPlaceProperty().get());

        model.topParagraphShown(2);

        assertEquals(new ReadingPlace(voice, 2), model.readingPlaceProperty().get());
    }

    @Test
    void whileARestoredTextLoadsItsFirstShowingDoesNotCountAndAnotherChoiceDropsThePlace() {
        List<Runnable> preparing = new ArrayList<>();
        SourcePaneModel deferred = new SourcePaneModel(session, new TaskRunner(preparing::add, Runnable::run), new SourceFileReader()::extract);
        Source coastal = source("Coastal Broadcasting");

        deferred.restore(new ReadingPlace(coastal.id(), 3));
        deferred.topParagraphShown(0);
        assertEquals(new ReadingPlace(coastal.id(), 0), deferred.readingPlaceProperty().get());
        assertNull(deferred.scrollRequestProperty().get(), "no text to scroll yet");
        preparing.forEach(Runnable::run);
        preparing.clear();
        assertEquals(3, deferred.scrollRequestProperty().get(), "scrolled once the text is shown");

        deferred.restore(new ReadingPlace(source("Regional Ledger").id(), 5));
        deferred.select(source("The Market Voice"));
        preparing.forEach(Runnable::run);
        assertEquals(3, deferred.scrollRequestProperty().get(), "the dropped place asks for no scroll");
    }

}

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

/** The source pane's view-model on the demo project, with direct executors: everything completes at once. */
class SourcePaneModelTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private SourcePaneModel model;
    private final List<String> reported = new ArrayList<>();
    private boolean failuresExpected;

    @BeforeEach
    void openDemo() throws Exception {
        H2ProjectFiles files = new H2ProjectFiles();
        Path file = folder.resolve("demo.mv.db");
        long storyId = DemoProject.write(files, file);
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(), (what, problem) -> {
            if (!failuresExpected) {
                fail(problem);
            }
            reported.add(what + ": " + UserMessages.describe(problem));
        });
        model = new SourcePaneModel(session);
        session.open(file, false, storyId).join();
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    private Source source(String outlet) {
        return session.library().list().stream().filter(source -> source.outlet().equals(outlet)).findFirst().orElseThrow();
    }

    private int offsetOf(String quote) {
        int offset = model.textProperty().get().indexOf(quote);
        assertTrue(offset >= 0, quote);
        return offset;
    }

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
    void pastedSourcesAreAddedAndSelected() {
        SourceDraft pasted = new SourceDraft("Lindqvist Bay Herald", "Ferry runs all winter", "", "", null, "",
                "The island ferry keeps its timetable.", "pasted");
        model.setDialogs(new Answers(Optional.of(pasted), List.of()));

        model.pasteSource();

        assertEquals(5, session.library().list().size());
        assertEquals("Lindqvist Bay Herald", session.selection().selectedSourceProperty().get().outlet());
        assertEquals("The island ferry keeps its timetable.", model.textProperty().get());
    }

    @Test
    void aBatchOfFilesListsALineForEachFileInsteadOfAMessagePerBadFile() throws Exception {
        Path good = Files.writeString(folder.resolve("ferry.txt"), "Ferry\n\nRuns all winter.", StandardCharsets.UTF_8);
        Path empty = Files.writeString(folder.resolve("notes.txt"), "\n\n", StandardCharsets.UTF_8);
        Path other = Files.writeString(folder.resolve("quay.md"), "# Quay\n\nPiers are weak.", StandardCharsets.UTF_8);
        model.setDialogs(new Answers(Optional.empty(), List.of(good, empty, other)));

        model.openFiles();

        assertEquals(6, session.library().list().size());
        assertEquals("Quay", session.selection().selectedSourceProperty().get().title());
        assertEquals(List.of(), reported);
        ImportResults results = model.importResults();
        assertTrue(results.shownProperty().get());
        assertEquals("3 files: 2 added, 1 not added", results.headingProperty().get());
        assertEquals(List.of("ferry.txt ADDED", "notes.txt FAILED notes.txt holds no text.", "quay.md ADDED"),
                results.lines().stream().map(line -> line.file() + " " + line.outcome()
                        + (line.outcome() == ImportResultLine.Outcome.FAILED ? " " + line.detail() : "")).toList());
        assertTrue(results.lines().get(2).detail().matches("source \\d+: quay, \u201cQuay\u201d, 23 characters"),
                results.lines().get(2).detail());

        model.showImported(results.lines().get(0));
        assertEquals("ferry.txt", session.selection().selectedSourceProperty().get().importedFrom());
        results.close();
        assertTrue(results.lines().isEmpty());
    }

    @Test
    void aSingleBadFileIsReportedByNameAndListsNoResults() throws Exception {
        failuresExpected = true;
        Path empty = Files.writeString(folder.resolve("notes.txt"), "\n\n", StandardCharsets.UTF_8);
        model.setDialogs(new Answers(Optional.empty(), List.of(empty)));

        model.openFiles();

        assertEquals(List.of("Import source: notes.txt holds no text."), reported);
        assertTrue(!model.importResults().shownProperty().get());
    }

    @Test
    void aFolderAddsTheArticlesInItAndSaysWhatItLeftOut() throws Exception {
        Path drop = Files.createDirectory(folder.resolve("harbour"));
        Files.writeString(drop.resolve("ferry.txt"), "Ferry\n\nThe island ferry runs all winter.");
        Files.writeString(drop.resolve("photo.jpg"), "not an article");
        Answers answers = new Answers(Optional.empty(), List.of());
        answers.folder = Optional.of(drop);
        model.setDialogs(answers);

        model.openFolder();

        assertEquals(5, session.library().list().size());
        assertEquals("1 file: 1 added", model.importResults().headingProperty().get());
        assertEquals(List.of("NOTE", "ADDED"), model.importResults().lines().stream()
                .map(line -> line.outcome().name()).toList());
        assertEquals("harbour: 1 file of other kinds (not text, Markdown, HTML, e-mail, PDF or Word) were left out.",
                model.importResults().lines().get(0).detail());
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

    private static class Answers implements SourceDialogs {
        private final Optional<SourceDraft> pasted;
        private final List<Path> files;

        Answers(Optional<SourceDraft> pasted, List<Path> files) {
            this.pasted = pasted;
            this.files = files;
        }

        @Override
        public Optional<SourceDraft> askForPastedSource() {
            return pasted;
        }

        @Override
        public Optional<Source> askForEditedMetadata(Source source) {
            return Optional.empty();
        }

        @Override
        public List<Path> askForFiles() {
            return files;
        }

        Optional<Path> folder = Optional.empty();

        @Override
        public Optional<Path> askForFolder() {
            return folder;
        }

        /** The questions about copies, as "file: existing outlet"; answered with {@link #addCopies}. */
        final List<String> copyQuestions = new ArrayList<>();
        boolean addCopies;

        @Override
        public boolean askToAddDuplicate(String fileName, Source existing) {
            copyQuestions.add(fileName + ": " + existing.outlet());
            return addCopies;
        }

        /** The imports shown for review, by heading; each is added as extracted and proposed. */
        final List<String> reviews = new ArrayList<>();

        @Override
        public ImportDecision reviewImport(ImportReview review) {
            reviews.add(review.heading());
            return ImportDecision.add(ImportReviews.asProposed(review));
        }
    }

    @Test
    void aFileWithAnArticleTheProjectHasIsKeptOutWhenTheEditorKeepsTheExistingSource() throws Exception {
        model.select(source("Coastal Broadcasting"));
        Path copy = Files.writeString(folder.resolve("coastal-copy.txt"),
                "Share this article\n\n" + model.textProperty().get() + "\n\nMost read", StandardCharsets.UTF_8);
        Answers answers = new Answers(Optional.empty(), List.of(copy));
        model.setDialogs(answers);

        model.openFiles();

        assertEquals(List.of("coastal-copy.txt: Coastal Broadcasting"), answers.copyQuestions);
        assertEquals(4, session.library().list().size());
        assertTrue(session.project().noticeProperty().get().contains("coastal-copy.txt"),
                session.project().noticeProperty().get());
    }

    @Test
    void aCopyIsAddedWhenTheEditorSaysSoAndANewArticleIsNotQuestioned() throws Exception {
        model.select(source("Coastal Broadcasting"));
        Path copy = Files.writeString(folder.resolve("coastal-copy.txt"), model.textProperty().get(),
                StandardCharsets.UTF_8);
        Path fresh = Files.writeString(folder.resolve("ferry.txt"), "Ferry\n\nThe island ferry runs all winter.",
                StandardCharsets.UTF_8);
        Answers answers = new Answers(Optional.empty(), List.of(copy, fresh));
        answers.addCopies = true;
        model.setDialogs(answers);

        model.openFiles();

        assertEquals(List.of("coastal-copy.txt: Coastal Broadcasting"), answers.copyQuestions);
        assertEquals(6, session.library().list().size());
    }
}

package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.factdesk.logic.cleanup.CleanupReason;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.RunningTask;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserMessages;
import org.factdesk.ui.source.cleanup.CleanupLinesModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file import shows each file for review before it is added: the kept lines, the edited metadata and the
 * original bytes reach the project; a batch can skip a file, add the rest as proposed, or stop. On the demo
 * project with direct executors, so every step completes at once.
 */
class SourceImportReviewTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private SourcePaneModel model;
    private final List<String> reported = new ArrayList<>();
    private final Script script = new Script();

    @BeforeEach
    void openDemo() throws Exception {
        H2ProjectFiles files = new H2ProjectFiles();
        Path file = folder.resolve("demo.mv.db");
        long storyId = DemoProject.write(files, file);
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(),
                (what, problem) -> reported.add(what + ": " + UserMessages.describe(problem)));
        model = new SourcePaneModel(session);
        session.open(file, false, storyId).join();
        model.setDialogs(script);
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    @Test
    void theKeptLinesTheEditedMetadataAndTheOriginalReachTheProject() throws Exception {
        Path page = JunkPages.write(folder, "kittiwakes.html");
        script.reviews.add(review -> {
            assertEquals("kittiwakes.html", review.heading());
            assertEquals(Optional.of(CleanupReason.LEADING), review.lines().get(2).dropBecause());
            CleanupLinesModel lines = new CleanupLinesModel(review.extracted().draft().text(), review.lines());
            lines.toggle(2); // keeps the town, which the proposal drops
            SourceForm form = SourceForm.forImport(review.extracted().draft());
            form.outletProperty().set("Kestrel Times");
            return ImportDecision.add(form.toDraft(lines.resultText(), review.extracted().draft().importedFrom()));
        });

        model.openFiles();

        Source added = session.selection().selectedSourceProperty().get();
        assertEquals("Kestrel Times", added.outlet());
        assertEquals(JunkPages.TITLE, added.title());
        assertEquals(String.join("\n\n", JunkPages.TOWN, JunkPages.FIRST, JunkPages.SECOND),
                model.textProperty().get());
        SourceOriginal original = session.project().read("check", p -> p.library().original(added.id())).join()
                .orElseThrow();
        assertEquals("kittiwakes.html", original.fileName());
        assertEquals("text/html", original.mediaType());
        assertArrayEquals(Files.readAllBytes(page), original.bytes());
        model.filterProperty().set("kittiwakes");
        assertEquals(List.of(added), List.copyOf(model.filteredSources()), "the search index knows the new text");
        assertEquals(List.of(), reported);
    }

    @Test
    void aCancelledReviewAddsNothing() throws Exception {
        Path page = JunkPages.write(folder, "kittiwakes.html");
        script.reviews.add(review -> ImportDecision.stop());

        model.openFiles(List.of(page));

        assertEquals(4, session.library().list().size());
        assertEquals(List.of(), reported);
    }

    @Test
    void aBatchIsReviewedFileByFileAndASkippedFileStaysOut() throws Exception {
        List<Path> files = List.of(text("ferry.txt", "Ferry fares frozen"), text("pier.txt", "Pier repainted"),
                text("gulls.txt", "Gull count rises"));
        List<String> headings = new ArrayList<>();
        script.reviews.add(review -> added(headings, review));
        script.reviews.add(review -> {
            headings.add(review.heading());
            return ImportDecision.skip();
        });
        script.reviews.add(review -> added(headings, review));

        model.openFiles(files);

        assertEquals(List.of("File 1 of 3: ferry.txt", "File 2 of 3: pier.txt", "File 3 of 3: gulls.txt"), headings);
        assertEquals(List.of("Ferry fares frozen", "Gull count rises"), titlesAdded());
        assertEquals(List.of("ferry.txt ADDED", "pier.txt SKIPPED you chose not to add it.", "gulls.txt ADDED"),
                resultLines());
        assertEquals("3 files: 2 added, 1 skipped", model.importResults().headingProperty().get());
    }

    @Test
    void addingTheRestAsProposedAsksNoMoreButStillAsksAboutACopy() throws Exception {
        model.select(session.library().list().get(0));
        Path copy = Files.writeString(folder.resolve("copy.txt"), model.textProperty().get(), StandardCharsets.UTF_8);
        List<Path> files = List.of(text("ferry.txt", "Ferry fares frozen"), JunkPages.write(folder, "gulls.html"),
                copy, text("pier.txt", "Pier repainted"));
        script.reviews.add(review -> ImportDecision.addThisAndTheRest(ImportReviews.asProposed(review)));

        model.openFiles(files);

        assertEquals(List.of("copy.txt"), script.copyQuestions, "a copy is still asked about");
        assertEquals(List.of("Ferry fares frozen", JunkPages.TITLE, "Pier repainted"), titlesAdded());
        Source gulls = session.library().list().stream().filter(s -> s.title().equals(JunkPages.TITLE)).findFirst()
                .orElseThrow();
        assertEquals(JunkPages.FIRST + "\n\n" + JunkPages.SECOND, session.library().sourceText(gulls.id()).join(),
                "added with the proposal applied");
        assertEquals(List.of(), reported);
    }

    @Test
    void aFileWhoseProposalDropsEveryLineIsNotAddedUnaskedAndSaysWhy() throws Exception {
        List<Path> files = List.of(text("ferry.txt", "Ferry fares frozen"),
                Files.writeString(folder.resolve("menu.txt"), "Home | News | Sport\n\nShare on Facebook\n",
                        StandardCharsets.UTF_8));
        script.reviews.add(review -> ImportDecision.addThisAndTheRest(ImportReviews.asProposed(review)));

        model.openFiles(files);

        assertEquals(List.of("Ferry fares frozen"), titlesAdded());
        assertEquals(List.of("ferry.txt ADDED", "menu.txt FAILED menu.txt was not added: its clean-up proposal "
                + "drops every line. Add it on its own to choose the lines to keep."), resultLines());
        assertEquals(List.of(), reported, "a batch lists its results instead of a message per file");
    }

    @Test
    void cancelStopsTheBatchAndKeepsWhatWasAdded() throws Exception {
        List<Path> files = List.of(text("ferry.txt", "Ferry fares frozen"), text("pier.txt", "Pier repainted"),
                text("gulls.txt", "Gull count rises"));
        List<String> headings = new ArrayList<>();
        script.reviews.add(review -> added(headings, review));
        script.reviews.add(review -> {
            headings.add(review.heading());
            return ImportDecision.stop();
        });

        model.openFiles(files);

        assertEquals(2, headings.size(), "the third file is never shown");
        assertEquals(List.of("Ferry fares frozen"), titlesAdded());
        assertEquals(List.of("ferry.txt ADDED", "pier.txt NOT_READ you stopped the import here.",
                "gulls.txt NOT_READ The import was stopped before this file."), resultLines());
    }

    @Test
    void aPastedPageIsReviewedWithItsMetadataAndStoredWithItsHtml() {
        String html = JunkPages.html();
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.of(html), Optional.of("plain copy")));
        script.reviews.add(review -> {
            assertEquals(PastedImport.PAGE_NAME, review.heading());
            assertEquals(JunkPages.OUTLET, review.extracted().draft().outlet());
            return ImportDecision.add(ImportReviews.asProposed(review));
        });

        model.pasteSource();

        Source added = session.selection().selectedSourceProperty().get();
        assertEquals(JunkPages.TITLE, added.title());
        assertEquals(JunkPages.FIRST + "\n\n" + JunkPages.SECOND, model.textProperty().get());
        SourceOriginal original = session.project().read("check", p -> p.library().original(added.id())).join()
                .orElseThrow();
        assertEquals("text/html", original.mediaType());
        assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), original.bytes());
        assertEquals(List.of(), reported);
    }

    @Test
    void aPastedPlainTextIsReviewedAndGetsTheOutletTheEditorTypes() {
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.empty(),
                Optional.of("Pier repainted\r\n\r\nThe pier was painted white again.")));
        script.reviews.add(review -> {
            assertEquals(PastedImport.TEXT_NAME, review.heading());
            SourceForm form = SourceForm.forImport(review.extracted().draft());
            assertEquals(SourceForm.Field.OUTLET, form.problems().keySet().iterator().next(), "no outlet yet");
            form.outletProperty().set("Harbour Gazette");
            return ImportDecision.add(form.toDraft(ImportReviews.asProposed(review).text(), "pasted.txt"));
        });

        model.pasteSource();

        Source added = session.selection().selectedSourceProperty().get();
        assertEquals("Harbour Gazette", added.outlet());
        assertEquals("Pier repainted\n\nThe pier was painted white again.", model.textProperty().get());
        assertEquals("text/plain", session.project().read("check", p -> p.library().original(added.id())).join()
                .orElseThrow().mediaType());
    }

    @Test
    void readingAPasteIsListedWithTheWindowsTasks() {
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.of("<p>Gull count rises.</p>"),
                Optional.empty()));
        List<String> listed = new ArrayList<>();
        session.tasks().listed().addListener((javafx.collections.ListChangeListener<RunningTask<?>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(task -> listed.add(task.title()));
            }
        });
        script.reviews.add(review -> ImportDecision.stop());

        model.pasteSource();

        assertTrue(listed.contains("Reading the pasted source…"), listed.toString());
    }

    @Test
    void aPageWithoutTextFallsBackToThePlainTextCopiedWithIt() {
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.of("<img src=\"gull.png\">"),
                Optional.of("Gull count rises")));
        List<String> headings = new ArrayList<>();
        script.reviews.add(review -> added(headings, review));

        model.pasteSource();

        assertEquals(List.of(PastedImport.TEXT_NAME), headings);
    }

    @Test
    void aPasteThatCannotBeASourceIsReportedPlainlyAndAddsNothing() {
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.empty(), Optional.of("Gulls\u0007 return")));

        model.pasteSource();

        assertEquals(4, session.library().list().size());
        assertEquals(1, reported.size());
        assertTrue(reported.get(0).startsWith("Paste a source: The pasted text holds "), reported.get(0));
    }

    @Test
    void aPasteOfAnArticleTheProjectHasIsAskedAboutFirstAndKeptOut() {
        Source courier = session.library().list().get(0);
        String text = session.library().sourceText(courier.id()).join();
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.empty(), Optional.of(text)));
        List<String> headings = new ArrayList<>();
        script.reviews.add(review -> added(headings, review));

        model.pasteSource();

        assertEquals(List.of(PastedImport.TEXT_NAME), script.copyQuestions, "the copy question names the paste");
        assertEquals(List.of(), headings, "kept out before any review");
        assertEquals(4, session.library().list().size());
    }

    @Test
    void aCancelledPasteReviewAddsNothing() {
        model.setClipboard(() -> new SourceClipboard.Contents(Optional.empty(), Optional.of("Gull count rises")));
        script.reviews.add(review -> ImportDecision.stop());

        model.pasteSource();

        assertEquals(4, session.library().list().size());
    }

    private static ImportDecision added(List<String> headings, ImportReview review) {
        headings.add(review.heading());
        return ImportDecision.add(ImportReviews.asProposed(review));
    }

    private Path text(String name, String title) throws Exception {
        return Files.writeString(folder.resolve(name), title + "\n\nThe harbour board met on " + name + ".",
                StandardCharsets.UTF_8);
    }

    /** The batch's result lines, as "file OUTCOME" and, but for an added file, the detail. */
    private List<String> resultLines() {
        return model.importResults().lines().stream().map(line -> line.file() + " " + line.outcome()
                + (line.outcome() == ImportResultLine.Outcome.ADDED ? "" : " " + line.detail())).toList();
    }

    private List<String> titlesAdded() {
        return session.library().list().stream().skip(4).map(Source::title).toList();
    }

    /** Answers the reviews in turn; the file dialog chooses the one page the first test writes. */
    private final class Script implements SourceDialogs {
        final Deque<Function<ImportReview, ImportDecision>> reviews = new ArrayDeque<>();
        final List<String> copyQuestions = new ArrayList<>();

        @Override
        public Optional<SourceDraft> askForPastedSource() {
            return Optional.empty();
        }

        @Override
        public Optional<Source> askForEditedMetadata(Source source) {
            return Optional.empty();
        }

        @Override
        public List<Path> askForFiles() {
            return List.of(folder.resolve("kittiwakes.html"));
        }

        @Override
        public boolean askToAddDuplicate(String fileName, Source existing) {
            copyQuestions.add(fileName);
            return false;
        }

        @Override
        public Optional<Path> askForFolder() {
            return Optional.empty();
        }

        @Override
        public ImportDecision reviewImport(ImportReview review) {
            if (reviews.isEmpty()) {
                fail("not asked to review " + review.heading());
            }
            return reviews.removeFirst().apply(review);
        }
    }
}

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

/** The source pane's view-model adding sources: pasted, one file, a batch, a folder, and copies. */
class SourcePaneImportTest extends DemoSourcePaneCase {

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


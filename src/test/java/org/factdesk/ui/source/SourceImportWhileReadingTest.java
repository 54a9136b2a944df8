package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.logic.importing.ExtractedSource;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.model.Source;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.PumpedUiThread;
import org.factdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that takes its time, on real worker threads, while the test thread plays the JavaFX thread: the
 * editor keeps reading sources meanwhile, and can cancel the import.
 */
class SourceImportWhileReadingTest {

    @TempDir
    Path folder;

    private final PumpedUiThread ui = new PumpedUiThread();
    private final ExecutorService workers = Executors.newCachedThreadPool();
    private final CountDownLatch slowFileEntered = new CountDownLatch(1);
    private final CountDownLatch slowFileMayFinish = new CountDownLatch(1);
    private EditorSession session;
    private SourcePaneModel model;

    @BeforeEach
    void openDemo() throws Exception {
        H2ProjectFiles files = new H2ProjectFiles();
        Path file = folder.resolve("demo.mv.db");
        long storyId = DemoProject.write(files, file);
        TaskRunner tasks = new TaskRunner(workers, ui);
        // Project work runs on whichever thread queues it: here always the test thread, as the UI thread.
        session = new EditorSession(files, Runnable::run, tasks, (what, problem) -> {
            throw new AssertionError(what, problem);
        });
        model = new SourcePaneModel(session, tasks, this::readSlowly);
        model.setDialogs(ImportReviews.addingAsProposed());
        var opened = session.open(file, false, storyId);
        ui.runUntil(() -> opened.isDone() && model.textProperty().get() != null, "the demo's first source is shown");
    }

    /** Reads like the real reader, but a file named slow*.txt waits until the test lets it finish. */
    private ExtractedSource readSlowly(Path file) throws IOException, SourceImportException {
        if (file.getFileName().toString().startsWith("slow")) {
            slowFileEntered.countDown();
            try {
                assertTrue(slowFileMayFinish.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        return new SourceFileReader().extract(file);
    }

    @AfterEach
    void close() {
        slowFileMayFinish.countDown();
        workers.shutdownNow();
        session.closeCurrent();
    }

    private Path textFile(String name, String title) throws Exception {
        return Files.writeString(folder.resolve(name), title + "\n\nThe pier reopens in spring.", StandardCharsets.UTF_8);
    }

    private Source source(String outlet) {
        return session.library().list().stream().filter(each -> each.outlet().equals(outlet)).findFirst().orElseThrow();
    }

    @Test
    void aSourceShowsWhileASlowImportIsStillReadingItsFiles() throws Exception {
        var importing = model.openFiles(List.of(textFile("slow-harbour.txt", "Harbour works")));
        ui.runUntil(() -> slowFileEntered.getCount() == 0, "the import reads the slow file");

        Source voice = source("The Market Voice");
        model.select(voice);
        ui.runUntil(() -> model.textProperty().get() != null, "the chosen source's text is shown");

        assertEquals(voice, model.textSourceProperty().get());
        assertFalse(importing.result().isDone(), "the import is still reading");
        assertEquals(List.of(importing), session.tasks().listed());

        slowFileMayFinish.countDown();
        ui.runUntil(() -> importing.result().isDone(), "the import ends");
        assertEquals(5, session.library().list().size());
        assertEquals(voice, session.selection().selectedSourceProperty().get(),
                "the editor chose a source meanwhile, so the import does not take her away from it");
    }

    @Test
    void cancellingAnImportKeepsTheFilesAlreadyAddedAndReadsNoMore() throws Exception {
        var importing = model.openFiles(List.of(textFile("first.txt", "Quay plans"),
                textFile("slow-second.txt", "Pier budget"), textFile("third.txt", "Ferry fares")));
        ui.runUntil(() -> slowFileEntered.getCount() == 0, "the import reads the slow file");

        importing.cancel();
        slowFileMayFinish.countDown();
        ui.runUntil(() -> importing.result().isDone(), "the import ends");

        assertThrows(CancellationException.class, () -> importing.result().get());
        List<String> titles = session.library().list().stream().map(Source::title).toList();
        assertTrue(titles.contains("Quay plans") && titles.contains("Pier budget"), titles.toString());
        assertFalse(titles.contains("Ferry fares"), "the file after the cancel is never read");
        assertTrue(session.project().noticeProperty().get().contains("cancelled"),
                session.project().noticeProperty().get());
        assertEquals(List.of(), session.tasks().listed());
    }
}

package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFiles;
import org.factdesk.model.SourceLibrary;
import org.factdesk.model.StoryRepository;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.DemoSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorSessionTest {

    @TempDir
    Path folder;

    private final List<String> reported = new ArrayList<>();
    private EditorSession session;

    @BeforeEach
    void openDemo() throws Exception {
        session = new EditorSession(new H2ProjectFiles(), Runnable::run, TaskRunner.onCallerThread(),
                (what, problem) -> reported.add(what + ": " + UserMessages.describe(problem)));
        session.open(DemoSession.writeDemo(folder), false, 0).join();
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    @Test
    void aFileThatCannotBeOpenedLeavesTheOpenProjectAsItWas() throws Exception {
        Project before = session.project().projectProperty().get();
        Path notes = folder.resolve("notes.mv.db");
        Files.writeString(notes, "shopping list");

        CompletionException failure = assertThrows(CompletionException.class,
                () -> session.open(notes, false, 0).join());

        assertTrue(failure.getCause().getMessage().contains("is not a Factdesk project"));
        assertEquals(before, session.project().projectProperty().get());
        assertEquals(4, session.story().documentProperty().get().facts().size());
        assertEquals(0, session.project().pendingWorkProperty().get(), "nothing is left spinning");
    }

    @Test
    void openingAnotherProjectClosesTheFirstAfterItsWrites() throws Exception {
        Project first = session.project().projectProperty().get();
        long factId = session.story().documentProperty().get().facts().get(0).id();
        session.story().editor().typeFactText(factId, "Typed just before switching.");
        Path other = Files.createDirectory(folder.resolve("other"));

        session.open(DemoSession.writeDemo(other), false, 0).join();

        try (Project reopened = new H2ProjectFiles().open(first.file())) {
            assertEquals("Typed just before switching.", reopened.stories().loadStory(
                    reopened.stories().stories().get(0).id()).facts().get(0).text());
        }
    }

    @Test
    void aFailedSaveIsReportedOnceAndDoesNotClaimTheWorkIsSaved() {
        long factId = session.story().documentProperty().get().facts().get(0).id();
        session.project().projectProperty().get().close();

        session.story().editor().typeFactText(factId, "A");
        session.story().editor().typeFactText(factId, "AB");
        session.story().editor().typeFactText(factId, "ABC");

        assertEquals(1, reported.size(), () -> "reported: " + reported);
        assertTrue(reported.get(0).startsWith("Saving: A change could not be saved"), reported.get(0));
        assertTrue(!reported.get(0).contains("saved up to this point"));
        assertEquals("ABC", session.story().documentProperty().get().fact(factId).text(), "the window keeps the typing");
    }

    @Test
    void aProjectThatFailsToCloseWhenAnotherOpensIsReported() throws Exception {
        List<String> failures = new ArrayList<>();
        EditorSession switching = new EditorSession(new ClosingFails(), Runnable::run, TaskRunner.onCallerThread(),
                (what, problem) -> failures.add(what + ": " + problem.getMessage()));
        switching.open(DemoSession.writeDemo(Files.createDirectory(folder.resolve("first"))), false, 0).join();

        switching.open(DemoSession.writeDemo(Files.createDirectory(folder.resolve("second"))), false, 0).join();

        assertEquals(List.of("Closing the previous project: the disk went away"), failures.stream()
                .map(failure -> failure.replace("java.lang.IllegalStateException: ", "")).toList());
        // The second project fails to close too; closing at the end says so to its caller.
        assertThrows(CompletionException.class, switching::closeCurrent);
    }

    /** Opens real project files whose close then fails, after closing the file for real. */
    private static final class ClosingFails implements ProjectFiles {
        private final H2ProjectFiles files = new H2ProjectFiles();

        @Override
        public Project open(Path file) throws ProjectFileException {
            return failingClose(files.open(file));
        }

        @Override
        public Project openOrCreate(Path file) throws ProjectFileException {
            return failingClose(files.openOrCreate(file));
        }

        @Override
        public Project openForReading(Path file) throws ProjectFileException {
            return failingClose(files.openForReading(file));
        }

        @Override
        public void saveCopy(Project project, Path target) throws ProjectFileException {
            files.saveCopy(project, target);
        }

        @Override
        public java.util.Optional<String> whyNotOverwritable(Path file) {
            return files.whyNotOverwritable(file);
        }

        @Override
        public org.factdesk.model.RecoveryReport recover(Path damagedFile, Path newFile) throws ProjectFileException {
            return files.recover(damagedFile, newFile);
        }

        private static Project failingClose(Project project) {
            return new Project() {
                @Override
                public Path file() {
                    return project.file();
                }

                @Override
                public SourceLibrary library() {
                    return project.library();
                }

                @Override
                public StoryRepository stories() {
                    return project.stories();
                }

                @Override
                public org.factdesk.model.CheckSettings checks() {
                    return project.checks();
                }

                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return project.inTransaction(work);
                }

                @Override
                public void close() {
                    project.close();
                    throw new IllegalStateException("the disk went away");
                }
            };
        }
    }
}

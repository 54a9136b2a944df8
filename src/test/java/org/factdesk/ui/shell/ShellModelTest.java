package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.prefs.Preferences;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellModelTest {

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("factdesk-test-" + UUID.randomUUID());
    private final H2ProjectFiles files = new H2ProjectFiles();
    private EditorSession session;
    private ShellModel shell;

    @BeforeEach
    void create() {
        startApp();
    }

    @AfterEach
    void close() throws Exception {
        session.closeCurrent();
        preferences.removeNode();
    }

    private void startApp() {
        session = DemoSession.create(Runnable::run, TaskRunner.onCallerThread());
        shell = new ShellModel(session, files, new WorkstationSettings(preferences));
    }

    @Test
    void firstStartWritesAndOpensTheDemoProject() {
        Path demo = folder.resolve("home").resolve("Factdesk Demo.mv.db");
        shell.openAtStart(demo, Runnable::run).join();

        assertTrue(Files.exists(demo));
        assertEquals("Tidewater votes to close Old Quay market", session.story().documentProperty().get().story().title());
        assertEquals(List.of(demo), shell.recentProjects());
        assertEquals("Factdesk Demo.mv.db — Factdesk", shell.windowTitleProperty().get());
    }

    @Test
    void laterStartsReopenTheLastProjectAtTheLastStory() throws Exception {
        Path project = DemoSession.writeDemo(folder);
        shell.openProject(project).join();
        session.stories().create("Second story");
        long second = session.story().documentProperty().get().story().id();
        session.closeCurrent();

        startApp();
        shell.openAtStart(folder.resolve("unused demo.mv.db"), Runnable::run).join();

        assertEquals(project, session.project().projectProperty().get().file());
        assertEquals(second, session.story().documentProperty().get().story().id());
        assertTrue(Files.notExists(folder.resolve("unused demo.mv.db")), "no demo when there is a last project");
    }

    @Test
    void anUnopenableLastProjectFallsBackToTheDemo() throws Exception {
        Path broken = folder.resolve("notes.mv.db");
        Files.writeString(broken, "not a project");
        new WorkstationSettings(preferences).rememberProject(broken);
        List<Throwable> reported = new java.util.ArrayList<>();
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(), (what, problem) -> reported.add(problem));
        shell = new ShellModel(session, files, new WorkstationSettings(preferences));

        shell.openAtStart(folder.resolve("demo.mv.db"), Runnable::run).join();

        assertEquals(1, reported.size());
        assertTrue(reported.get(0).getMessage().contains("is not a Factdesk project"), reported.get(0).getMessage());
        assertEquals(folder.resolve("demo.mv.db"), session.project().projectProperty().get().file());
    }

    @Test
    void aDamagedDemoAsTheLastProjectIsReportedOnce() throws Exception {
        Path demo = folder.resolve("Factdesk Demo.mv.db");
        Files.writeString(demo, "not a project any more");
        new WorkstationSettings(preferences).rememberProject(demo);
        List<Throwable> reported = new java.util.ArrayList<>();
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(), (what, problem) -> reported.add(problem));
        shell = new ShellModel(session, files, new WorkstationSettings(preferences));

        shell.openAtStart(demo, Runnable::run).join();

        assertEquals(1, reported.size());
        assertEquals(null, session.project().projectProperty().get());
    }

    @Test
    void aRecentProjectThatIsGoneIsForgotten() throws Exception {
        Path gone = folder.resolve("gone.mv.db");
        new WorkstationSettings(preferences).rememberProject(gone);
        List<Throwable> reported = new java.util.ArrayList<>();
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(), (what, problem) -> reported.add(problem));
        shell = new ShellModel(session, files, new WorkstationSettings(preferences));

        shell.openAtStart(folder.resolve("demo.mv.db"), Runnable::run).join();

        assertEquals(List.of(folder.resolve("demo.mv.db")), shell.recentProjects());
        assertEquals(1, reported.size());
    }

    @Test
    void exportWritesTheOpenStoryToTheChosenFile() throws Exception {
        shell.openProject(DemoSession.writeDemo(folder)).join();
        Path target = folder.resolve(shell.suggestedExportName(ExportFormat.TEXT));

        shell.export(ExportFormat.TEXT, target).join();

        assertEquals("Tidewater votes to close Old Quay market.txt", target.getFileName().toString());
        assertEquals("Exported to " + target, session.project().noticeProperty().get());
        String text = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(text.contains("Sources: 1Tidewater Courier and 2Coastal Broadcasting."), text);
    }

    @Test
    void exportRefusesTheOpenProjectAndAnotherProjectAsTargets() throws Exception {
        List<Throwable> reported = new java.util.ArrayList<>();
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(), (what, problem) -> reported.add(problem));
        shell = new ShellModel(session, files, new WorkstationSettings(preferences));
        Path open = DemoSession.writeDemo(folder);
        shell.openProject(open).join();
        Path other = folder.resolve("other.mv.db");
        files.openOrCreate(other).close();
        byte[] otherBefore = Files.readAllBytes(other);

        assertThrows(CompletionException.class, () -> shell.export(ExportFormat.HTML, open).join());
        assertThrows(CompletionException.class, () -> shell.export(ExportFormat.HTML, other).join());

        assertEquals(2, reported.size());
        assertTrue(reported.get(0).getMessage().contains("it is the project being exported"),
                reported.get(0).getMessage());
        assertTrue(reported.get(1).getMessage().contains("named as a Factdesk project"), reported.get(1).getMessage());
        assertArrayEquals(otherBefore, Files.readAllBytes(other));
        assertTrue(session.story().documentProperty().get().story().title().contains("Old Quay"), "the open story is intact");
    }

    @Test
    void savedCopyHoldsTheProjectAndTheOriginalStaysOpen() throws Exception {
        Path original = DemoSession.writeDemo(folder);
        shell.openProject(original).join();
        Path copy = folder.resolve("copy.mv.db");

        shell.saveCopy(copy);

        assertEquals(original, session.project().projectProperty().get().file());
        session.closeCurrent();
        try (Project project = files.open(copy)) {
            assertEquals(List.of("Tidewater votes to close Old Quay market"),
                    project.stories().stories().stream().map(Story::title).toList());
        }
    }
}

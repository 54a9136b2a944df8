package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.OpenDialogs.button;
import static org.factdesk.ui.shell.OpenDialogs.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.model.Story;
import org.factdesk.store.DamagedProjectFixture;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.store.StoredBytes;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor whose project file is damaged recovers it from the window: File › Recover a damaged project…, picks
 * the damaged file and a name for the new one, reads what was left out, and opens the recovered project. The
 * damaged file is not changed.
 */
@ExtendWith(ApplicationExtension.class)
class RecoverProjectFlowTest {

    @TempDir
    Path folder;

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private final Preferences preferences = Preferences.userRoot().node("factdesk-test-" + UUID.randomUUID());
    private final List<FileChoosers.Request> asked = new ArrayList<>();
    private EditorSession session;
    private ShellModel shell;
    private DamagedProjectFixture damaged;
    private Path recovered;

    @Start
    void start(Stage stage) {
        session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
        shell = new ShellModel(session, new H2ProjectFiles(), new WorkstationSettings(preferences));
        MainWindow window = new MainWindow(shell, new FileChoosers() {
            @Override
            public Optional<Path> open(Window owner, Request request) {
                asked.add(request);
                return Optional.of(damaged.file());
            }

            @Override
            public Optional<Path> save(Window owner, Request request) {
                asked.add(request);
                return Optional.of(recovered);
            }
        });
        Scene scene = new Scene(window, 1280, 720);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void openDemoAndDamageAnotherProject() throws Exception {
        fx(() -> shell.openProject(DemoSession.writeDemo(folder))).get(20, TimeUnit.SECONDS);
        damaged = DamagedProjectFixture.createIn(java.nio.file.Files.createDirectories(folder.resolve("damaged")));
        damaged.alter("Quillmarsh", "Quillmarsk");
        recovered = folder.resolve("harbour recovered.mv.db");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            session.closeCurrent();
            return null;
        });
        projectThread.shutdown();
        preferences.removeNode();
    }

    @Test
    void recoveringShowsWhatWasLeftOutAndOpensTheNewProject(FxRobot robot) throws Exception {
        String before = StoredBytes.sha256(damaged.file());

        robot.clickOn("File").clickOn("Recover a damaged project…");
        Stage report = OpenDialogs.await(robot, "Recovery");

        assertEquals("harbour recovered.mv.db", asked.get(1).suggestedName(), "the new file is named after the old");
        String summary = robot.from(report.getScene().getRoot()).lookup("#recovery-summary").queryAs(Label.class)
                .getText();
        assertTrue(summary.startsWith("Copied 1 of 2 sources and 2 of 2 stories from harbour.mv.db into "), summary);
        ListView<?> leftOut = robot.from(report.getScene().getRoot()).lookup("#recovery-left-out")
                .queryAs(ListView.class);
        assertEquals("warning source " + damaged.heraldId() + ": left out: its text does not match its checksum",
                leftOut.getItems().get(0));

        robot.clickOn(button(report, "Open the recovered project"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> session.project().projectProperty().get() != null
                && session.project().projectProperty().get().file().getFileName().equals(recovered.getFileName())));
        assertEquals(List.of("Tidewater bridge shut", "Ferry timetable"),
                fx(() -> session.stories().list().stream().map(Story::title).toList()));
        assertEquals(before, StoredBytes.sha256(damaged.file()), "the damaged file was only read");
    }
}

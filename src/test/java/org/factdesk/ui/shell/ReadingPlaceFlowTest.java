package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor reads far down a long source, quits, and the next start shows that source at the same place. */
@ExtendWith(ApplicationExtension.class)
class ReadingPlaceFlowTest {

    private static final String LONG_SOURCE = IntStream.rangeClosed(1, 120)
            .mapToObj(n -> "Harbour log, entry " + n + ": the ferry left on time and the quay lights were checked.")
            .collect(Collectors.joining("\n\n"));

    @TempDir
    Path folder;

    private final Preferences preferences = Preferences.userRoot().node("factdesk-test-" + UUID.randomUUID());
    private Stage stage;
    private ExecutorService projectThread;
    private EditorSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.apply(false);
    }

    @AfterEach
    void close() throws Exception {
        quit();
        preferences.removeNode();
    }

    /** Starts the workstation on {@code project} as the app does: a new session, a new window, the same settings. */
    private void startOn(Path project) throws Exception {
        projectThread = Executors.newSingleThreadExecutor();
        fx(() -> {
            session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
            ShellModel shell = new ShellModel(session, new H2ProjectFiles(), new WorkstationSettings(preferences));
            MainWindow window = new MainWindow(shell);
            Scene scene = new Scene(window, 1280, 720);
            window.install(scene);
            stage.setScene(scene);
            stage.show();
            return shell.openProject(project);
        }).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void quit() throws Exception {
        if (session != null) {
            fx(() -> {
                session.closeCurrent();
                return null;
            });
            projectThread.shutdown();
            projectThread.awaitTermination(10, TimeUnit.SECONDS);
            session = null;
        }
    }

    private StyleClassedTextArea reader(FxRobot robot) {
        return robot.lookup("#source-text-area").queryAs(StyleClassedTextArea.class);
    }

    private int topParagraph(FxRobot robot) throws Exception {
        return fx(() -> reader(robot).firstVisibleParToAllParIndex());
    }

    @Test
    void theNextStartShowsTheSourceLastReadScrolledToWhereItWas(FxRobot robot) throws Exception {
        Path project = DemoSession.writeDemo(folder);
        startOn(project);
        fx(() -> {
            session.library().addSource(new SourceDraft("Quay Log", "A season of crossings", "", "", null, "", LONG_SOURCE,
                    "paste"));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> reader(robot).getText().contains("entry 120")));
        // The editor scrolls down to the middle of the log (a scroll wheel or the scroll bar would do the same).
        robot.interact(() -> reader(robot).showParagraphAtTop(60));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> topParagraph(robot) == 60);
        quit();

        startOn(project);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> reader(robot).getText().contains("entry 120")));
        assertEquals("Quay Log", fx(() -> session.selection().selectedSourceProperty().get().outlet()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> topParagraph(robot) == 60);
        assertEquals(60, topParagraph(robot));
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}

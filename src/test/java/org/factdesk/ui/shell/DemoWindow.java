package org.factdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.model.Project;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole workstation window on the demo project, for TestFX tests of what the editor does in it: build it in
 * {@code @Start}, {@link #openDemo} in {@code @BeforeEach}, {@link #close} after each test. Save dialogs are
 * answered with {@link #exportTarget()}, as the editor would type a name.
 */
final class DemoWindow {

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private final Preferences preferences = Preferences.userRoot().node("factdesk-test-" + UUID.randomUUID());
    private final EditorSession session;
    private final ShellModel shell;
    private final MainWindow window;
    private final Scene scene;
    private Path exportTarget;

    DemoWindow(Stage stage) {
        Theme.apply(false);
        session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
        shell = new ShellModel(session, new H2ProjectFiles(), new WorkstationSettings(preferences));
        window = new MainWindow(shell, new FileChoosers() {
            @Override
            public Optional<Path> open(Window owner, Request request) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, Request request) {
                return Optional.ofNullable(exportTarget);
            }
        });
        scene = new Scene(window, 1360, 860);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** Writes the demo project into {@code folder} and opens it; exports go to {@code folder/story.html}. */
    void openDemo(Path folder) throws Exception {
        Path file = DemoSession.writeDemo(folder);
        exportTarget = folder.resolve("story.html");
        CompletableFuture<Project> opened = fx(() -> shell.openProject(file));
        opened.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() throws Exception {
        fx(() -> {
            session.closeCurrent();
            return null;
        });
        projectThread.shutdown();
        preferences.removeNode();
    }

    EditorSession session() {
        return session;
    }

    ShellModel shell() {
        return shell;
    }

    MainWindow window() {
        return window;
    }

    Path exportTarget() {
        return exportTarget;
    }

    Node focusOwner() throws Exception {
        return fx(scene::getFocusOwner);
    }

    /** True when the focus is on {@code node} or inside it. */
    boolean focusIsIn(Node node) throws Exception {
        return fx(() -> {
            for (Node at = scene.getFocusOwner(); at != null; at = at.getParent()) {
                if (at == node) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The open story as the project file has it, after every write queued so far. */
    StoryDocument stored() throws Exception {
        long storyId = fx(() -> session.story().documentProperty().get().story().id());
        CompletableFuture<StoryDocument> read = fx(() -> session.project().read("check",
                project -> project.stories().loadStory(storyId)));
        return read.get(10, TimeUnit.SECONDS);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** Waits, on the test thread, until {@code condition} holds; it reads nodes through {@link #fx} itself. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}

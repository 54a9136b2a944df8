package org.factdesk.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
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
 * {@code @Start}, {@link #openDemo} in {@code @BeforeEach}, {@link #close} after each test. Unless a test gives
 * its own {@link FileChoosers}, save dialogs are answered with {@link #exportTarget()}, as the editor would type a
 * name, and open dialogs are cancelled. Build it on the JavaFX thread; the other methods are called from the test
 * thread.
 */
final class DemoWindow {

    /** The stage size of most tests; {@link #LAPTOP_WIDTH}×{@link #LAPTOP_HEIGHT} is a laptop's screen. */
    static final double WIDTH = 1360;
    static final double HEIGHT = 860;
    static final double LAPTOP_WIDTH = 1280;
    static final double LAPTOP_HEIGHT = 720;

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private final Preferences preferences;
    private final boolean ownPreferences;
    private final EditorSession session;
    private final ShellModel shell;
    private final MainWindow window;
    private final Scene scene;
    private Path exportTarget;

    DemoWindow(Stage stage) {
        this(stage, WIDTH, HEIGHT);
    }

    DemoWindow(Stage stage, double width, double height) {
        this(stage, width, height, null, null);
    }

    /** A window whose file dialogs {@code choosers} answers. */
    DemoWindow(Stage stage, double width, double height, FileChoosers choosers) {
        this(stage, width, height, Objects.requireNonNull(choosers), null);
    }

    /**
     * A window on settings that outlive it, as the next start of the app finds them: the caller removes {@code
     * settings} after the test, {@link #close} leaves them.
     */
    DemoWindow(Stage stage, double width, double height, Preferences settings) {
        this(stage, width, height, null, Objects.requireNonNull(settings));
    }

    private DemoWindow(Stage stage, double width, double height, FileChoosers choosers, Preferences settings) {
        ownPreferences = settings == null;
        preferences = ownPreferences ? newPreferences() : settings;
        Theme.apply(false);
        session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
        shell = new ShellModel(session, new H2ProjectFiles(), new WorkstationSettings(preferences));
        window = new MainWindow(shell, choosers != null ? choosers : new FileChoosers() {
            @Override
            public Optional<Path> open(Window owner, Request request) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> save(Window owner, Request request) {
                return Optional.ofNullable(exportTarget);
            }
        });
        scene = new Scene(window, width, height);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A settings node of its own for one test, so tests never see each other's or the user's settings. */
    static Preferences newPreferences() {
        return Preferences.userRoot().node("factdesk-test-" + UUID.randomUUID());
    }

    /**
     * Writes the demo project into {@code folder} and opens it; exports go to {@code folder/story.html}.
     *
     * @return the demo project's file
     */
    Path openDemo(Path folder) throws Exception {
        Path file = DemoSession.writeDemo(folder);
        exportTarget = folder.resolve("story.html");
        open(file);
        return file;
    }

    /** Opens {@code project} as File > Open does, and waits until the window shows it. */
    void open(Path project) throws Exception {
        CompletableFuture<Project> opened = fx(() -> shell.openProject(project));
        opened.get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Closes the project as quitting does and waits until every write queued for it has reached the file, so the
     * next window can open the file at once.
     */
    void close() throws Exception {
        fx(() -> {
            session.closeCurrent();
            return null;
        });
        projectThread.shutdown();
        projectThread.awaitTermination(10, TimeUnit.SECONDS);
        if (ownPreferences) {
            preferences.removeNode();
        }
    }

    Preferences preferences() {
        return preferences;
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

package org.factdesk.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFiles;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.shell.AlertErrorReporter;
import org.factdesk.ui.shell.MainWindow;
import org.factdesk.ui.shell.ShellModel;
import org.factdesk.ui.shell.StagePlacement;
import org.factdesk.ui.shell.Theme;
import org.factdesk.ui.shell.WorkstationSettings;

/**
 * The desktop application: wires the H2 store, the editor session and the main window, shows the window at
 * once and builds the workstation into it on the next pulse (the window appears before the heavy views are
 * built), then opens the project named on the command line, else the last project or, on the very first start,
 * the demo project. The window is placed by {@link StagePlacement}. JavaFX thread, apart
 * from the one project thread it owns.
 */
public final class Workstation extends Application {

    /** The folder for the demo project; overridable for tests and screenshots. */
    static final String HOME_PROPERTY = "factdesk.home";

    private ExecutorService projectThread;
    private EditorSession session;
    private MainWindow window;
    private WorkstationSettings settings;
    private StagePlacement placement;

    /** Starts the workstation on the last project, or on {@code project} when given. Blocks until it closes. */
    public static void main(Optional<Path> project) {
        Application.launch(Workstation.class, project.map(path -> path.toAbsolutePath().toString()).stream()
                .toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        settings = WorkstationSettings.forUser();
        Theme.apply(settings.darkTheme());
        Scene scene = new Scene(new StackPane(new Label("Opening Factdesk…")));
        stage.setScene(scene);
        stage.setTitle("Factdesk");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placement = StagePlacement.apply(stage, settings);
        StartupProbe.watch(stage);
        stage.show();
        Platform.runLater(() -> buildWorkstation(stage, scene));
    }

    @SuppressWarnings("FutureReturnValueIgnored") // openAtStart reports its own failures; the probe mark only times success
    private void buildWorkstation(Stage stage, Scene scene) {
        projectThread = Executors.newSingleThreadExecutor(work -> {
            Thread thread = new Thread(work, "factdesk-project");
            thread.setDaemon(true);
            return thread;
        });
        ProjectFiles files = new H2ProjectFiles();
        session = new EditorSession(files, projectThread, TaskRunner.withDaemonThreads(Platform::runLater),
                new AlertErrorReporter(() -> stage));
        // SIGTERM (a logout, a shutdown) skips stop(): the store's exit hook closes the project, after this has
        // written the edits still queued. A normal exit closes in stop(), and the hook then finds nothing open.
        EditorSession exiting = session;
        H2ProjectFiles.beforeClosingAtExit(() -> exiting.project().finishPendingWrites(Duration.ofSeconds(5)));
        ShellModel shell = new ShellModel(session, files, settings);
        window = new MainWindow(shell);
        scene.setRoot(window);
        window.install(scene);
        stage.titleProperty().bind(shell.windowTitleProperty());
        List<String> project = getParameters().getRaw();
        CompletableFuture<Project> opening = project.isEmpty() ? shell.openAtStart(demoFile(), projectThread)
                : shell.openProject(Path.of(project.get(0)));
        opening.thenRun(StartupProbe::ready);
    }

    static Path demoFile() {
        String home = System.getProperty(HOME_PROPERTY);
        Path folder = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), "Factdesk");
        return folder.resolve("Factdesk Demo" + H2ProjectFiles.SUFFIX);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.rememberLayout();
        }
        if (placement != null) {
            placement.remember(settings);
        }
        if (session != null) {
            session.closeCurrent();
        }
        if (projectThread != null) {
            projectThread.shutdown();
        }
        if (settings != null) {
            settings.flush();
        }
    }
}

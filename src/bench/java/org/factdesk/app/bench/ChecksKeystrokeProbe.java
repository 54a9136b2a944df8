package org.factdesk.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.factdesk.logic.bench.LargeProjectGenerator;
import org.factdesk.model.Fact;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.shell.MainWindow;
import org.factdesk.ui.shell.ShellModel;
import org.factdesk.ui.shell.Theme;
import org.factdesk.ui.shell.WorkstationSettings;

/**
 * Measures "after a keystroke, the Checks panel is updated" in the real workstation window, on a 25-fact story of
 * the benchmark's large project (issue 9): from a character typed into a fact to the panel's list holding the
 * new findings, styled and laid out. Each keystroke waits for the panel before the next. Prints
 * {@code checkskey <median ms> <p90 ms>} after a warm-up, and {@code checkskeycold ...} for the first keystrokes,
 * then quits. JavaFX thread.
 */
public final class ChecksKeystrokeProbe extends Application {

    private static final int COLD = 10;
    private static final int WARM_UP = 40;
    private static final int RUNS = 100;

    private final List<Double> cold = new ArrayList<>();
    private final List<Double> times = new ArrayList<>();
    private ExecutorService projectThread;
    private EditorSession session;
    private Scene scene;
    private ListView<?> findings;
    private long typedAt;
    private int run;

    @Override
    @SuppressWarnings("FutureReturnValueIgnored") // a probe; the session reports failures
    public void start(Stage stage) throws Exception {
        Theme.apply(false);
        Path file = Files.createTempDirectory("factdesk-bench").resolve("large.mv.db");
        H2ProjectFiles files = new H2ProjectFiles();
        long storyId;
        try (Project project = files.openOrCreate(file)) {
            new LargeProjectGenerator(7, LargeProjectGenerator.Size.LARGE).generate(project);
            storyId = project.stories().stories().get(0).id();
        }
        projectThread = Executors.newSingleThreadExecutor();
        session = new EditorSession(files, projectThread, TaskRunner.withDaemonThreads(Platform::runLater),
                (what, problem) -> problem.printStackTrace());
        WorkstationSettings settings = new WorkstationSettings(Preferences.userRoot().node("factdesk-bench"));
        MainWindow window = new MainWindow(new ShellModel(session, files, settings));
        scene = new Scene(window, 1280, 720);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
        session.open(file, false, storyId).thenAccept(project -> Platform.runLater(this::begin));
    }

    private void begin() {
        findings = (ListView<?>) scene.getRoot().lookup(".checks-pane .list-view");
        findings.getItems().addListener((ListChangeListener<Object>) change -> panelUpdated());
        // The first run after opening fills the panel; the keystrokes start once it has.
        Platform.runLater(() -> Platform.runLater(this::typeOneKey));
    }

    private void typeOneKey() {
        Fact first = session.story().documentProperty().get().facts().get(0);
        String text = first.text();
        String typed = run % 2 == 0 ? text + "x" : text.substring(0, text.length() - 1);
        typedAt = System.nanoTime();
        session.story().editor().typeFactText(first.id(), typed);
    }

    private void panelUpdated() {
        if (typedAt == 0) {
            return;
        }
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        double millis = (System.nanoTime() - typedAt) / 1_000_000.0;
        typedAt = 0;
        if (run < COLD) {
            cold.add(millis);
        } else if (run >= WARM_UP) {
            times.add(millis);
        }
        run++;
        if (run < WARM_UP + RUNS) {
            Platform.runLater(this::typeOneKey);
        } else {
            report();
        }
    }

    private void report() {
        Collections.sort(times);
        Collections.sort(cold);
        System.out.printf("checkskey %.2f %.2f%n", times.get(times.size() / 2), times.get(times.size() * 9 / 10));
        System.out.printf("checkskeycold %.2f %.2f%n", cold.get(cold.size() / 2), cold.get(cold.size() * 9 / 10));
        System.out.flush();
        session.project().queue().flush().join();
        projectThread.shutdown();
        Platform.exit();
    }
}

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
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.Source;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.shell.MainWindow;
import org.factdesk.ui.shell.ShellModel;
import org.factdesk.ui.shell.Theme;
import org.factdesk.ui.shell.WorkstationSettings;

/**
 * Measures "new fact, from selection to visible fact" in the real workstation window: with a passage selected,
 * the time from the command to the new fact's card being styled and laid out in the scene, over many runs
 * (each undone untimed). Prints {@code newfact <median ms> <p90 ms>} after a warm-up, and {@code newfactcold ...}
 * for the first facts after opening, then quits. JavaFX thread.
 */
public final class NewFactProbe extends Application {

    /** The first facts after opening run before the JIT has compiled the path; reported apart as "cold". */
    private static final int COLD = 20;
    private static final int WARM_UP = 200;
    private static final int RUNS = 200;

    @Override
    @SuppressWarnings("FutureReturnValueIgnored") // a probe; open and sourceText report their failures to the session
    public void start(Stage stage) throws Exception {
        Theme.apply(false);
        Path folder = Files.createTempDirectory("factdesk-bench");
        Path file = folder.resolve("bench.mv.db");
        H2ProjectFiles files = new H2ProjectFiles();
        DemoProject.write(files, file);
        ExecutorService projectThread = Executors.newSingleThreadExecutor();
        EditorSession session = new EditorSession(files, projectThread, TaskRunner.withDaemonThreads(Platform::runLater),
                (what, problem) -> problem.printStackTrace());
        WorkstationSettings settings = new WorkstationSettings(Preferences.userRoot().node("factdesk-bench"));
        MainWindow window = new MainWindow(new ShellModel(session, files, settings));
        Scene scene = new Scene(window, 1360, 860);
        window.install(scene);
        stage.setScene(scene);
        stage.show();
        session.open(file, false, 0).thenAccept(project -> session.library().sourceText(ledger(session).id())
                .thenAccept(text -> measure(session, scene, text, projectThread)));
    }

    private static void measure(EditorSession session, Scene scene, String text, ExecutorService projectThread) {
        Source ledger = ledger(session);
        int start = text.indexOf("Business groups");
        session.selection().selectPassage(Passage.of(ledger, text, start, text.indexOf('.', start) + 1));
        List<Double> cold = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            int cardsBefore = scene.getRoot().lookupAll(".fact-card").size();
            long began = System.nanoTime();
            session.story().newFactFromSelection();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            long ended = System.nanoTime();
            if (scene.getRoot().lookupAll(".fact-card").size() != cardsBefore + 1) {
                throw new IllegalStateException("the new fact did not appear");
            }
            double millis = (ended - began) / 1_000_000.0;
            if (run < COLD) {
                cold.add(millis);
            } else if (run >= WARM_UP) {
                times.add(millis);
            }
            session.history().undo();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        Collections.sort(times);
        Collections.sort(cold);
        System.out.printf("newfact %.2f %.2f%n", times.get(times.size() / 2), times.get(times.size() * 9 / 10));
        System.out.printf("newfactcold %.2f %.2f%n", cold.get(cold.size() / 2), cold.get(cold.size() * 9 / 10));
        System.out.flush();
        session.project().queue().flush().join();
        projectThread.shutdown();
        Platform.exit();
    }

    private static Source ledger(EditorSession session) {
        return session.library().list().stream().filter(source -> source.outlet().equals("Regional Ledger")).findFirst()
                .orElseThrow();
    }
}

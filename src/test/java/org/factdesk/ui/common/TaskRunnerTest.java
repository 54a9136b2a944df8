package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.factdesk.logic.task.TaskProgress;
import org.junit.jupiter.api.Test;

/** The task runner with work and the "JavaFX thread" both driven by hand. */
class TaskRunnerTest {

    private final List<Runnable> workers = new ArrayList<>();
    private final PumpedUiThread ui = new PumpedUiThread();
    private final TaskRunner tasks = new TaskRunner(workers::add, ui);

    private void runWorkers() {
        List<Runnable> now = new ArrayList<>(workers);
        workers.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void startedWorkIsListedUntilItsResultIsBackOnTheUiThread() throws Exception {
        RunningTask<String> task = tasks.start("Adding 2 files", progress -> "done");
        assertEquals(List.of(task), tasks.listed());

        runWorkers();
        assertFalse(task.result().isDone(), "the result waits for the UI thread");
        assertEquals(List.of(task), tasks.listed());

        ui.runWaiting();
        assertEquals("done", task.result().get());
        assertEquals(List.of(), tasks.listed());
    }

    @Test
    void quickBackgroundWorkIsNeverListed() throws Exception {
        RunningTask<Integer> task = tasks.background(progress -> 42);
        assertEquals(List.of(), tasks.listed());
        runWorkers();
        ui.runWaiting();
        assertEquals(42, task.result().get());
    }

    @Test
    void aBurstOfProgressReachesTheUiThreadAsOneUpdateWithTheLatestStep() {
        RunningTask<Void> task = tasks.start("Adding 1000 files", progress -> {
            for (int i = 1; i <= 1000; i++) {
                progress.update(i, 1000, "file " + i);
            }
            return null;
        });
        runWorkers();

        assertEquals(2, ui.waiting(), "one progress update and the result, not a thousand updates");
        ui.runWaiting();
        assertEquals(1.0, task.progressProperty().get());
        assertEquals("file 1000", task.messageProperty().get());
    }

    @Test
    void progressWithoutAKnownTotalIsIndeterminate() {
        RunningTask<Void> task = tasks.start("Counting", progress -> {
            progress.update(3, 0, "three so far");
            return null;
        });
        runWorkers();
        ui.runWaiting();
        assertEquals(RunningTask.UNKNOWN, task.progressProperty().get());
    }

    @Test
    void cancelledWorkStopsAtItsNextStepAndItsResultSaysCancelled() {
        List<Integer> stepsRun = new ArrayList<>();
        RunningTask<Void> task = tasks.start("Adding 5 files", progress -> {
            for (int i = 0; i < 5 && !progress.cancelled(); i++) {
                stepsRun.add(i);
                if (i == 1) {
                    cancelledByTheEditor(progress); // while step 1 runs
                }
            }
            return null;
        });
        runWorkers();
        ui.runWaiting();

        assertEquals(List.of(0, 1), stepsRun);
        assertThrows(CancellationException.class, () -> task.result().get());
        assertEquals(List.of(), tasks.listed());
    }

    private static void cancelledByTheEditor(TaskProgress progress) {
        ((RunningTask<?>) progress).cancel();
    }

    @Test
    void workCancelledBeforeItStartsNeverRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        RunningTask<Void> task = tasks.start("Adding a file", progress -> {
            ran.set(true);
            return null;
        });
        task.cancel();
        runWorkers();
        ui.runWaiting();

        assertFalse(ran.get());
        assertTrue(task.result().isCompletedExceptionally());
    }

    @Test
    void whatTheWorkThrewFailsItsResult() {
        RunningTask<Void> task = tasks.start("Reading", progress -> {
            throw new IOException("disk gone");
        });
        runWorkers();
        ui.runWaiting();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> task.result().get());
        assertEquals("disk gone", failed.getCause().getMessage());
        assertEquals(List.of(), tasks.listed());
    }
}

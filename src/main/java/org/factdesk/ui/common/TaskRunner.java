package org.factdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.task.BackgroundWork;

/**
 * Runs every piece of the window's background work that is not project work (reading and parsing files,
 * preparing a long text for display, reading the guide) and brings its result back to the JavaFX thread.
 * Work the editor waits for is listed while it runs, with progress and a way to cancel; quick work that only
 * keeps the JavaFX thread free is not. Independent pieces never wait for each other: a long import does not
 * hold up showing a source. Project reads and writes go through the project's own queue
 * ({@link OpenProject}), which keeps them in edit order; see ADR 0012. Start work on the JavaFX thread.
 */
public final class TaskRunner {

    private final Executor workers;
    private final Executor uiThread;
    private final ObservableList<RunningTask<?>> listed = FXCollections.observableArrayList();
    private final ObservableList<RunningTask<?>> listedView = FXCollections.unmodifiableObservableList(listed);

    /**
     * @param workers runs work; must not run two pieces one after the other on a single thread, or one would
     *     wait for the other (in tests that drive everything by hand, the caller)
     * @param uiThread runs results on the JavaFX thread ({@code Platform::runLater}; in tests, the caller)
     */
    public TaskRunner(Executor workers, Executor uiThread) {
        this.workers = Objects.requireNonNull(workers);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    /** The runner the application uses: daemon worker threads made as needed, which end when idle. */
    public static TaskRunner withDaemonThreads(Executor uiThread) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), work -> {
                    Thread thread = new Thread(work, "factdesk-task-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        return new TaskRunner(workers, uiThread);
    }

    /** For tests without the toolkit: work and results run at once, on the caller's thread. */
    public static TaskRunner onCallerThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Starts work the editor waits for: it is listed under {@code title} until it ends. */
    public <T> RunningTask<T> start(String title, BackgroundWork<T> work) {
        RunningTask<T> task = new RunningTask<>(title, uiThread);
        listed.add(task);
        workers.execute(() -> runAndReport(task, work, true));
        return task;
    }

    /** Starts quick work that only keeps the JavaFX thread free; it is not listed, but can be cancelled. */
    public <T> RunningTask<T> background(BackgroundWork<T> work) {
        RunningTask<T> task = new RunningTask<>("", uiThread);
        workers.execute(() -> runAndReport(task, work, false));
        return task;
    }

    private <T> void runAndReport(RunningTask<T> task, BackgroundWork<T> work, boolean isListed) {
        T value = null;
        Throwable problem = null;
        if (!task.isCancelled()) {
            try {
                value = work.run(task);
            } catch (Exception | LinkageError | AssertionError e) {
                problem = e;
            }
        }
        T result = value;
        Throwable failure = problem;
        uiThread.execute(() -> {
            if (isListed) {
                listed.remove(task);
            }
            task.finish(result, failure);
        });
    }

    /** The work the editor waits for, oldest first. JavaFX thread. */
    public ObservableList<RunningTask<?>> listed() {
        return listedView;
    }

    /** Runs on the JavaFX thread (in tests, the caller's): for results that arrive from elsewhere. */
    public Executor uiThread() {
        return uiThread;
    }
}

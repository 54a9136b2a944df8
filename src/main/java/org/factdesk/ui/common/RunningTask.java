package org.factdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.factdesk.logic.task.TaskProgress;

/**
 * One piece of work started by the {@link TaskRunner}: its title, its progress and current step as the status
 * bar shows them, a way to cancel it, and its result. The working thread reports through {@link TaskProgress};
 * the properties change on the JavaFX thread only, and a burst of reports reaches it as one update, so a fast
 * loop cannot flood the window.
 *
 * @param <T> what the work produces
 */
public final class RunningTask<T> implements TaskProgress {

    /** The progress value while the amount of work is not known (a ProgressBar's indeterminate value). */
    public static final double UNKNOWN = -1;

    private final String title;
    private final Executor uiThread;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Step> unshown = new AtomicReference<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private record Step(double progress, String message) {
    }

    RunningTask(String title, Executor uiThread) {
        this.title = Objects.requireNonNull(title);
        this.uiThread = Objects.requireNonNull(uiThread);
    }

    // ---- the working thread's side

    @Override
    public void update(long done, long total, String text) {
        double share = total <= 0 ? UNKNOWN : Math.min(1, Math.max(0, (double) done / total));
        if (unshown.getAndSet(new Step(share, text == null ? "" : text)) == null) {
            uiThread.execute(this::showLatestStep);
        }
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    private void showLatestStep() {
        Step step = unshown.getAndSet(null);
        if (step != null) {
            progress.set(step.progress());
            message.set(step.message());
        }
    }

    // ---- the window's side (JavaFX thread)

    /** Asks the work to stop at its next step; its result then fails with a {@link CancellationException}. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public String title() {
        return title;
    }

    /** From 0 to 1, or {@link #UNKNOWN}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What runs now ("Reading report.html"), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Completes on the JavaFX thread with what the work produced; fails with what it threw, or with a
     * {@link CancellationException} when it was cancelled before it finished.
     */
    public CompletableFuture<T> result() {
        return result;
    }

    void finish(T value, Throwable problem) {
        showLatestStep();
        if (problem != null) {
            result.completeExceptionally(problem);
        } else if (cancelled.get()) {
            result.completeExceptionally(new CancellationException(title + " was cancelled."));
        } else {
            result.complete(value);
        }
    }
}

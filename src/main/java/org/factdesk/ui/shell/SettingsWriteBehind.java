package org.factdesk.ui.shell;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gets remembered settings to the disk soon after they change, so that a workstation that is killed (kill -9, a
 * crash, a frozen session ended by force) still finds the reading place and the rest at its next start: Java's
 * preferences only cache changes in memory, and the app flushes them itself only when it closes normally. The
 * first change schedules one flush {@link #DELAY} later and every change until then rides on it, so a scroll that
 * moves the reading place many times a second costs one write every two seconds at most. The flush runs on the
 * scheduler's thread (in the app a daemon thread of its own), never on the thread that reports the change, which
 * is the JavaFX thread. Thread-safe.
 */
final class SettingsWriteBehind {

    /** The longest a change waits in memory before it is written. */
    static final Duration DELAY = Duration.ofSeconds(2);

    /** Runs a task once, after a delay, on a thread of its own. */
    @FunctionalInterface
    interface Scheduler {
        void after(Duration delay, Runnable task);
    }

    private final Runnable flush;
    private final Scheduler scheduler;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    SettingsWriteBehind(Runnable flush, Scheduler scheduler) {
        this.flush = Objects.requireNonNull(flush);
        this.scheduler = Objects.requireNonNull(scheduler);
    }

    /** A setting changed in memory: it reaches the disk within {@link #DELAY}. */
    void changed() {
        if (scheduled.compareAndSet(false, true)) {
            scheduler.after(DELAY, this::flushNow);
        }
    }

    private void flushNow() {
        // Cleared first: a change made while the flush runs may miss it, so it must schedule the next one.
        scheduled.set(false);
        flush.run();
    }

    /** A scheduler on one daemon thread, which never keeps the app from exiting. */
    static Scheduler onDaemonThread() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "factdesk-settings");
            thread.setDaemon(true);
            return thread;
        });
        return (delay, task) -> {
            // Nothing waits for a flush: a failed one is retried by the next change, and closing flushes anyway.
            ScheduledFuture<?> unused = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        };
    }
}

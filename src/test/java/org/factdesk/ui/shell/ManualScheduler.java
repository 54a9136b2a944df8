package org.factdesk.ui.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link SettingsWriteBehind.Scheduler} whose tasks run only when the test says, so no test sleeps. */
final class ManualScheduler implements SettingsWriteBehind.Scheduler {

    private final List<Runnable> waiting = new ArrayList<>();
    private final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized void after(Duration delay, Runnable task) {
        delays.add(delay);
        waiting.add(task);
    }

    /** Every delay asked for so far, one per scheduled task. */
    synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    synchronized int waiting() {
        return waiting.size();
    }

    /** Lets the delays pass: runs every task waiting now. */
    void elapse() {
        List<Runnable> due;
        synchronized (this) {
            due = List.copyOf(waiting);
            waiting.clear();
        }
        due.forEach(Runnable::run);
    }
}

package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A stand-in for the JavaFX thread in tests without the toolkit: work handed to it waits until the test's own
 * thread runs it, so the test thread plays the JavaFX thread while real workers run beside it.
 */
public final class PumpedUiThread implements Executor {

    private final LinkedBlockingQueue<Runnable> waiting = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable work) {
        waiting.add(work);
    }

    /** Runs what arrives, on the calling thread, until {@code done} holds; fails the test after ten seconds. */
    public void runUntil(BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("gave up waiting until " + what);
            }
            Runnable next = waiting.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)), TimeUnit.NANOSECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    /** How many pieces of work wait to be run. */
    public int waiting() {
        return waiting.size();
    }

    /** Runs everything that waits now. */
    public void runWaiting() {
        Runnable next;
        while ((next = waiting.poll()) != null) {
            next.run();
        }
    }
}

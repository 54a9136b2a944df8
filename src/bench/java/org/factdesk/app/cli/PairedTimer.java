package org.factdesk.app.cli;

import java.util.Arrays;

/**
 * Times two pieces of work that do the same job, the app's way and the raw JDBC way, turn about, so that both
 * see the same JIT, cache and disk conditions: a few warm-up rounds first, then the median of the measured
 * rounds. Each task returns a number derived from its result so that the JIT cannot skip the work.
 * Not thread-safe; one figure at a time.
 */
final class PairedTimer {

    /** Work to time; it may throw, which ends the benchmark. */
    @FunctionalInterface
    interface Task {
        long run() throws Exception;
    }

    /** The two medians, and the app's 90th percentile, in milliseconds. */
    record Medians(double appMillis, double rawMillis, double appP90Millis) {
    }

    private final int warmups;
    private final int runs;
    private long sink;

    PairedTimer(int warmups, int runs) {
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("need at least one run");
        }
        this.warmups = warmups;
        this.runs = runs;
    }

    Medians measure(Task app, Task raw) throws Exception {
        for (int i = 0; i < warmups; i++) {
            sink += app.run() + raw.run();
        }
        double[] appTimes = new double[runs];
        double[] rawTimes = new double[runs];
        for (int i = 0; i < runs; i++) {
            appTimes[i] = time(app);
            rawTimes[i] = time(raw);
        }
        return new Medians(median(appTimes), median(rawTimes), p90(appTimes));
    }

    private double time(Task task) throws Exception {
        long start = System.nanoTime();
        sink += task.run();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The 90th percentile (nearest rank): the value that 90% of the runs did not exceed. */
    static double p90(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(0.9 * sorted.length) - 1)];
    }

    /** The sum of all results; printed nowhere, kept so that the work is observable. */
    long sink() {
        return sink;
    }
}

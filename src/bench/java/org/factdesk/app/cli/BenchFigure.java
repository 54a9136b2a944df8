package org.factdesk.app.cli;

import java.util.Locale;

/**
 * One measured figure of the benchmark: its median, its target and the median of the same job done the raw way
 * (a JDBC read of the same rows; for search, a plain scan of the same texts). Immutable.
 *
 * @param rawLabel what the raw way is, eight characters: "raw JDBC", "raw scan"
 * @param p90Millis the 90th percentile of the runs, NaN when not kept
 */
record BenchFigure(String name, double medianMillis, int targetMillis, double rawMillis, String rawLabel,
                   double p90Millis) {

    BenchFigure(String name, double medianMillis, int targetMillis, double rawMillis) {
        this(name, medianMillis, targetMillis, rawMillis, "raw JDBC");
    }

    BenchFigure(String name, double medianMillis, int targetMillis, double rawMillis, String rawLabel) {
        this(name, medianMillis, targetMillis, rawMillis, rawLabel, Double.NaN);
    }

    /** The same figure with the 90th percentile of its runs. */
    BenchFigure withP90(double millis) {
        return new BenchFigure(name, medianMillis, targetMillis, rawMillis, rawLabel, millis);
    }

    /** {@code search phrase            median   12.1 ms   p90   14.0 ms}; the p90 is "n/a" when not kept. */
    String spreadLine() {
        return String.format(Locale.ROOT, "%-24s median %6.1f ms   p90 %s", name, medianMillis,
                Double.isNaN(p90Millis) ? "   n/a" : String.format(Locale.ROOT, "%6.1f ms", p90Millis));
    }

    boolean passes() {
        return medianMillis <= targetMillis;
    }

    double ratio() {
        return rawMillis <= 0 ? Double.NaN : medianMillis / rawMillis;
    }

    /**
     * {@code open+load story          median   41.2 ms   target  300 ms   raw JDBC   30.1 ms   ratio 1.37}; a figure
     * with no JDBC counterpart (raw 0) ends after its target.
     */
    String line() {
        if (rawMillis <= 0) {
            return String.format(Locale.ROOT, "%-24s median %6.1f ms   target %4d ms", name, medianMillis,
                    targetMillis);
        }
        return String.format(Locale.ROOT, "%-24s median %6.1f ms   target %4d ms   %s %6.1f ms   "
                + "ratio %.2f", name, medianMillis, targetMillis, rawLabel, rawMillis, ratio());
    }

    /** {@code PASS  open+load story} */
    String verdict() {
        return (passes() ? "PASS  " : "FAIL  ") + name;
    }
}

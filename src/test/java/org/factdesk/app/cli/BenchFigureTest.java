package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchFigureTest {

    @Test
    void lineShowsMedianTargetRawAndRatio() {
        BenchFigure figure = new BenchFigure("open+load story", 41.2, 300, 30.1);

        assertEquals("open+load story          median   41.2 ms   target  300 ms   raw JDBC   30.1 ms   ratio 1.37",
                figure.line());
        assertEquals("PASS  open+load story", figure.verdict());
    }

    @Test
    void aFigureWithoutAJdbcCounterpartShowsNoRawColumn() {
        assertEquals("re-anchor 300 excerpts   median   12.5 ms   target  200 ms",
                new BenchFigure("re-anchor 300 excerpts", 12.5, 200, 0).line());
    }

    @Test
    void aFigureOverItsTargetFails() {
        assertEquals("FAIL  export 1 story html", new BenchFigure("export 1 story html", 25, 20, 5).verdict());
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, PairedTimer.median(new double[] {9, 1, 3}));
        assertEquals(2.5, PairedTimer.median(new double[] {4, 1, 3, 2}));
    }

    @Test
    void theSpreadLineGivesTheMedianAndThe90thPercentile() {
        assertEquals("search phrase            median   12.1 ms   p90   14.0 ms",
                new BenchFigure("search phrase", 12.1, 50, 3).withP90(14).spreadLine());
        assertEquals("re-anchor 300 excerpts   median   12.5 ms   p90    n/a",
                new BenchFigure("re-anchor 300 excerpts", 12.5, 200, 0).spreadLine());
    }

    @Test
    void the90thPercentileIsTheNearestRank() {
        assertEquals(9.0, PairedTimer.p90(new double[] {9, 1, 3}));
        assertEquals(9.0, PairedTimer.p90(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        assertEquals(4.0, PairedTimer.p90(new double[] {4}));
    }
}

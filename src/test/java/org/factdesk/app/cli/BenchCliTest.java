package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark jar's command line keeps the product's messages and exit statuses. */
class BenchCliTest {

    @Test
    void noRunsIsAUsageErrorNotAnInternalOne() {
        CliRun run = bench("--runs", "0");

        assertEquals(2, run.status(), run.err());
        assertTrue(run.errLines().get(0).startsWith("factdesk: --runs must be at least 1"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out(), "nothing was generated or measured");
    }

    @Test
    void helpNamesTheBenchJarAndItsOptions() {
        CliRun run = bench("--help");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Usage: factdesk-bench"), run.out());
        assertTrue(run.out().contains("--project") && run.out().contains("--runs"), run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = bench("--colour");

        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("--colour"), run.err());
    }

    private static CliRun bench(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = BenchCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

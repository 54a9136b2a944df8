package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks ship apart (docs/decisions/0008): the product jar holds none of their classes, and the benchmark
 * jar runs with {@code java -jar} against the product jar beside it.
 */
class BenchJarIT {

    private static final Pattern BENCH_CLASS = Pattern.compile(
            "org/factdesk/.*(/bench/|/Bench[A-Z]|PairedTimer|RawStoryReader|Benchmark).*");

    @TempDir
    Path folder;

    @Test
    void theProductJarHoldsNoBenchmarkClasses() throws Exception {
        List<String> found;
        try (JarFile jar = new JarFile(FactdeskJar.productJar().toFile())) {
            found = jar.stream().map(ZipEntry::getName).filter(name -> BENCH_CLASS.matcher(name).matches())
                    .toList();
        }

        assertEquals(List.of(), found);
    }

    @Test
    void theBenchJarHoldsTheBenchmarksAndNoProductClasses() throws Exception {
        try (JarFile jar = new JarFile(FactdeskJar.benchJar().toFile())) {
            assertTrue(jar.getEntry("org/factdesk/app/cli/BenchCommand.class") != null, "BenchCommand");
            assertTrue(jar.getEntry("org/factdesk/app/bench/WorkstationBenchmark.class") != null,
                    "WorkstationBenchmark");
            assertEquals(null, jar.getEntry("org/factdesk/app/Launcher.class"));
            assertFalse(jar.stream().anyMatch(entry -> entry.getName().endsWith("Test.class")), "no tests");
        }
    }

    @Test
    void theBenchJarRunsWithTheProductBesideIt() throws Exception {
        FactdeskJar.Run run = FactdeskJar.bench(folder).run("--runs", "0");

        assertEquals(2, run.status(), run.err());
        assertTrue(run.errLines().get(0).startsWith("factdesk: --runs must be at least 1"), run.err());
    }
}

package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar ({@code target/factdesk.jar}) run as a user runs it: {@code java -jar}, in a child JVM whose
 * home and working folder are a test folder. Output goes to files, so a chatty child never blocks on a full pipe.
 */
final class FactdeskJar {

    /** One finished run: its exit status and what it printed. */
    record Run(int status, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }

        String lastOutLine() {
            List<String> lines = out.lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private static final long TIMEOUT_SECONDS = 60;

    private final Path folder;
    private final Path jar;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private final List<String> unset = new ArrayList<>();

    FactdeskJar(Path folder) {
        this(folder, jar("factdesk.jar", "target/factdesk.jar"));
    }

    private FactdeskJar(Path folder, Path jar) {
        this.folder = folder;
        this.jar = jar;
    }

    /** The benchmark jar ({@code target/factdesk-bench.jar}), which finds the product jar beside it. */
    static FactdeskJar bench(Path folder) {
        return new FactdeskJar(folder, benchJar());
    }

    static Path productJar() {
        return jar("factdesk.jar", "target/factdesk.jar");
    }

    static Path benchJar() {
        return jar("factdesk.bench.jar", "target/factdesk-bench.jar");
    }

    /** Adds a JVM option (such as {@code -Xmx12m}) to the runs that follow. */
    FactdeskJar withJvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    /** Runs the jar with {@code name} set to {@code value} in its environment ({@code null}: removed). */
    FactdeskJar withEnvironment(String name, String value) {
        if (value == null) {
            unset.add(name);
        } else {
            environment.put(name, value);
        }
        return this;
    }

    Run run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(folder, "out", ".txt");
        return run(ProcessBuilder.Redirect.to(out.toFile()), out, args);
    }

    /** Runs with standard output sent where {@code stdout} says, and read back from {@code outFile}. */
    Run run(ProcessBuilder.Redirect stdout, Path outFile, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile(folder, "err", ".txt");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // HOME may be read-only where the build runs; JavaFX and Preferences must not need it.
        command.add("-Duser.home=" + folder);
        // Short runs: the first JIT tier alone starts faster and changes nothing the tests look at.
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeAll(unset);
        builder.environment().putAll(environment);
        Process process = builder.directory(folder.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(stdout).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("factdesk " + String.join(" ", args) + " did not end within "
                    + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Copies the fictional story of the command-line tests into the folder. */
    Path storyFixture() throws IOException {
        Path story = folder.resolve("lighthouse-sale.json");
        try (InputStream in = FactdeskJar.class.getResourceAsStream("/org/factdesk/app/cli/lighthouse-sale.json")) {
            Files.copy(in, story);
        }
        return story;
    }

    private static Path jar(String property, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: run 'mvn verify', which packages it first");
        return jar.toAbsolutePath();
    }
}

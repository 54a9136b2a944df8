package org.factdesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One in-process run of the command line with its exit status and what it printed, decoded as UTF-8. */
record CliRun(int status, String out, String err) {

    /** Copies the fictional story fixture (lighthouse-sale.json) into {@code folder} and returns its path. */
    static Path storyFixtureIn(Path folder) throws IOException {
        Path storyJson = folder.resolve("lighthouse-sale.json");
        try (InputStream in = CliRun.class.getResourceAsStream("lighthouse-sale.json")) {
            Files.copy(in, storyJson);
        }
        return storyJson;
    }

    /** In-process runs have no desktop: a test that reaches it has started a command it did not mean to. */
    static final Desktop NO_DESKTOP = (project, err) -> {
        throw new AssertionError("the command line started the desktop on " + project);
    };

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = FactdeskCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), NO_DESKTOP, args);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code factdesk export <project> --story <id> --format <format>}, to standard output. */
    static CliRun export(Path project, long storyId, String format) {
        return of("export", project.toString(), "--story", String.valueOf(storyId), "--format", format);
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The last line of standard output, where import prints the new story's id. */
    String lastOutLine() {
        List<String> lines = outLines();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}

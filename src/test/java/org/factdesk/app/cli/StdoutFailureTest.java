package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Standard output that cannot be written (a full disk, a closed descriptor) is a failure, never status 0. */
class StdoutFailureTest {

    private static final String FULL = "factdesk: error: cannot write to standard output: No space left on device";

    @TempDir
    Path folder;

    private Path story;
    private Path project;

    @BeforeEach
    void makeAProject() throws Exception {
        story = CliRun.storyFixtureIn(folder);
        project = folder.resolve("harbour.mv.db");
        assertEquals(FactdeskCli.EXIT_OK, CliRun.of("import", project.toString(), story.toString()).status());
    }

    @Test
    void exportToAFullStdoutExitsOneWithOneLine() {
        Failing run = Failing.of("export", project.toString(), "--story", "1", "--format", "text");

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of(FULL), run.errLines());
    }

    @Test
    void listToAFullStdoutExitsOne() {
        Failing run = Failing.of("list", project.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of(FULL), run.errLines());
    }

    @Test
    void importWhoseIdLineCannotBeWrittenExitsOne() {
        Failing run = Failing.of("import", project.toString(), story.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of(FULL), run.errLines());
    }

    @Test
    void recoverWhoseSummaryCannotBeWrittenExitsOne() {
        Failing run = Failing.of("recover", project.toString(), folder.resolve("saved.mv.db").toString());

        assertEquals(FactdeskCli.EXIT_FAILED, run.status());
        assertEquals(List.of(FULL), run.errLines());
    }

    @Test
    void aPrintStreamThatHidItsFailureIsStillCaught() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream hiding = new PrintStream(new FullDisk(), true, StandardCharsets.UTF_8);

        int status = FactdeskCli.run(hiding, new PrintStream(err, true, StandardCharsets.UTF_8), CliRun.NO_DESKTOP, "list",
                project.toString());

        assertEquals(FactdeskCli.EXIT_FAILED, status);
        assertEquals("factdesk: error: cannot write to standard output: the write failed",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    /** A run whose standard output fails on every write, as {@code > /dev/full} does. */
    private record Failing(int status, String err) {

        static Failing of(String... args) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = FactdeskCli.run(new FullDisk(), new PrintStream(err, true, StandardCharsets.UTF_8),
                    CliRun.NO_DESKTOP, args);
            return new Failing(status, err.toString(StandardCharsets.UTF_8));
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static final class FullDisk extends OutputStream {

        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }
    }
}

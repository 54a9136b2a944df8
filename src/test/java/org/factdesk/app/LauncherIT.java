package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, started as a user starts it, for each exit status the README promises: 0 success, 1 a problem
 * with a file (one {@code factdesk: error:} line), 2 a command line not understood, 3 an internal error (one line,
 * no stack trace).
 */
class LauncherIT {

    // One project for the whole class: each start of the jar costs a second, and the tests only read it.
    private static final String NO_DISPLAY = "factdesk: error: no desktop session: the workstation needs a display "
            + "(set DISPLAY or WAYLAND_DISPLAY); the command line works without one, see --help";

    @TempDir
    static Path shared;

    private static String storyId;

    @TempDir
    Path folder;

    private FactdeskJar factdesk;

    @BeforeAll
    static void importTheStoryExitsZero() throws Exception {
        FactdeskJar jar = new FactdeskJar(shared);
        FactdeskJar.Run imported = jar.run("import", "desk.mv.db", jar.storyFixture().toString());
        assertEquals(0, imported.status(), imported.err());
        assertEquals("", imported.err());
        storyId = imported.lastOutLine();
    }

    @BeforeEach
    void startIn() {
        factdesk = new FactdeskJar(folder);
    }

    @Test
    void anExportExitsZero() throws Exception {
        FactdeskJar.Run exported = factdesk.run("export", project(), "--story", storyId, "--format", "html",
                "--out", "story.html");

        assertEquals(0, exported.status(), exported.err());
        assertEquals("", exported.err());
        String html = Files.readString(folder.resolve("story.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Brenmoor council votes to sell the lighthouse cottages"), html);
    }

    @Test
    void aBadFileExitsOneWithOneErrorLine() throws Exception {
        Files.writeString(folder.resolve("broken.json"), "{\"format\": \"factdesk.story\", ");

        FactdeskJar.Run run = factdesk.run("import", "desk.mv.db", "broken.json");

        assertEquals(1, run.status(), run.err());
        assertOneLine(run, "factdesk: error: broken.json");
        assertFalse(Files.exists(folder.resolve("desk.mv.db")), "a bad file never creates a project");
    }

    @Test
    void anExportOverAProjectExitsOne() throws Exception {
        FactdeskJar.Run run = factdesk.run("export", project(), "--story", storyId, "--format", "html", "--out",
                project());

        assertEquals(1, run.status(), run.err());
        assertOneLine(run, "factdesk: error: cannot write " + project() + ": it is the project being exported");
    }

    @Test
    void anUnknownOptionExitsTwo() throws Exception {
        FactdeskJar.Run run = factdesk.run("list", "desk.mv.db", "--colour");

        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().startsWith("factdesk: Unknown option: '--colour'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void runningOutOfMemoryExitsThreeWithOneInternalErrorLine() throws Exception {
        // A story whose sources hold 12 MB of text cannot be read in a 12 MB heap: a real OutOfMemoryError,
        // which picocli does not catch, and which used to end the JVM with a stack trace.
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(factdesk.storyFixture().toFile());
        String padding = " The archive keeps every council minute.".repeat(100_000);
        json.withArray("sources").forEach(source -> ((ObjectNode) source).put("text",
                source.get("text").asText() + padding));
        Path large = folder.resolve("large.json");
        mapper.writeValue(large.toFile(), json);

        FactdeskJar.Run run = factdesk.withJvmOption("-Xmx12m").run("import", "desk.mv.db", large.toString());

        assertEquals(3, run.status(), run.err());
        assertOneLine(run, "factdesk: internal error: java.lang.OutOfMemoryError");
    }

    @Test
    void anExportToAFullStdoutExitsOneSayingSo() throws Exception {
        Path unused = Files.createFile(folder.resolve("unused.txt"));

        FactdeskJar.Run run = factdesk.run(ProcessBuilder.Redirect.to(new java.io.File("/dev/full")), unused,
                "export", project(), "--story", storyId, "--format", "text");

        assertEquals(1, run.status(), run.err());
        assertEquals("factdesk: error: cannot write to standard output: No space left on device", run.err().strip());
    }

    @Test
    void anExportToDevStdoutIsAppendedToTheRedirectedFileNotReplacingIt() throws Exception {
        Path log = Files.writeString(folder.resolve("log.txt"), "an earlier line\n");

        FactdeskJar.Run run;
        try {
            run = factdesk.run(ProcessBuilder.Redirect.appendTo(log.toFile()), log, "export", project(), "--story",
                    storyId, "--format", "text", "--out", "/dev/stdout");
        } finally {
            assertDevStdoutIntact();
        }

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("an earlier line\nBrenmoor council votes to sell"), run.out());
    }

    /** A regression run as root would replace the /dev/stdout link itself; put it back before failing. */
    private static void assertDevStdoutIntact() throws Exception {
        Path devStdout = Path.of("/dev/stdout");
        boolean intact = Files.isSymbolicLink(devStdout);
        if (!intact) {
            Files.deleteIfExists(devStdout);
            Files.createSymbolicLink(devStdout, Path.of("/proc/self/fd/1"));
        }
        assertTrue(intact, "/dev/stdout was replaced by a regular file");
    }

    @Test
    void theWorkstationWithoutADisplayExitsOneWithOneLine() throws Exception {
        FactdeskJar.Run run = factdesk.withEnvironment("DISPLAY", null).withEnvironment("WAYLAND_DISPLAY", null)
                .run();

        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(NO_DISPLAY), run.errLines());
    }

    @Test
    void openingAProjectWithoutADisplayExitsOneWithOneLine() throws Exception {
        FactdeskJar.Run run = factdesk.withEnvironment("DISPLAY", null).withEnvironment("WAYLAND_DISPLAY", null)
                .run("open", project());

        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(NO_DISPLAY), run.errLines());
    }

    @Test
    void aDisplayThatCannotBeOpenedEndsInTheSameLineNotAStackTrace() throws Exception {
        // A named display with no server behind it passes the check before launch; the toolkit then fails.
        FactdeskJar.Run run = factdesk.withEnvironment("DISPLAY", ":4321").withEnvironment("WAYLAND_DISPLAY", null)
                .run();

        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(NO_DISPLAY), run.errLines(), "one line, without JavaFX's class path warning");
    }

    private static String project() {
        return shared.resolve("desk.mv.db").toString();
    }

    private static void assertOneLine(FactdeskJar.Run run, String start) {
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).startsWith(start), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}

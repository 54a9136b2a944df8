package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpenCommandTest {

    private final List<Optional<Path>> started = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(int desktopStatus, String... args) {
        Desktop desktop = (project, errors) -> {
            started.add(project);
            if (desktopStatus != 0) {
                errors.println("factdesk: error: no desktop session");
            }
            return desktopStatus;
        };
        return FactdeskCli.run(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), desktop, args);
    }

    @Test
    void openStartsTheDesktopOnTheNamedProjectByItsAbsolutePath() {
        int status = run(0, "open", "desk.mv.db");

        assertEquals(0, status);
        assertEquals(List.of(Optional.of(Path.of("desk.mv.db").toAbsolutePath())), started);
    }

    @Test
    void aDesktopThatCannotStartGivesItsStatusAndItsOneLine() {
        int status = run(1, "open", "/tmp/desk.mv.db");

        assertEquals(1, status);
        assertEquals("factdesk: error: no desktop session\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void openWithoutAProjectIsAUsageErrorAndStartsNothing() {
        int status = run(0, "open");

        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("<project.mv.db>"), err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), started);
    }

    @Test
    void helpListsOpen() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FactdeskCli.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), (project, errors) -> 0, "--help");

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("  open "), out.toString(StandardCharsets.UTF_8));
    }
}

package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectStorageException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FailureReportTest {

    private final StringWriter err = new StringWriter();

    @Test
    void aBugIsOneInternalErrorLineThatPointsToDebug() {
        int status = report(false, new IllegalStateException("numbering went wrong"));

        assertEquals(FactdeskCli.EXIT_INTERNAL, status);
        assertEquals("factdesk: internal error: java.lang.IllegalStateException: numbering went wrong; run with "
                + "--debug for details" + System.lineSeparator(), err.toString());
    }

    @Test
    void aBugUnderDebugAlsoPrintsTheStackTrace() {
        report(true, new IllegalStateException("numbering went wrong"));

        assertTrue(err.toString().startsWith("factdesk: internal error: "), err.toString());
        assertTrue(err.toString().contains("at org.factdesk.app.cli.FailureReportTest"), err.toString());
    }

    @Test
    void aMissingFileIsAUserErrorNamingTheFile() {
        int status = report(false, new NoSuchFileException("notes/story.json"));

        assertEquals(FactdeskCli.EXIT_FAILED, status);
        assertEquals("factdesk: error: notes/story.json: no such file" + System.lineSeparator(), err.toString());
    }

    @Test
    void aMultiLineMessageIsFoldedIntoOneLine() {
        report(false, new UserError("first part\n  second part"));

        assertEquals("factdesk: error: first part second part" + System.lineSeparator(), err.toString());
    }

    @Test
    void anErrorIsOneInternalErrorLineToo() {
        int status = FailureReport.internal(new PrintWriter(err, true), new OutOfMemoryError("Java heap space"), false);

        assertEquals(FactdeskCli.EXIT_INTERNAL, status);
        assertEquals("factdesk: internal error: java.lang.OutOfMemoryError: Java heap space; run with --debug for "
                + "details" + System.lineSeparator(), err.toString());
    }

    @Test
    void aStoreFaultIsAnInternalErrorNotAdviceAboutTheFile() {
        int status = report(false, new InternalStorageException("The project has no story with id 7."));

        assertEquals(FactdeskCli.EXIT_INTERNAL, status);
        assertTrue(err.toString().startsWith("factdesk: internal error: "), err.toString());
    }

    @Test
    void aStorageProblemOfTheUsersFileIsAnErrorInItsOwnWords() {
        int status = report(false, new ProjectStorageException("The project file is read-only, so Factdesk "
                + "cannot save changes to it."));

        assertEquals(FactdeskCli.EXIT_FAILED, status);
        assertEquals("factdesk: error: The project file is read-only, so Factdesk cannot save changes to it."
                + System.lineSeparator(), err.toString());
    }

    private int report(boolean debug, Exception failure) {
        CommandLine command = new CommandLine(new FactdeskCli()).setErr(new PrintWriter(err, true));
        return new FailureReport(() -> debug).handleExecutionException(failure, command, null);
    }
}

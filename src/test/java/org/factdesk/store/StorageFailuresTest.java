package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectStorageException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user is told when the store fails: their file's problem in plain words, or "internal" for ours. */
class StorageFailuresTest {

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(StorageFailures.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = log.getLevel();
        log.setLevel(Level.FINE);
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
        log.setLevel(levelBefore);
    }

    /**
     * The database H2 opens read-only (as it does a file it may not write) refuses a change with its own "database
     * is read only; SQL statement:". This reaches that path directly, so it runs as root too.
     */
    @Test
    void aChangeToAReadOnlyDatabaseGetsAPlainMessage() throws Exception {
        Path file = folder.resolve("archive.mv.db");
        files.openOrCreate(file).close();
        try (ProjectDatabase database = new ProjectDatabase(
                DriverManager.getConnection(H2ProjectFiles.url(file, true) + ";ACCESS_MODE_DATA=r"), file)) {
            ProjectStorageException error = assertThrows(ProjectStorageException.class,
                    () -> database.update("DELETE FROM story", statement -> { }));

            assertFalse(error instanceof InternalStorageException);
            assertEquals("archive.mv.db is read-only, so Factdesk cannot save changes to it. Make the file "
                    + "writable, or save a copy elsewhere, and try again.", error.getMessage());
        }
    }

    /** Through the whole open path, as root too: a project opened for reading is read-only to H2. */
    @Test
    void aChangeToAProjectOpenedForReadingNamesTheFile() throws Exception {
        Path file = folder.resolve("harbour ledger.mv.db");
        files.openOrCreate(file).close();

        try (Project project = files.openForReading(file)) {
            ProjectStorageException error = assertThrows(ProjectStorageException.class,
                    () -> project.stories().createStory("Ferry timetable", "", HouseStyle.DEFAULT));

            assertEquals("harbour ledger.mv.db is read-only, so Factdesk cannot save changes to it. Make the file "
                    + "writable, or save a copy elsewhere, and try again.", error.getMessage());
        }
    }

    /** The same with file permissions, where they bite: skipped as root, where the check above stands in. */
    @Test
    void aChangeToAFileWithoutWritePermissionGetsAPlainMessage() throws Exception {
        Path file = folder.resolve("locked.mv.db");
        files.openOrCreate(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "running as root: permissions do not stop writes");

        try (Project project = files.open(file)) {
            ProjectStorageException error = assertThrows(ProjectStorageException.class,
                    () -> project.stories().createStory("Ferry timetable", "", HouseStyle.DEFAULT));
            assertTrue(error.getMessage().startsWith("locked.mv.db is read-only, so Factdesk cannot save"),
                    error.getMessage());
        }
    }

    @Test
    void aFaultyStatementIsAnInternalErrorAndIsLogged() throws Exception {
        Path file = folder.resolve("faulty.mv.db");
        try (Project project = files.openOrCreate(file)) {
            ProjectDatabase database = ((H2Project) project).database();
            ProjectStorageException error = assertThrows(ProjectStorageException.class,
                    () -> database.query("SELEC title FROM story", statement -> { }, row -> row.getString(1)));

            assertInstanceOf(InternalStorageException.class, error);
            assertFalse(error.getMessage().contains("restore it from a copy"), error.getMessage());
            assertTrue(logged.stream().anyMatch(record -> Level.FINE.equals(record.getLevel())
                    && error.getCause().equals(record.getThrown())), "the fault was logged with its cause");
        }
    }

    @Test
    void aMissingRowIsAnInternalErrorAndIsLogged() throws Exception {
        try (Project project = files.openOrCreate(folder.resolve("missing.mv.db"))) {
            ProjectStorageException error = assertThrows(ProjectStorageException.class,
                    () -> project.stories().loadStory(404));

            assertInstanceOf(InternalStorageException.class, error);
            assertEquals("The project has no story with id 404.", error.getMessage());
            assertTrue(logged.stream().anyMatch(record -> record.getMessage().equals(error.getMessage())));
        }
    }

    @Test
    void aFileThatCannotBeReadIsReportedWithTheReasonNotItsNameTwice() {
        assertEquals("permission denied", FileProblems.reason(new AccessDeniedException("/x/p.mv.db")));
    }

    /** The whole open path with an unreadable file, where permissions bite: skipped as root. */
    @Test
    void anUnreadableProjectFileIsReportedWithTheReason() throws Exception {
        Path file = folder.resolve("sealed.mv.db");
        files.openOrCreate(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reads");

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));

        assertEquals("Cannot read " + file + ": permission denied.", error.getMessage());
    }
}

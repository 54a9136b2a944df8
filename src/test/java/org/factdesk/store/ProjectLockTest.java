package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock marker beside an open project: what it says, when it goes, and which markers may be taken over. */
@SuppressWarnings("try") // an open project is what these tests are about, not what they call
class ProjectLockTest {

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();

    @Test
    void theMarkerIsAHiddenFileBesideTheProjectNamingThisProcessAndItsStart() throws Exception {
        Path file = folder.resolve("harbour.mv.db");
        try (Project project = files.openOrCreate(file)) {
            Path marker = folder.resolve(".harbour.mv.db.lock");
            assertEquals(marker, ProjectLock.markerOf(file));
            ProcessHandle self = ProcessHandle.current();
            long started = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
            assertEquals("Factdesk has this project open.\npid=" + self.pid() + "\nstarted=" + started + "\n",
                    Files.readString(marker));
        }
    }

    @Test
    void closingTheProjectRemovesTheMarker() throws Exception {
        Path file = folder.resolve("closing.mv.db");
        files.openOrCreate(file).close();
        assertFalse(Files.exists(ProjectLock.markerOf(file)));
        try (Project project = files.open(file)) {
            assertTrue(Files.exists(ProjectLock.markerOf(file)));
        }
        assertFalse(Files.exists(ProjectLock.markerOf(file)));
    }

    @Test
    void sigtermClosesTheProjectAndRemovesTheMarker() throws Exception {
        Path file = folder.resolve("logout.mv.db");
        files.openOrCreate(file).close();
        Path marker = ProjectLock.markerOf(file);
        try (SecondProcess other = SecondProcess.start("hold", file)) {
            assertEquals("open", other.nextLine());
            assertTrue(Files.readString(marker).contains("pid=" + other.pid() + "\n"));
            assertEquals(SecondProcess.TERMINATED, other.terminate(), "the holder ended by our SIGTERM");
        }
        assertFalse(Files.exists(marker), "the shutdown hook removed the marker");
        try (Project project = files.open(file)) {
            assertTrue(project.stories().stories().isEmpty());
        }
    }

    @Test
    void sigtermRunsTheRegisteredExitWorkBeforeClosingTheProject() throws Exception {
        Path file = folder.resolve("pending.mv.db");
        files.openOrCreate(file).close();
        try (SecondProcess other = SecondProcess.start("hold-with-exit-work", file)) {
            assertEquals("open", other.nextLine());
            assertEquals(SecondProcess.TERMINATED, other.terminate());
        }
        try (Project project = files.open(file)) {
            assertEquals("Written at exit", project.stories().stories().get(0).title());
        }
    }

    @Test
    void aMarkerNamingAnEndedProcessIsReplaced() throws Exception {
        Path file = created("stale.mv.db");
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path marker = ProjectLock.markerOf(file);
        Files.writeString(marker, "Factdesk has this project open.\npid=" + ended.pid() + "\nstarted=0\n");

        try (Project project = files.open(file)) {
            assertOwnMarker(marker);
        }
    }

    @Test
    void aMarkerNamingAReusedPidIsReplaced() throws Exception {
        Path file = created("reused.mv.db");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            long started = other.info().startInstant().orElseThrow().toEpochMilli();
            Path marker = ProjectLock.markerOf(file);
            // The pid is alive, but it belongs to a process started a minute after the one that wrote the marker.
            Files.writeString(marker, "Factdesk has this project open.\npid=" + other.pid() + "\nstarted="
                    + (started - 60_000) + "\n");

            try (Project project = files.open(file)) {
                assertOwnMarker(marker);
            }
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void aMarkerNamingALiveProcessKeepsTheProjectClosedAndIsNamed() throws Exception {
        Path file = created("held.mv.db");
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            long started = other.info().startInstant().orElseThrow().toEpochMilli();
            Path marker = ProjectLock.markerOf(file);
            String holder = "Factdesk has this project open.\npid=" + other.pid() + "\nstarted=" + started + "\n";
            Files.writeString(marker, holder);

            ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));

            assertEquals(Problem.IN_USE, error.problem());
            assertEquals("held.mv.db is open in another Factdesk window or program (process " + other.pid()
                    + ", named in its lock marker " + marker + "). Close it there first.", error.getMessage());
            assertEquals(holder, Files.readString(marker), "the live holder's marker stays");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    @Test
    void aMarkerOfInvalidUtf8IsTreatedAsStale() throws Exception {
        Path file = created("garbled.mv.db");
        Path marker = ProjectLock.markerOf(file);
        Files.write(marker, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 'p', 'i', 'd', '=', '1'});

        try (Project project = files.open(file)) {
            assertOwnMarker(marker);
        }
    }

    @Test
    void anEmptyOrMeaninglessMarkerIsTreatedAsStale() throws Exception {
        Path file = created("blank.mv.db");
        Path marker = ProjectLock.markerOf(file);
        for (String content : new String[] {"", "pid=one\nstarted=yesterday\n", "\u0000\u0000\u0000"}) {
            Files.writeString(marker, content);
            try (Project project = files.open(file)) {
                assertOwnMarker(marker);
            }
        }
    }

    @Test
    void aFolderWhereTheMarkerBelongsIsNamedWithWhatToDo() throws Exception {
        Path file = created("cluttered.mv.db");
        Path marker = ProjectLock.markerOf(file);
        Files.createDirectory(marker);

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));

        assertEquals("Cannot open cluttered.mv.db: " + marker + " is a folder, where Factdesk keeps the project's "
                + "lock marker file. Remove that folder and try again.", error.getMessage());
        assertTrue(Files.isDirectory(marker), "the folder is the user's to remove");
    }

    /**
     * A marker that cannot be written. The tests run as root in CI, where file permissions do not stop writes,
     * so this uses what stops root too: the project's "folder" is a regular file, and creating the marker there
     * fails with "Not a directory". The error must name the marker and give the reason.
     */
    @Test
    void aMarkerThatCannotBeWrittenIsNamedWithTheReason() throws Exception {
        Path notAFolder = folder.resolve("notes.txt");
        Files.writeString(notAFolder, "a file, not a folder");
        Path project = notAFolder.resolve("inside.mv.db");

        ProjectFileException error = assertThrows(ProjectFileException.class, () -> ProjectLock.acquire(project));

        assertEquals(Problem.UNREADABLE, error.problem());
        assertEquals("Cannot open inside.mv.db: Factdesk could not write its lock marker "
                + ProjectLock.markerOf(project) + " (Not a directory).", error.getMessage());
    }

    /** The same through permissions, where they bite: skipped as root, where the check above stands in. */
    @Test
    void aProjectInAFolderWithoutWritePermissionIsRefusedNamingTheMarker() throws Exception {
        Path file = created("shelf.mv.db");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root: permissions do not stop writes");

            ProjectFileException error = assertThrows(ProjectFileException.class, () -> files.open(file));

            assertEquals("Cannot open shelf.mv.db: Factdesk could not write its lock marker "
                    + ProjectLock.markerOf(file) + " (permission denied).", error.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private Path created(String name) throws Exception {
        Path file = folder.resolve(name);
        files.openOrCreate(file).close();
        return file;
    }

    private static void assertOwnMarker(Path marker) throws Exception {
        assertTrue(Files.readString(marker).contains("\npid=" + ProcessHandle.current().pid() + "\n"),
                "the marker now names this process");
    }

    @Test
    void aStaleMarkerThatAnotherProcessReplacedMeanwhileIsLeftInPlace() throws Exception {
        Path marker = ProjectLock.markerOf(folder.resolve("race.mv.db"));
        byte[] stale = "Factdesk has this project open.\npid=999999999\nstarted=1\n".getBytes(StandardCharsets.UTF_8);
        byte[] fresh = "Factdesk has this project open.\npid=1\nstarted=2\n".getBytes(StandardCharsets.UTF_8);
        Files.write(marker, fresh); // the other process took the stale marker over after this one read it

        ProjectLock.removeIfUnchanged(marker, stale);

        assertArrayEquals(fresh, Files.readAllBytes(marker), "the other process's live marker stays");
        try (var left = Files.list(folder)) {
            assertEquals(List.of(marker), left.toList(), "nothing is left aside");
        }
    }

    @Test
    void aStaleMarkerStillAsItWasJudgedIsRemoved() throws Exception {
        Path marker = ProjectLock.markerOf(folder.resolve("stale.mv.db"));
        byte[] stale = "Factdesk has this project open.\npid=999999999\nstarted=1\n".getBytes(StandardCharsets.UTF_8);
        Files.write(marker, stale);

        ProjectLock.removeIfUnchanged(marker, stale);

        try (var left = Files.list(folder)) {
            assertEquals(List.of(), left.toList());
        }
    }
}

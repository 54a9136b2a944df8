package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WholeFileWriteTest {

    private static final String PAGE = "<p>The ferry timetable changes on Sunday.</p>\n";

    @TempDir
    Path folder;

    @Test
    void aNewFileGetsTheModeTheUmaskGives() throws Exception {
        Path fresh = folder.resolve("fresh.txt");
        try (OutputStream out = Files.newOutputStream(fresh)) {
            out.write(1);
        }
        Path export = folder.resolve("story.html");

        WholeFileWrite.write(export, PAGE);

        assertEquals(Files.getPosixFilePermissions(fresh), Files.getPosixFilePermissions(export));
        assertEquals(PAGE, Files.readString(export, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw-------", "rw-rw-rw-"})
    void aReplacedFileKeepsItsMode(String mode) throws Exception {
        Path export = Files.writeString(folder.resolve("story.html"), "old page");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString(mode));

        WholeFileWrite.write(export, PAGE);

        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        assertEquals(PAGE, Files.readString(export, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"r--r--r--", "r--------", "r-xr-xr-x", "r--rw-rw-"})
    void aReadOnlyFileIsRefusedAndKeepsItsBytesAndMode(String mode) throws Exception {
        Path export = Files.writeString(folder.resolve("story.html"), "kept page");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString(mode));

        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> WholeFileWrite.write(export, PAGE));

        assertTrue(refused.getMessage().startsWith("it is read-only"), refused.getMessage());
        assertEquals("kept page", Files.readString(export, StandardCharsets.UTF_8));
        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        assertFolderHolds(export);
    }

    @Test
    void aReadOnlyFileBehindALinkIsRefused() throws Exception {
        Path page = Files.writeString(folder.resolve("page.html"), "kept page");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r--r--"));
        Path link = Files.createSymbolicLink(folder.resolve("latest.html"), page.getFileName());

        assertThrows(RefusedTargetException.class, () -> WholeFileWrite.write(link, PAGE));

        assertEquals("kept page", Files.readString(page, StandardCharsets.UTF_8));
    }

    @Test
    void aWritableFileInAReadOnlyFolderIsRefusedNamingTheFolder() throws Exception {
        Path web = Files.createDirectory(folder.resolve("web"));
        Path export = Files.writeString(web.resolve("story.html"), "kept page");

        RefusedTargetException refused = readOnlyFolder(web, () -> WholeFileWrite.write(export, PAGE));

        assertEquals("cannot write in the folder " + web + ": permission denied (an export is written beside its "
                + "file, then moved into its place)", refused.getMessage());
        assertEquals("kept page", Files.readString(export, StandardCharsets.UTF_8));
        assertFolderHolds(export);
    }

    @Test
    void aNewFileInAReadOnlyFolderIsRefusedNamingTheFolder() throws Exception {
        Path web = Files.createDirectory(folder.resolve("web"));

        RefusedTargetException refused = readOnlyFolder(web,
                () -> WholeFileWrite.write(web.resolve("story.html"), PAGE));

        assertTrue(refused.getMessage().startsWith("cannot write in the folder " + web + ":"), refused.getMessage());
        try (Stream<Path> files = Files.list(web)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void anExportRemovesTheWorkFilesAKilledExportToTheSameFileLeftBehind() throws Exception {
        Path export = Files.writeString(folder.resolve("story.html"), "old page");
        Path killed = Files.writeString(folder.resolve(".story.html.0123456789abcdef" + PartFiles.SUFFIX), "half");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofMinutes(5))));

        WholeFileWrite.write(export, PAGE);

        assertFolderHolds(export);
    }

    @Test
    void aReplacedFileLeavesNoTemporaryFileBehind() throws Exception {
        Path export = Files.writeString(folder.resolve("story.html"), "old page");

        WholeFileWrite.write(export, PAGE);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(export), files.toList());
        }
    }

    @Test
    void aNameAsLongAsTheFileSystemAllowsIsWritten() throws Exception {
        Path export = folder.resolve("f".repeat(250) + ".html");

        WholeFileWrite.write(export, PAGE);

        assertEquals(PAGE, Files.readString(export, StandardCharsets.UTF_8));
    }

    @Test
    void aLinkedFileIsReplacedAndTheLinkStays() throws Exception {
        Path page = Files.writeString(folder.resolve("page.html"), "old page");
        Path link = Files.createSymbolicLink(folder.resolve("latest.html"), page.getFileName());

        WholeFileWrite.write(link, PAGE);

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(PAGE, Files.readString(page, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderIsRefusedAsAFolder() {
        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> WholeFileWrite.write(folder, PAGE));

        assertTrue(refused.getMessage().contains("is a folder"), refused.getMessage());
    }

    @Test
    void theRootFolderIsRefusedAsAFolder() {
        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> WholeFileWrite.write(Path.of("/"), PAGE));

        assertTrue(refused.getMessage().contains("is a folder"), refused.getMessage());
    }

    @Test
    void aFileInAMissingFolderIsNoSuchFile() {
        assertThrows(NoSuchFileException.class,
                () -> WholeFileWrite.write(folder.resolve("gone").resolve("story.html"), PAGE));
    }

    @Test
    void aFifoIsWrittenAsAStreamAndStaysAFifo() throws Exception {
        Path fifo = SpecialFiles.fifo(folder.resolve("pipe"));
        CompletableFuture<String> read = SpecialFiles.drain(fifo);

        WholeFileWrite.write(fifo, PAGE);

        assertEquals(PAGE, SpecialFiles.await(read));
        assertTrue(SpecialFiles.isNode(fifo), "the FIFO was replaced");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(fifo), files.toList());
        }
    }

    @Test
    void aLinkToAFifoIsWrittenThroughAndBothStay() throws Exception {
        Path fifo = SpecialFiles.fifo(folder.resolve("pipe"));
        Path link = Files.createSymbolicLink(folder.resolve("story.html"), fifo.getFileName());
        CompletableFuture<String> read = SpecialFiles.drain(fifo);

        WholeFileWrite.write(link, PAGE);

        assertEquals(PAGE, SpecialFiles.await(read));
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(SpecialFiles.isNode(fifo));
    }

    @Test
    void devNullIsWrittenToAndStaysTheDevice() throws Exception {
        try {
            WholeFileWrite.write(SpecialFiles.DEV_NULL, PAGE);
        } finally {
            SpecialFiles.assertDevNullIntact();
        }
    }

    /** Runs {@code write} with {@code folder} at mode r-xr-xr-x, putting the mode back afterwards. */
    private static RefusedTargetException readOnlyFolder(Path folder, Executable write) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            return assertThrows(RefusedTargetException.class, write);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void assertFolderHolds(Path only) throws Exception {
        try (Stream<Path> files = Files.list(only.getParent())) {
            assertEquals(List.of(only), files.toList());
        }
    }
}

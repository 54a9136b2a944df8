package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
    @ValueSource(strings = {"rw-r--r--", "rw-r-----", "rw-------", "r--r--r--"})
    void aReplacedFileKeepsItsMode(String mode) throws Exception {
        Path export = Files.writeString(folder.resolve("story.html"), "old page");
        Files.setPosixFilePermissions(export, PosixFilePermissions.fromString(mode));

        WholeFileWrite.write(export, PAGE);

        assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(export)));
        assertEquals(PAGE, Files.readString(export, StandardCharsets.UTF_8));
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
}

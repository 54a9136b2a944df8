package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartFilesTest {

    private static final Instant NOW = Instant.parse("2031-05-06T10:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"rw-------", "rw-r-----"})
    void aWorkFileIsCreatedWithTheReplacedFilesModeBeforeAnyTextIsInIt(String mode) throws Exception {
        Path target = folder.resolve("story.html");

        Path part = PartFiles.create(target, PosixFilePermissions.fromString(mode));

        assertEquals(0, Files.size(part));
        // The umask may narrow it further, never widen it.
        assertTrue(PosixFilePermissions.fromString(mode).containsAll(Files.getPosixFilePermissions(part)),
                "no one the finished file keeps out may read the text while it is being written: "
                        + PosixFilePermissions.toString(Files.getPosixFilePermissions(part)));
    }

    @Test
    void aWorkFileIsHiddenBesideItsTargetAndNamedAsFactdesks() throws Exception {
        Path part = PartFiles.create(folder.resolve("story.html"), null);

        assertEquals(folder, part.getParent());
        assertTrue(part.getFileName().toString().matches("\\.story\\.html\\.[0-9a-f]{16}\\.factdesk-part"),
                part.getFileName().toString());
    }

    @Test
    void aStaleWorkFileOfTheSameTargetIsRemoved() throws Exception {
        Path stale = aged(".story.html.0123456789abcdef.factdesk-part", PartFiles.STALE_AFTER.plusSeconds(1));

        PartFiles.removeStale(folder.resolve("story.html"), NOW);

        assertFalse(Files.exists(stale));
    }

    @Test
    void aWorkFileYoungerThanAMinuteIsLeftToTheExportThatMayBeWritingIt() throws Exception {
        Path young = aged(".story.html.0123456789abcdef.factdesk-part", Duration.ofSeconds(20));

        PartFiles.removeStale(folder.resolve("story.html"), NOW);

        assertTrue(Files.exists(young));
    }

    @Test
    void onlyFilesOfExactlyThisTargetsPatternAreRemoved() throws Exception {
        Duration old = Duration.ofDays(3);
        List<Path> others = List.of(
                aged(".other.html.0123456789abcdef.factdesk-part", old),
                aged(".story.html.0123456789abcdef.part", old),
                aged(".story.html.0123456789ABCDEF.factdesk-part", old),
                aged(".story.html.0123456789abcdef.factdesk-part.keep", old),
                aged("story.html.0123456789abcdef.factdesk-part", old),
                aged(".story.html.notes.factdesk-part", old));
        Path folderOfThatName = Files.createDirectory(folder.resolve(".story.html.fedcba9876543210.factdesk-part"));
        Files.setLastModifiedTime(folderOfThatName, FileTime.from(NOW.minus(old)));

        PartFiles.removeStale(folder.resolve("story.html"), NOW);

        for (Path other : others) {
            assertTrue(Files.exists(other), other + " is not a work file of story.html");
        }
        assertTrue(Files.isDirectory(folderOfThatName));
    }

    @Test
    void aLinkNamedLikeAWorkFileIsLeftAndSoIsWhatItPointsTo() throws Exception {
        Path notes = aged("notes.txt", Duration.ofDays(3));
        Path link = Files.createSymbolicLink(folder.resolve(".story.html.0123456789abcdef.factdesk-part"),
                notes.getFileName());

        PartFiles.removeStale(folder.resolve("story.html"), NOW);

        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.exists(notes));
    }

    @Test
    void aLongNameIsMatchedByTheShortenedNameItsWorkFilesCarry() throws Exception {
        Path target = folder.resolve("f".repeat(250) + ".html");
        Path part = PartFiles.create(target, null);
        Files.setLastModifiedTime(part, FileTime.from(NOW.minus(Duration.ofHours(1))));

        PartFiles.removeStale(target, NOW);

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }

    private Path aged(String name, Duration age) throws Exception {
        Path file = Files.writeString(folder.resolve(name), "half an export");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }
}

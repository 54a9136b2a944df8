package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The targets an export refuses, whoever writes it (the command line or the workstation). */
class ExportWriteTest {

    private static final String PAGE = "<p>The harbour crane is back in service.</p>\n";

    @TempDir
    Path folder;

    private final H2ProjectFiles files = new H2ProjectFiles();
    private Project exported;
    private ExportWrite export;

    @BeforeEach
    void openProject() throws Exception {
        exported = files.openOrCreate(folder.resolve("harbour.mv.db"));
        exported.stories().createStory("Crane repaired", "", HouseStyle.DEFAULT);
        export = new ExportWrite(files);
    }

    @AfterEach
    void close() {
        exported.close();
    }

    @Test
    void theProjectBeingExportedIsRefusedAndKeepsItsBytes() throws Exception {
        byte[] before = Files.readAllBytes(exported.file());

        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> export.write(exported, exported.file(), PAGE));

        assertTrue(refused.getMessage().contains("the project being exported"), refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(exported.file()));
    }

    @Test
    void aLinkToTheProjectBeingExportedIsRefused() throws Exception {
        Path link = Files.createSymbolicLink(folder.resolve("story.html"), exported.file().getFileName());

        assertThrows(RefusedTargetException.class, () -> export.write(exported, link, PAGE));

        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void anotherProjectIsRefusedAndStaysAProject() throws Exception {
        Path other = folder.resolve("archive.mv.db");
        files.openOrCreate(other).close();

        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> export.write(exported, other, PAGE));

        assertTrue(refused.getMessage().contains("Factdesk project"), refused.getMessage());
        files.open(other).close();
    }

    @Test
    void aDotDotPathToAnotherProjectIsRefused() throws Exception {
        Path other = folder.resolve("archive.mv.db");
        files.openOrCreate(other).close();
        Files.createDirectory(folder.resolve("drafts"));

        assertThrows(RefusedTargetException.class,
                () -> export.write(exported, folder.resolve("drafts/../archive.mv.db"), PAGE));

        files.open(other).close();
    }

    @Test
    void aReadOnlyFileIsRefusedWhoeverExports() throws Exception {
        Path page = Files.writeString(folder.resolve("crane.html"), "approved page");
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("r--r-----"));

        RefusedTargetException refused = assertThrows(RefusedTargetException.class,
                () -> export.write(exported, page, PAGE));

        assertTrue(refused.getMessage().contains("read-only"), refused.getMessage());
        assertEquals("approved page", Files.readString(page, StandardCharsets.UTF_8));
    }

    @Test
    void anOrdinaryFileIsWritten() throws Exception {
        Path page = folder.resolve("crane.html");

        export.write(exported, page, PAGE);

        assertEquals(PAGE, Files.readString(page, StandardCharsets.UTF_8));
    }
}

package org.factdesk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchFolderTest {

    @Test
    void closeDeletesTheFolderWithEverythingInIt() throws Exception {
        Path made;
        try (ScratchFolder folder = ScratchFolder.create("scratch-test")) {
            made = folder.path();
            Files.writeString(Files.createDirectories(made.resolve("inner/deeper")).resolve("note.txt"), "tide");
            Files.writeString(made.resolve("top.mv.db"), "not really a project");
            assertTrue(Files.isDirectory(made));
        }
        assertFalse(Files.exists(made), made::toString);
    }

    @Test
    void closingTwiceIsHarmless() throws Exception {
        ScratchFolder folder = ScratchFolder.create("scratch-test");
        folder.close();
        folder.close();
        assertFalse(Files.exists(folder.path()));
    }
}

package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A browser's "Web page, complete" save (the page beside its _files folder) is read as its page. */
class SavedPageFolderTest {

    private static final String ARTICLE = "The lifeboat station on Grimholm will get a new slipway this summer, "
            + "paid for by a bequest from a retired skipper who served on its crew for thirty years.";

    @TempDir
    Path folder;

    private Path save;
    private final SourceFileReader reader = new SourceFileReader();

    @BeforeEach
    void saveAPageComplete() throws Exception {
        save = Files.createDirectory(folder.resolve("saved"));
        Path resources = Files.createDirectory(save.resolve("Lifeboat slipway_files"));
        Files.writeString(resources.resolve("site.css"), "body { color: navy; }");
        Files.writeString(resources.resolve("tracker.js"), "document.title = 'Tracked text never read';");
        Files.writeString(resources.resolve("related.html"), "<p>A related page in the resources folder.</p>");
        Files.writeString(save.resolve("Lifeboat slipway.html"), "<html><head><title>Lifeboat slipway | Sound "
                + "Weekly</title><script src='Lifeboat slipway_files/tracker.js'></script></head><body><article>"
                + "<h1>Lifeboat slipway</h1><p>" + ARTICLE + "</p></article></body></html>", StandardCharsets.UTF_8);
    }

    @Test
    void theFolderHoldingThePageAndItsFilesFolderIsReadAsThePage() throws Exception {
        SourceDraft draft = reader.read(save);

        assertEquals(ARTICLE, draft.text());
        assertEquals("Lifeboat slipway", draft.title());
        assertEquals("Lifeboat slipway.html", draft.importedFrom());
    }

    @Test
    void theFilesFolderAloneIsReadAsThePageBesideIt() throws Exception {
        assertEquals(ARTICLE, reader.read(save.resolve("Lifeboat slipway_files")).text());
    }

    @Test
    void thePageFileIsReadWithoutItsFilesFolderText() throws Exception {
        assertEquals(ARTICLE, reader.read(save.resolve("Lifeboat slipway.html")).text());
    }

    @Test
    void aFolderWithoutASavedPageIsRefusedByName() throws Exception {
        Path notes = Files.createDirectory(folder.resolve("notes"));
        Files.writeString(notes.resolve("a.txt"), "Notes.");

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(notes));
        assertEquals("notes is a folder without a saved web page (a .html file beside its _files folder): choose "
                + "the files to add.", refused.getMessage());
    }

    @Test
    void aFolderWithTwoSavedPagesIsRefusedByName() throws Exception {
        Files.createDirectory(save.resolve("Second_files"));
        Files.writeString(save.resolve("Second.htm"), "<p>Second.</p>");

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(save));
        assertEquals("saved is a folder with 2 saved web pages: choose the pages to add.", refused.getMessage());
    }
}

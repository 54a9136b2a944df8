package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source and the file it came from are added together, or not at all. */
class SourceWithOriginalTest {

    @TempDir
    Path folder;

    private static final SourceDraft DRAFT = new SourceDraft("Skerry Post", "Cottage museum", "", "", null, "",
            "The keeper's cottage opens as a museum.", "cottage.html");

    @Test
    void theSourceAndItsOriginalAreStoredTogether() throws Exception {
        SourceOriginal original = new SourceOriginal("cottage.html", "text/html",
                "<p>The keeper's cottage opens as a museum.</p>".getBytes(StandardCharsets.UTF_8));
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("p.mv.db"))) {
            Source added = SourceWithOriginal.add(project, DRAFT, original);

            assertEquals(original, project.library().original(added.id()).orElseThrow());
            assertEquals(DRAFT.text(), project.library().sourceText(added.id()));
        }
    }

    @Test
    void anOriginalThatCannotBeStoredTakesTheSourceBackWithIt() throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("p.mv.db"))) {
            assertThrows(RuntimeException.class, () -> SourceWithOriginal.add(project, DRAFT, null));

            assertEquals(0, project.library().sources().size());
        }
    }
}

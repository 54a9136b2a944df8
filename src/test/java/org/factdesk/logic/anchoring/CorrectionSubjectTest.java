package org.factdesk.logic.anchoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the correction dialog reads of a source: its text, passages, the facts citing them and its original. */
class CorrectionSubjectTest {

    private static final String TEXT = "The Wend lock reopens on Friday after a month of repairs.";

    @TempDir
    Path folder;

    @Test
    void eachPassageListsTheFactsOfEveryStoryThatCiteIt() throws Exception {
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("desk.mv.db"))) {
            long sourceId = project.library().addSource(new SourceDraft("Wend Herald", "Lock", "", "", null, "",
                    TEXT, "lock.html")).id();
            Excerpt lock = project.library().addExcerpt(ExcerptDraft.of(sourceId, TEXT, 0, 31));
            Story first = project.stories().createStory("Lock reopens", "", HouseStyle.DEFAULT);
            Story second = project.stories().createStory("", "", HouseStyle.DEFAULT);
            project.stories().addFact(first.id(), 0, "The lock reopens on Friday.",
                    List.of(Citation.ofExcerpt(lock)), 0);
            project.stories().addFact(second.id(), 0, "x ".repeat(60), List.of(Citation.ofExcerpt(lock)), 0);
            project.library().storeOriginal(sourceId, new SourceOriginal("lock.html", "text/html", new byte[] {1}));

            CorrectionSubject subject = CorrectionSubject.read(project, sourceId);

            assertEquals(TEXT, subject.text());
            assertEquals(List.of(lock), subject.excerpts());
            List<String> citing = subject.citingFacts().get(lock.id());
            assertEquals("\u201cLock reopens\u201d: The lock reopens on Friday.", citing.get(0));
            assertTrue(citing.get(1).startsWith("\u201cUntitled story\u201d: x x"), citing.get(1));
            assertTrue(citing.get(1).endsWith("…") && citing.get(1).length() < 120, citing.get(1));
            assertEquals("lock.html", subject.original().orElseThrow().fileName());
            assertThrows(IllegalArgumentException.class, () -> CorrectionSubject.read(project, sourceId + 1));
        }
    }
}

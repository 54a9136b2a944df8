package org.factdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.StoryDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's yardstick must read the same rows the store loads, or the comparison means nothing. */
class RawStoryReaderTest {

    private static final String TEXT = "The lock gates stuck at high tide.\n\nBarges queued past the mill.";

    @TempDir
    Path folder;

    @Test
    void readsAsManyRowsAsTheStoreLoadsForAStory() throws Exception {
        Path file = folder.resolve("canal.mv.db");
        long storyId;
        StoryDocument loaded;
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            Source gazette = project.library().addSource(source("Canal Gazette"));
            project.library().addSource(source("Mill Weekly"));
            Excerpt gates = project.library().addExcerpt(ExcerptDraft.of(gazette.id(), TEXT, 0, 34));
            storyId = project.stories().createStory("Lock gates stuck", "Barges waited.", HouseStyle.DEFAULT).id();
            project.stories().addFact(storyId, 0, "The gates stuck.", List.of(Citation.ofExcerpt(gates)), 0);
            project.stories().addFact(storyId, 1, "Barges queued.", List.of(Citation.ofWholeSource(gazette.id())), 1);
            project.stories().addNarrative(storyId, 0, "Repair narrative", "Canal Gazette", "Fix the gates.");
            loaded = project.stories().loadStory(storyId);
        }

        try (RawStoryReader raw = RawStoryReader.open(file)) {
            int citations = loaded.facts().stream().mapToInt(fact -> fact.citations().size()).sum();
            assertEquals(1 + citations + loaded.facts().size() + loaded.narratives().size()
                    + loaded.sources().size() + loaded.excerpts().size(), raw.readStory(storyId).size());
            assertEquals(2, raw.readSourceList().size(), "the list shows uncited sources too");
        }
    }

    private static SourceDraft source(String outlet) {
        return new SourceDraft(outlet, "Lock gates", "", "", null, "", TEXT, "test");
    }
}

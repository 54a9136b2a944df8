package org.factdesk.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.logic.export.StoryExports;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewModelTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private PreviewModel model;

    @BeforeEach
    void open() throws Exception {
        session = DemoSession.openDirect(folder);
        model = new PreviewModel(session.story());
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    @Test
    void showsTheOpenStoryInTheHouseFormat() {
        FormattedStory shown = model.shownProperty().get();
        assertEquals("Tidewater votes to close Old Quay market", shown.title());
        assertEquals(4, shown.facts().size());
        assertEquals("1,2", shown.facts().get(1).marks());
        assertEquals("Sources: 1Tidewater Courier and 2Coastal Broadcasting.", shown.sourcesLine());
        assertEquals("Pro-council narrative", shown.narratives().get(0).label());
    }

    @Test
    void typingWaitsForAPauseThenShowsTheLatest() {
        int waiting = model.waitingChangesProperty().get();
        session.story().editor().typeTitle("Old");
        session.story().editor().typeTitle("Old Quay");

        assertEquals("Tidewater votes to close Old Quay market", model.shownProperty().get().title());
        assertTrue(model.behindProperty().get());
        assertEquals(waiting + 2, model.waitingChangesProperty().get(), "each change restarts the pause");

        model.showLatest();
        assertEquals("Old Quay", model.shownProperty().get().title());
        assertFalse(model.behindProperty().get());
    }

    @Test
    void anotherStoryIsShownAtOnce() {
        session.stories().create("Second story");
        assertEquals("Second story", model.shownProperty().get().title());
        assertFalse(model.behindProperty().get());
    }

    @Test
    void plainTextIsTheLatestStoryInTheHouseFormat() {
        session.story().editor().typeTitle("Old Quay");
        String text = model.plainText();
        assertTrue(text.startsWith("Old Quay\nTidewater's council has voted"));
        assertTrue(text.contains("\nFacts\n- Tidewater's council voted seven to four"));
        assertTrue(text.contains("\nNarratives\n- Pro-council narrative, as provided by Tidewater Courier. "));
    }

    @Test
    void htmlIsWhatTheHtmlExportWritesForTheStoryAsItIsNow() throws Exception {
        session.story().editor().typeTitle("Old Quay <market> & harbour");
        long storyId = session.story().documentProperty().get().story().id();

        String exported = session.project().read("Export", project -> new StoryExports().export(project, storyId,
                ExportFormat.HTML)).get(10, TimeUnit.SECONDS);

        assertEquals(exported, model.html());
        assertTrue(model.html().contains("<h1>Old Quay &lt;market&gt; &amp; harbour</h1>"), "the latest title");
    }
}

package org.factdesk.logic.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoProjectTest {

    @TempDir
    Path folder;

    @Test
    void demoProjectHoldsAFinishedStoryAndASpareSource() throws Exception {
        H2ProjectFiles files = new H2ProjectFiles();
        Path file = folder.resolve("Factdesk Demo.mv.db");
        long storyId = DemoProject.write(files, file);

        try (Project project = files.open(file)) {
            FormattedStory story = HouseFormat.format(project.stories().loadStory(storyId));
            assertEquals("Tidewater votes to close Old Quay market", story.title());
            assertEquals("Sources: 1Tidewater Courier and 2Coastal Broadcasting.", story.sourcesLine());
            assertEquals(2, story.narratives().size());
            assertEquals(4, project.library().sources().size(), "one source is left for the user to cite");
            assertTrue(story.facts().get(1).markedText().endsWith("crowns.1,2"));
        }
    }
}

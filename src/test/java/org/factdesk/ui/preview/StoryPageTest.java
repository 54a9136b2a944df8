package org.factdesk.ui.preview;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.factdesk.logic.format.HouseFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The preview writes a narrative line as the exports do (see {@code NarrativeLineTest}). */
@ExtendWith(ApplicationExtension.class)
class StoryPageTest {

    /** The bold label and the rest of each narrative line, as the page shows them. */
    private static List<List<String>> narrativeLines(String label, String providedBy, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            StoryPage page = new StoryPage();
            page.show(HouseFormat.format(story().title("Quay ferries").fact("Boats stopped.")
                    .narrative(label, providedBy, text).build()));
            return page.lookupAll("." + PreviewStyles.NARRATIVE_LABEL).stream()
                    .map(Node::getParent)
                    .map(flow -> ((TextFlow) flow).getChildren().stream().map(t -> ((Text) t).getText()).toList())
                    .toList();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void blankLabelReadsAsNarrative() throws Exception {
        assertEquals(List.of(List.of("Narrative", ", as provided by Port Herald. Wait.")),
                narrativeLines(" ", "Port Herald", "Wait."));
    }

    @Test
    void blankProviderDropsTheClause() throws Exception {
        assertEquals(List.of(List.of("Ferry-first narrative", ". Keep the boats.")),
                narrativeLines("Ferry-first narrative", "", "Keep the boats."));
    }

    @Test
    void blankTextEndsTheLineAfterTheProvider() throws Exception {
        assertEquals(List.of(List.of("Ferry-first narrative", ", as provided by Port Herald.")),
                narrativeLines("Ferry-first narrative", "Port Herald", "  "));
    }
}

package org.factdesk.logic.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factdesk.logic.export.NuHtmlChecker;
import org.factdesk.logic.guide.GuidePage.Block;
import org.factdesk.logic.guide.GuidePage.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserGuideTest {

    @Test
    void theBundledGuideIsValidHtmlThatLoadsNothingFromElsewhere() throws Exception {
        String html = UserGuide.html();

        assertEquals(List.of(), new NuHtmlChecker().errors(html));
        assertFalse(html.contains("src="), "no images or scripts to fetch");
        assertFalse(html.contains("http"), "no links out: the guide works offline");
    }

    @ParameterizedTest
    @ValueSource(strings = {"adding sources", "making facts", "citing", "writing narratives", "exporting",
        "the keyboard", "damaged"})
    void theGuideHasASectionOn(String topic) {
        assertTrue(UserGuide.page().blocks().stream()
                .filter(block -> block.kind() == Kind.SECTION)
                .anyMatch(block -> block.text().toLowerCase(Locale.ROOT).contains(topic)), topic);
    }

    @Test
    void theGuideShowsWholeInTheWindowAndExplainsRecovery() {
        GuidePage page = UserGuide.page();
        String text = page.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));

        assertEquals("Factdesk user guide", page.title());
        assertTrue(text.contains("factdesk recover "), "names the recover command");
        assertTrue(text.contains("File › Recover a damaged project…"), "names the recover menu");
        assertTrue(page.blocks().size() > 30, "a real guide, not a stub: " + page.blocks().size());
    }
}

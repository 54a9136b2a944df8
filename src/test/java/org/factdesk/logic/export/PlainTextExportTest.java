package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.factdesk.logic.format.HouseFormat;
import org.junit.jupiter.api.Test;

class PlainTextExportTest {

    @Test
    void uncitedStoryHasNoSourcesLineButKeepsBothHeadings() {
        String text = PlainTextExport.render(HouseFormat.format(story()
                .title("Bridge shut").lede("The bridge is shut.").fact("Nobody has said why.").build()));

        assertEquals("Bridge shut\nThe bridge is shut.\nFacts\n- Nobody has said why.\nNarratives", text);
    }

    @Test
    void emptyStoryStillHasItsHeadings() {
        assertEquals("\n\nFacts\nNarratives", PlainTextExport.render(HouseFormat.format(story().title("").build())));
    }

    @Test
    void lineBreaksInsideUserTextBecomeSpaces() {
        String text = PlainTextExport.render(HouseFormat.format(story()
                .title("Bridge\nshut").lede("Lede").source(1, "Port\r\nHerald")
                .fact("Line one\n\nline two\u2028line three.", 1)
                .narrative("Label", "Port Herald", "Text\rmore").build()));

        assertEquals("Bridge shut\nLede\nFacts\n- Line one line two line three.1\nSources: 1Port Herald.\n"
                + "Narratives\n- Label, as provided by Port Herald. Text more", text);
    }

    @Test
    void textEndsWithoutLineBreak() {
        assertFalse(PlainTextExport.render(BridgeClosureStory.formatted()).endsWith("\n"));
    }
}

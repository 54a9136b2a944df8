package org.factdesk.logic.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.logic.guide.GuidePage.Block;
import org.factdesk.logic.guide.GuidePage.Emphasis;
import org.factdesk.logic.guide.GuidePage.Kind;
import org.factdesk.logic.guide.GuidePage.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidePageReaderTest {

    private static GuidePage read(String body) {
        return GuidePageReader.read("<!DOCTYPE html><html><head><title>t</title></head><body>" + body
                + "</body></html>");
    }

    @Test
    void headingsParagraphsAndListsBecomeBlocksInReadingOrder() {
        GuidePage page = read("""
                <h1>Harbour desk guide</h1>
                <h2>Tides</h2>
                <p>Check the   tide
                   tables first.</p>
                <h3>Neaps</h3>
                <ul><li>Low water</li><li>High water</li></ul>
                <ol><li>Moor</li><li>Unload</li></ol>
                """);

        assertEquals("Harbour desk guide", page.title());
        assertEquals(List.of(Kind.SECTION, Kind.PARAGRAPH, Kind.SUBSECTION, Kind.ITEM, Kind.ITEM, Kind.ITEM,
                Kind.ITEM), page.blocks().stream().map(Block::kind).toList());
        assertEquals("Check the tide tables first.", page.blocks().get(1).text());
        assertEquals(List.of("", "", "", "\u2022", "\u2022", "1.", "2."),
                page.blocks().stream().map(Block::marker).toList());
    }

    @Test
    void inlineStylesBecomeRunsWithOneSpaceWhereTheyMeet() {
        GuidePage page = read("<h1>T</h1><p> Press <kbd>Ctrl+K</kbd> then type <code>moor now</code>, "
                + "<strong>not</strong> <em>later</em>. </p>");

        assertEquals(List.of(new Run("Press ", Emphasis.PLAIN), new Run("Ctrl+K", Emphasis.KEY),
                new Run(" then type ", Emphasis.PLAIN), new Run("moor now", Emphasis.CODE),
                new Run(", ", Emphasis.PLAIN), new Run("not", Emphasis.STRONG), new Run(" ", Emphasis.PLAIN),
                new Run("later", Emphasis.EMPHASIS), new Run(".", Emphasis.PLAIN)),
                page.blocks().get(0).runs());
    }

    @Test
    void aMainElementHoldsTheContentAndHeaderAndFooterAreLeftOut() {
        GuidePage page = read("<header>Menu</header><main><h1>Inside</h1><p>Body</p></main><footer>x</footer>");

        assertEquals("Inside", page.title());
        assertEquals(List.of("Body"), page.blocks().stream().map(Block::text).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<h1>T</h1><table><tr><td>cell</td></tr></table>|<table>",
        "<h1>T</h1><p>See <a href='x'>there</a></p>|<a> inside text",
        "<h1>T</h1><ul><li>one</li></ul><div>loose</div>|<div>",
        "<h1>T</h1><h1>Again</h1>|a second <h1>",
        "<p>No title</p>|no <h1> title"})
    void anElementTheWindowCannotShowIsNamedNotDropped(String body, String named) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> read(body));

        assertTrue(refused.getMessage().contains(named), refused.getMessage());
    }
}

package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.logic.format.HouseFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlExportTest {

    @Test
    void uncitedStoryHasNoSourcesParagraphNorMarks() throws Exception {
        String html = HtmlExport.render(HouseFormat.format(story()
                .title("Bridge shut").fact("Nobody has said why.").build()));
        Document page = Jsoup.parse(html);

        assertNull(page.selectFirst("p.sources"));
        assertTrue(page.select("sup").isEmpty());
        assertEquals("Nobody has said why.", page.selectFirst("ul.facts li").wholeText());
        assertEquals(List.of(), new NuHtmlChecker().errors(html));
    }

    @Test
    void emptyStoryIsStillValidWithAPlaceholderPageTitle() throws Exception {
        String html = HtmlExport.render(HouseFormat.format(story().title("  ").build()));
        Document page = Jsoup.parse(html);

        assertEquals(HtmlExport.UNTITLED, page.title());
        assertEquals(List.of("Facts", "Narratives"), page.select("h2").eachText());
        assertEquals(List.of(), new NuHtmlChecker().errors(html));
    }

    @Test
    void everyMarkLinksToAnEntryOfTheSourcesLine() {
        Document page = Jsoup.parse(HtmlExport.render(BridgeClosureStory.formatted()));

        List<String> targets = page.select("sup a").eachAttr("href");

        assertEquals(List.of("#source-1", "#source-2", "#source-3", "#source-3", "#source-1", "#source-4",
                "#source-2"), targets);
        for (String target : targets) {
            assertEquals("p", page.getElementById(target.substring(1)).parent().tagName());
        }
    }

    @Test
    void pageIsSelfContained() {
        Document page = Jsoup.parse(HtmlExport.render(BridgeClosureStory.formatted()));

        assertTrue(page.select("script, link, img, iframe, [src], [style]").isEmpty());
        assertEquals(1, page.select("head > style").size());
        assertTrue(page.selectFirst("head > style").data().contains("@media print"));
        assertEquals("en", page.selectFirst("html").attr("lang"));
    }
}

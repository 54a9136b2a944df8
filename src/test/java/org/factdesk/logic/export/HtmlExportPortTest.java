package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.logic.format.HouseFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A source url's port decides whether it becomes a link, and the page is valid HTML5 either way. */
class HtmlExportPortTest {

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new NuHtmlChecker();
    }

    @ParameterizedTest
    @CsvSource({
            "https://wharf.example:65536/notice, span",
            "https://wharf.example:99999/notice, span",
            "http://wharf.example:70000, span",
            "http://wharf.example:0/notice, span",
            "http://wharf.example:00000/notice, span",
            "https://wharf.example:65535/notice, a",
            "https://wharf.example:1/notice, a",
            "https://wharf.example:08080/notice, a",
            "https://wharf.example:443, a"})
    void portDecidesTheLinkAndThePageStaysValid(String url, String element) throws Exception {
        String html = HtmlExport.render(HouseFormat.format(story()
                .title("Wharf notice").lede("The wharf shuts at dusk.")
                .source(1, "Wharf Bulletin", "Notice", url)
                .fact("The wharf shuts at dusk.", 1).build()));

        Element entry = Jsoup.parse(html).getElementById("source-1");

        assertEquals(element, entry.tagName());
        assertEquals(List.of(), checker.errors(html));
    }
}

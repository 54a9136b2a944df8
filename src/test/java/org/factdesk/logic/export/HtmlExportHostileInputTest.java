package org.factdesk.logic.export;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.StoryDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile or unusual text in every field of a story: the HTML page must stay inert (no script, no event
 * handler, no link other than http(s) and the page's own anchors), keep the text exactly as typed, and stay
 * valid HTML5.
 */
class HtmlExportHostileInputTest {

    private static final String[] HOSTILE = {
        "<script>alert(1)</script>",
        "</title><script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='x",
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "&lt;script&gt; &amp; &#106;",
        "<!-- comment --> ]]> <![CDATA[x]]>",
        "Harbour \u202Eevil.exe\u202C Post",
        "Crew \uD83D\uDC69\u200D\uD83D\uDE92 on the \uD83C\uDF09",
        "Cafe\u0301 Z\u0335\u0321\u0336a\u0338lgo",
        "first line\u2028second line\u2029third",
        "tab\tand\nnewline",
    };

    private static NuHtmlChecker checker;

    @BeforeAll
    static void setUpChecker() throws Exception {
        checker = new NuHtmlChecker();
    }

    static String[] hostile() {
        return HOSTILE.clone();
    }

    private static StoryDocument storyWithEverywhere(String text, String url) {
        return story()
                .title("Title " + text)
                .lede("Lede " + text)
                .source(1, "Outlet " + text, "Source title " + text, url)
                .source(2, "Port Herald", "Plain", "https://herald.example/pier")
                .fact("Fact " + text, 1, 2)
                .narrative("Label " + text, "Provider " + text, "Narrative " + text)
                .build();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void hostileTextIsInertAndSurvivesIntact(String text) throws Exception {
        String html = HtmlExport.render(HouseFormat.format(storyWithEverywhere(text, text)));
        Document page = Jsoup.parse(html);

        assertInert(html, page);
        assertEquals("Title " + text, page.selectFirst("title").wholeText());
        assertEquals("Title " + text, page.selectFirst("h1").wholeText());
        assertEquals("Lede " + text, page.selectFirst("p.lede").wholeText());
        assertEquals("Fact " + text + "1,2", page.selectFirst("ul.facts li").wholeText());
        Element entry = page.getElementById("source-1");
        assertEquals("1Outlet " + text, entry.wholeText());
        assertEquals("Source title " + text, entry.attr("title"));
        Element narrative = page.selectFirst("ul.narratives li");
        assertEquals("Label " + text, narrative.selectFirst("strong").wholeText());
        assertEquals("Label " + text + ", as provided by Provider " + text + ". Narrative " + text,
                narrative.wholeText());
        assertEquals(List.of(), checker.errors(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)", " JaVaScRiPt:alert(1)", "\tjavascript:alert(1)\n", "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "vbscript:msgbox(1)",
            "https://trusted.example@evil.example/", "//evil.example/x", "\"><img src=x onerror=alert(1)>"})
    void unsafeUrlsBecomePlainText(String url) throws Exception {
        String html = HtmlExport.render(HouseFormat.format(storyWithEverywhere("x", url)));
        Document page = Jsoup.parse(html);

        assertInert(html, page);
        Element entry = page.getElementById("source-1");
        assertEquals("span", entry.tagName());
        assertFalse(entry.hasAttr("href"));
        assertEquals(List.of(), checker.errors(html));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.org/\"><script>alert(1)</script>", "HTTPS://example.org/' onmouseover='x",
            " http://example.org/a b(c)<d>{e} ", "https://example.org/\u202Egnp.exe",
            "https://example.org/caf\u00e9?q=\uD83C\uDF09#x#y", "https://example.org/100%"})
    void webUrlsAreLinkedAndEncoded(String url) throws Exception {
        String html = HtmlExport.render(HouseFormat.format(storyWithEverywhere("x", url)));
        Document page = Jsoup.parse(html);

        assertInert(html, page);
        Element entry = page.getElementById("source-1");
        assertEquals("a", entry.tagName());
        assertEquals(WebUrl.linkable(url), Optional.of(entry.attr("href")));
        assertEquals(List.of(), checker.errors(html));
    }

    private static void assertInert(String html, Document page) {
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "raw <script in page");
        assertTrue(page.select("script, img, iframe, object, embed, svg, math, form, base, link").isEmpty(),
                "active elements in page");
        assertEquals(1, page.select("meta[charset]").size());
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "event handler " + attribute);
                assertFalse(name.equals("style") || name.equals("src") || name.equals("srcdoc"),
                        () -> "unexpected attribute " + attribute);
            }
        }
        for (Element link : page.select("[href]")) {
            String href = link.attr("href");
            assertTrue(href.matches("#source-[0-9]+") || href.startsWith("https://") || href.startsWith("http://"),
                    () -> "unsafe href " + href);
        }
    }
}

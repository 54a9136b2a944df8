package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageJunkTest {

    private static final String PROSE = "<p>The harbour master said the dredging would start in the autumn, once "
            + "the last of the summer yachts had left, and would take about six weeks to finish.</p>";

    private static String afterRemoval(String body) {
        Document page = Jsoup.parse("<html><body>" + body + "</body></html>");
        PageJunk.removeAll(page.body());
        return BlockText.of(page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Most read", "Latest Posts", "Don't Miss", "Stay in touch", "Related", "You may also like",
        "Share this article", "Read more", "MORE STORIES FROM THE SOUND"})
    void aJunkHeadingIsRecognisedWhateverItsCaseAndPunctuation(String heading) {
        assertTrue(PageJunk.isJunkHeading(Jsoup.parse("<h3>" + heading + "</h3>").selectFirst("h3")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The harbour in winter", "Dredging to start", "Related costs rose by a third"})
    void anOrdinaryHeadingIsNotJunk(String heading) {
        assertFalse(PageJunk.isJunkHeading(Jsoup.parse("<h3>" + heading + "</h3>").selectFirst("h3")));
    }

    @Test
    void aJunkHeadingAmongTheArticlesParagraphsGoesWithTheLinksUnderIt() {
        String left = afterRemoval("<div>" + PROSE + "<h3>Related</h3><ul><li><a href='/a'>Dredger breaks down</a>"
                + "</li><li><a href='/b'>Yacht club elects chair</a></li></ul><p>Read on.</p>" + PROSE + "</div>");

        assertFalse(left.contains("Related"), left);
        assertFalse(left.contains("Dredger"), left);
        assertFalse(left.contains("Read on."), left);
        assertEquals(2, left.split("harbour master").length - 1, left);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>The council's <em>newsletter</em> said the pier would reopen in May.</p>",
        "<p>Broken <b>bold <i>italic</b> tags</i> and a mis-nested paragraph.</p>",
        "<p>Divers read the <b><i>comments</i></b> board before the dredger sailed.</p>",
        "<p><strong>Related</strong> costs rose by a third, the harbour master said.</p>"})
    void aJunkWordInsideASentenceKeepsItsParagraph(String paragraph) {
        String left = afterRemoval("<article>" + PROSE + paragraph + PROSE + "</article>");

        String expected = BlockText.of(Jsoup.parse(paragraph).body());
        assertTrue(left.contains(expected), left);
    }

    @Test
    void anInlineHeadingAboveABoxOfLinksStillTakesTheBox() {
        String left = afterRemoval("<div>" + PROSE + "<div><span>Most read</span><a href='/a'>Dredger breaks "
                + "down</a> <a href='/b'>Yacht club elects chair</a></div>" + PROSE + "</div>");

        assertFalse(left.contains("Most read"), left);
        assertFalse(left.contains("Dredger"), left);
        assertEquals(2, left.split("harbour master").length - 1, left);
    }

    @Test
    void aCookieNoticeWithoutAClassNameIsRemovedByItsWords() {
        String left = afterRemoval(PROSE + "<div><p>This site uses cookies to measure visits.</p><a href='#'>OK</a></div>");

        assertFalse(left.contains("cookies"), left);
        assertTrue(left.contains("harbour master"), left);
    }

    @Test
    void aBlockThatHoldsMostOfThePageIsKeptEvenWithASidebarClass() {
        String left = afterRemoval("<div class='layout-with-sidebar'>" + PROSE + PROSE + "</div><div>" + PROSE + "</div>");

        assertTrue(left.contains("harbour master"), left);
        assertEquals(3, left.split("harbour master").length - 1, left);
    }

    @Test
    void aRowOfShareButtonsIsRemovedButASingleWordParagraphIsNot() {
        Document page = Jsoup.parse("<html><body>" + PROSE + "<div>Share on Facebook · X · Email</div>"
                + "<p>Print</p></body></html>");
        PageJunk.removeAll(page.body());

        assertEquals(2, page.body().children().size());
        Element last = page.body().children().last();
        assertEquals("Print", last.text());
    }
}

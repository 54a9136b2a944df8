package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleCleanupTest {

    private static final String PROSE = "<p>The lock gates were opened for the first time in two years on Monday, "
            + "letting a line of narrowboats through to the upper basin.</p>";

    private static String cleaned(String html, String title) {
        Element content = Jsoup.parse("<html><body><div id='content'>" + html + "</div></body></html>")
                .getElementById("content");
        ArticleCleanup.clean(content, title);
        return HtmlSourceText.paragraphs(content);
    }

    @Test
    void aHeadingThatRepeatsTheTitleIsDropped() {
        assertEquals(BlockText.of(Jsoup.parse(PROSE).body()),
                cleaned("<h2>Lock gates open again!</h2>" + PROSE, "Lock gates open again"));
    }

    @Test
    void aShortLineHoldingOnlyATimeIsDroppedButATimeInProseIsKept() {
        String text = cleaned("<div class='when'><time datetime='2031-04-07'>7 April</time></div>" + PROSE
                + "<p>The gates had been shut since <time datetime='2029-03-01'>March 2029</time>, when a beam cracked "
                + "during a cold snap and the canal trust had to wait for oak of the right size.</p>", "");

        assertEquals(2, text.split("\n\n").length, text);
        assertTrue(text.contains("since March 2029"), text);
    }

    @Test
    void labelsCaptionsAndLinkListsInsideTheArticleAreDropped() {
        String text = cleaned("<div>" + PROSE + "<div>Advertisement</div><figure><img src='a.jpg'><figcaption>Photo: "
                + "the upper basin</figcaption></figure><ul><li><a href='/1'>Canal news</a></li><li><a href='/2'>"
                + "Lock keepers</a></li></ul><p class='caption'>A boat waits.</p>" + PROSE + "</div>", "");

        assertEquals(BlockText.of(Jsoup.parse(PROSE).body()) + "\n\n" + BlockText.of(Jsoup.parse(PROSE).body()), text);
    }

    @Test
    void aSentenceBeginningWithByIsNotTakenForAByline() {
        String sentence = "<p>By the end of the day forty boats had passed.</p>";

        assertEquals("By the end of the day forty boats had passed.", cleaned(sentence, ""));
    }
}

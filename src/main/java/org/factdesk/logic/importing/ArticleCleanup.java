package org.factdesk.logic.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Cleans an extracted article of what is not its body: the headline (it becomes the title), the byline and
 * date line (they become metadata), captions, link lists and labels such as "Advertisement". Changes the element
 * it is given. Stateless; any thread (one per document).
 */
final class ArticleCleanup {

    /** Class, id, rel or itemprop words of a byline or date line. */
    private static final Pattern BYLINE = Pattern.compile("byline|author|dateline|writtenby|article-meta|post-meta"
            + "|entry-meta|posted-on|timestamp|publish|p-name");

    /** "By Ana Reed", "Words by Tom Holt, Harbour Correspondent"; not "By the time the ferry came…". */
    static final Pattern BY = Pattern.compile("(?i:by|words by|written by|text by|reporting by):?\\s+"
            + "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*(?:,|\\||-|–|—|and|in|for)\\s*.*)?");

    private static final Pattern DATE_LABEL =
            Pattern.compile("(?i)^(published|updated|posted|last updated|first published)(\\s+on)?:?\\s*");

    private static final Pattern LABEL = Pattern.compile("(?i)advertisement|skip advertisement|continue reading"
            + "|story continues below( advertisement)?|read more|scroll to continue.*|image|photo|video");

    /** A byline, date line or label is short; a paragraph of prose is not. */
    private static final int SHORT = 150;

    private ArticleCleanup() {
    }

    static void clean(Element content, String title) {
        content.select("h1, figure, figcaption, picture, img, video, audio").remove();
        removeTitleRepeats(content, title);
        removeBylines(content);
        removeLeadingMetaLines(content);
        removeLabelsAndLinkLists(content);
    }

    private static void removeTitleRepeats(Element content, String title) {
        String wanted = comparable(title);
        if (wanted.isEmpty()) {
            return;
        }
        for (Element heading : content.select("h2, h3, p, div")) {
            if (BlockText.attached(heading) && heading.children().stream().noneMatch(Element::isBlock)
                    && comparable(BlockText.of(heading)).equals(wanted)) {
                heading.remove();
            }
        }
    }

    private static void removeBylines(Element content) {
        for (Element element : new ArrayList<>(content.getAllElements())) {
            if (content.equals(element) || !BlockText.attached(element)) {
                continue;
            }
            String names = BlockText.classAndId(element) + " " + element.attr("rel") + " " + element.attr("itemprop");
            if (BYLINE.matcher(names.toLowerCase(Locale.ROOT)).find()) {
                Element block = blockAround(element, content);
                if (BlockText.length(block) < SHORT) {
                    block.remove();
                }
            }
        }
        for (Element time : content.select("time")) {
            Element block = blockAround(time, content);
            if (BlockText.attached(time) && BlockText.length(block) < SHORT / 2) {
                block.remove();
            }
        }
    }

    /** The first few lines: "By Ana Reed", "Published 5 Sep 2031", "Updated: 2031-09-05 10:00". */
    private static void removeLeadingMetaLines(Element content) {
        List<Element> leading = new ArrayList<>();
        for (Element element : content.getAllElements()) {
            if (!content.equals(element) && element.isBlock() && element.children().stream().noneMatch(Element::isBlock)
                    && !BlockText.of(element).isEmpty()) {
                leading.add(element);
                if (leading.size() == 3) {
                    break;
                }
            }
        }
        for (Element line : leading) {
            String text = BlockText.of(line);
            String undated = DATE_LABEL.matcher(text).replaceFirst("");
            if (text.length() < SHORT && (BY.matcher(text).matches() || SourceDates.dateOrNull(undated) != null)) {
                line.remove();
            }
        }
    }

    private static void removeLabelsAndLinkLists(Element content) {
        for (Element element : new ArrayList<>(content.getAllElements())) {
            if (content.equals(element) || content.equals(element.parent()) || !BlockText.attached(element)) {
                continue;
            }
            String text = BlockText.of(element);
            boolean label = element.isBlock() && text.length() < 60 && LABEL.matcher(text).matches();
            boolean linkList = element.normalName().matches("ul|ol|div|section|table|dl")
                    && BlockText.linkDensity(element) > 0.5;
            boolean aside = element.isBlock() && ArticleExtractor.classWeight(element) < 0;
            if (label || linkList || aside) {
                element.remove();
            }
        }
        for (Element child : new ArrayList<>(content.children())) {
            String text = BlockText.of(child);
            if (text.length() < 60 && LABEL.matcher(text).matches()) {
                child.remove();
            }
        }
    }

    /** The nearest block that holds {@code element} inside the article (the element itself if it is one). */
    private static Element blockAround(Element element, Element content) {
        Element block = element;
        while (!block.isBlock() && block.parent() != null && !content.equals(block.parent())) {
            block = block.parent();
        }
        return block;
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

package org.factdesk.logic.importing;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Measures of an element's text that the article extractor weighs: its length, the share of it inside links,
 * and whether it is attached to the page still. Stateless; any thread (on one thread per document).
 */
final class BlockText {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0]+");

    private BlockText() {
    }

    /** The element's visible text with white space collapsed, as a reader sees it. */
    static String of(Element element) {
        return SPACE.matcher(element.text()).replaceAll(" ").strip();
    }

    /** Characters of text, white space collapsed. */
    static int length(Element element) {
        return of(element).length();
    }

    /** The share of the element's text that is link text, 0 to 1; 0 for an element without text. */
    static double linkDensity(Element element) {
        int total = length(element);
        if (total == 0) {
            return 0;
        }
        int inLinks = 0;
        for (Element link : element.select("a")) {
            inLinks += length(link);
        }
        return Math.min(1.0, (double) inLinks / total);
    }

    /** Characters of text outside links. */
    static int lengthOutsideLinks(Element element) {
        return (int) Math.round(length(element) * (1 - linkDensity(element)));
    }

    /** False once the element, or one of its ancestors, has been removed from its page. */
    static boolean attached(Element element) {
        return element.ownerDocument() != null;
    }

    /** The lower-case class names and id, where page templates say what a block is for. */
    static String classAndId(Element element) {
        return (element.className() + " " + element.id()).toLowerCase(java.util.Locale.ROOT);
    }
}

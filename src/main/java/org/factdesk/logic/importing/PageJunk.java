package org.factdesk.logic.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Removes what a news page or blog wraps around its article: furniture (scripts, navigation, headers, footers,
 * asides, forms), blocks whose class or id names them as site parts (cookie banners, share bars, sidebars,
 * "most read" and "related" boxes), boxes under headings such as "Latest Posts", "Don't Miss" or "Stay in
 * touch", and rows of share buttons. Changes the element it is given. Stateless; any thread (one per document).
 */
final class PageJunk {

    /** Elements whose text is never part of an article; scripts are removed, never run. */
    static final String FURNITURE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, canvas, object, embed, button, select, textarea, dialog, menu, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [aria-modal=true], "
            + "[hidden]";

    /** Class or id words of site parts, after Readability's "unlikely candidates". */
    private static final Pattern UNLIKELY = Pattern.compile("-ad-|\\bads?\\b|advert|banner|breadcrumb|combx|comment"
            + "|community|consent|cookie|disqus|gdpr|footer|header|masthead|menu|modal|most-?read|most-?popular"
            + "|navbar|newsletter|outbrain|pager|pagination|popup|promo|related|recommend|remark|replies|rss|share"
            + "|sharing|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|signup|sign-up|taboola|trending|tweet"
            + "|weather|widget|login|tag-list|\\btags\\b|toolbar|skip-link");

    /** Class or id words that may name the article itself even when an unlikely word is there too. */
    private static final Pattern MAYBE = Pattern.compile("article|body|column|content|main|story|entry|text");

    /** Box headings of site junk, compared in lower case without punctuation. */
    private static final Pattern JUNK_HEADING = Pattern.compile("most read|most popular|most viewed|latest posts"
            + "|latest news|latest stories|latest articles|don ?t miss|stay in touch|stay connected|related"
            + "|related (articles|stories|posts|news|content)|read (more|next|also)|more (stories|news) from.*"
            + "|you (may|might) (also )?like|recommended( for you)?|trending( now)?|popular (posts|stories)"
            + "|editor ?s picks|top stories|follow us|share (this|this article|this story|this post)"
            + "|sign up for .*|subscribe to .*|newsletter|comments?|leave a (reply|comment)|tags");

    /** The opening of a cookie or consent notice. */
    private static final Pattern COOKIE_NOTICE = Pattern.compile("(?i)\\b(we|this (web)?site) uses? cookies\\b"
            + "|\\bcookie (policy|settings|preferences|consent)\\b|\\baccept (all )?cookies\\b");

    /** Words of a share bar: a block made of these alone is buttons, not prose. */
    private static final Set<String> SHARE_WORDS = Set.of("share", "shares", "tweet", "facebook", "twitter", "x",
            "whatsapp", "email", "e-mail", "mail", "linkedin", "pinterest", "reddit", "telegram", "print", "copy",
            "link", "copied", "on", "this", "article", "story", "post", "via", "messenger", "bluesky", "threads",
            "save", "comments", "comment", "flipboard");

    /** Elements that are the page or the article themselves, never removed as junk. */
    private static final Set<String> FRAME = Set.of("html", "body", "article", "main");

    private static final int SHORT_HEADING = 40;
    private static final int SMALL_BOX = 600;

    private PageJunk() {
    }

    /** Removes furniture that is never text: what a page reader would not show as part of any article. */
    static void removeFurniture(Element root) {
        root.select(FURNITURE).remove();
    }

    /** Removes furniture, site parts, junk boxes and share bars from {@code body}. */
    static void removeAll(Element body) {
        removeFurniture(body);
        removeSiteParts(body);
        removeJunkBoxes(body);
        removeCookieNotices(body);
        removeShareBars(body);
    }

    /** Blocks whose class or id names them as site parts, unless they hold most of the page's prose. */
    static void removeSiteParts(Element body) {
        int prose = proseLength(body);
        for (Element element : new ArrayList<>(body.getAllElements())) {
            String names = BlockText.classAndId(element);
            if (FRAME.contains(element.normalName()) || names.isBlank() || !BlockText.attached(element)) {
                continue;
            }
            if (UNLIKELY.matcher(names).find() && !MAYBE.matcher(names).find()
                    && proseLength(element) * 2 <= prose) {
                element.remove();
            }
        }
    }

    /** A box under a junk heading: the smallest block around the heading that holds little else. */
    static void removeJunkBoxes(Element body) {
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (BlockText.attached(element) && isJunkHeading(element)) {
                removeBox(element);
            }
        }
    }

    static boolean isJunkHeading(Element element) {
        if (FRAME.contains(element.normalName()) || element.children().stream().anyMatch(Element::isBlock)) {
            return false;
        }
        String text = BlockText.of(element);
        if (text.isEmpty() || text.length() > SHORT_HEADING || (!element.isBlock() && inRunningText(element))) {
            return false;
        }
        String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]+", " ").replaceAll(" +", " ")
                .strip();
        return JUNK_HEADING.matcher(words).matches();
    }

    /**
     * True when an inline element is words of a sentence ("the council's <em>newsletter</em> said"), not a box's
     * heading: its block holds other text outside it and outside links. Taken for a heading, it would take its
     * whole paragraph with it.
     */
    private static boolean inRunningText(Element inline) {
        Element block = inline.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == null) {
            return false;
        }
        boolean[] prose = {false};
        Element line = block;
        line.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node.equals(inline) || (!node.equals(line) && node instanceof Element element
                        && (element.isBlock() || element.normalName().equals("a")))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode text && !text.isBlank()) {
                    prose[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        });
        return prose[0];
    }

    private static void removeBox(Element heading) {
        Element box = heading;
        while (box.parent() != null && !FRAME.contains(box.parent().normalName())
                && BlockText.lengthOutsideLinks(box.parent()) - BlockText.length(heading) < 200) {
            box = box.parent();
        }
        if (!box.equals(heading)) {
            box.remove();
            return;
        }
        // The heading stands among the article's own paragraphs: take it and the links or lines under it.
        Element next = heading.nextElementSibling();
        heading.remove();
        while (next != null && !next.normalName().matches("h[1-6]")
                && (BlockText.linkDensity(next) > 0.5 || BlockText.length(next) < 100)) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
    }

    /** The outermost small block that reads as a cookie or consent notice. */
    static void removeCookieNotices(Element body) {
        for (Element element : new ArrayList<>(body.getAllElements())) {
            if (BlockText.attached(element) && !FRAME.contains(element.normalName()) && element.isBlock()
                    && BlockText.length(element) < SMALL_BOX && COOKIE_NOTICE.matcher(element.text()).find()) {
                element.remove();
            }
        }
    }

    /** Blocks made of share-button words alone ("Share", "Facebook", "X", "Copy link"). */
    static void removeShareBars(Element body) {
        List<Element> bars = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (!FRAME.contains(element.normalName()) && element.isBlock() && isShareBar(BlockText.of(element))) {
                bars.add(element);
            }
        }
        bars.forEach(Element::remove);
    }

    private static boolean isShareBar(String text) {
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+", -1)) {
            if (!word.isEmpty() && !SHARE_WORDS.contains(word)) {
                return false;
            }
        }
        return text.toLowerCase(Locale.ROOT).contains("share") || text.split("\\s+").length >= 2;
    }

    /** Characters in the paragraphs under {@code element}. */
    private static int proseLength(Element element) {
        int length = 0;
        for (Element paragraph : element.select("p")) {
            length += BlockText.length(paragraph);
        }
        return length;
    }
}

package org.factdesk.logic.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page, in the manner of Firefox's Reader View (Readability): after the site's junk
 * is removed ({@link PageJunk}), every paragraph scores its parent and grandparents by its length and commas,
 * the containers are weighed by their tag, class names and link density, and the best one is taken with those of
 * its siblings that score nearly as well. The headline, byline and leftovers are then cleaned out
 * ({@link ArticleCleanup}). Works on a copy of the page. Stateless; any thread.
 */
final class ArticleExtractor {

    /** Class or id words of the article's container. */
    private static final Pattern POSITIVE =
            Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story");

    /** Class or id words of everything else. */
    private static final Pattern NEGATIVE = Pattern.compile("hidden|banner|combx|comment|com-|contact|foot|footnote"
            + "|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
            + "|shopping|tags|tool|widget|caption|credit");

    /** A paragraph shorter than this is a label or a caption, not prose. */
    private static final int MIN_PARAGRAPH = 25;

    /** Less text than this outside links is not an article (a list of links, a gallery, a form). */
    static final int MIN_ARTICLE = 100;

    private ArticleExtractor() {
    }

    /**
     * The article's blocks under one new element, the headline and byline removed; empty when the page holds no
     * article that can be told from the rest.
     *
     * @param title the page's title as found in its metadata, to recognise the headline by
     */
    static Optional<Element> article(Document page, String title) {
        Document copy = page.clone();
        Element body = copy.body();
        PageJunk.removeAll(body);
        Map<Element, Double> scores = score(body);
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
            double weighed = candidate.getValue() * (1 - BlockText.linkDensity(candidate.getKey()));
            candidate.setValue(weighed);
            if (top == null || weighed > topScore) {
                top = candidate.getKey();
                topScore = weighed;
            }
        }
        if (top == null) {
            return Optional.empty();
        }
        Element content = withSiblings(top, topScore, scores);
        ArticleCleanup.clean(content, title);
        return BlockText.lengthOutsideLinks(content) < MIN_ARTICLE ? Optional.empty() : Optional.of(content);
    }

    /** Each container's score from the paragraphs in it: full for a parent, half for a grandparent, less above. */
    private static Map<Element, Double> score(Element body) {
        // jsoup elements are equal only to themselves; insertion order settles ties as the page reads.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!isParagraph(element)) {
                continue;
            }
            String text = BlockText.of(element);
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = element.parent();
            for (int level = 0; level < 5 && ancestor != null && !ancestor.normalName().equals("html"); level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, initialScore(ancestor) + points / divider,
                        (old, added) -> old + points / divider);
                ancestor = ancestor.parent();
            }
        }
        return scores;
    }

    private static boolean isParagraph(Element element) {
        return switch (element.normalName()) {
            case "p", "pre", "td", "blockquote" -> true;
            case "div", "section" -> element.children().stream().noneMatch(Element::isBlock);
            default -> false;
        };
    }

    private static double initialScore(Element element) {
        double byTag = switch (element.normalName()) {
            case "article", "main" -> 8;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return byTag + classWeight(element);
    }

    /** +25 for a class or id that names content, -25 for one that names anything else. */
    static int classWeight(Element element) {
        String names = BlockText.classAndId(element);
        int weight = 0;
        if (NEGATIVE.matcher(names).find()) {
            weight -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            weight += 25;
        }
        return weight;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            commas += c == ',' || c == '\uFF0C' || c == '\u060C' ? 1 : 0;
        }
        return commas;
    }

    /** The top container with the siblings that score close to it or read as plain paragraphs. */
    private static Element withSiblings(Element top, double topScore, Map<Element, Double> scores) {
        Element content = new Element("div");
        Element parent = top.parent();
        if (parent == null || parent.normalName().equals("html")) {
            content.appendChild(top.clone());
            return content;
        }
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling.equals(top) || belongs(sibling, top, topScore, threshold, scores)) {
                content.appendChild(sibling.clone());
            }
        }
        return content;
    }

    private static boolean belongs(Element sibling, Element top, double topScore, double threshold,
                                   Map<Element, Double> scores) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = BlockText.of(sibling);
        double links = BlockText.linkDensity(sibling);
        return text.length() > 80 ? links < 0.25 : !text.isEmpty() && links == 0 && text.matches(".*\\.(\\s.*)?");
    }
}

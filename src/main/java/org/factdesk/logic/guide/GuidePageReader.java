package org.factdesk.logic.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.logic.guide.GuidePage.Block;
import org.factdesk.logic.guide.GuidePage.Emphasis;
import org.factdesk.logic.guide.GuidePage.Kind;
import org.factdesk.logic.guide.GuidePage.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads a help page written in a small part of HTML into a {@link GuidePage}: in the body (or its one
 * {@code main}), an {@code h1} title, {@code h2} and {@code h3} headings, paragraphs, and bullet or numbered lists
 * whose items hold text; within them {@code strong}, {@code em}, {@code kbd} and {@code code}. Anything else is
 * refused with the element's name rather than dropped, so that no part of the page can silently go missing from
 * the window. White space collapses as a browser collapses it. Stateless; any thread.
 */
public final class GuidePageReader {

    private static final Set<String> PAGE_FURNITURE = Set.of("header", "footer");

    private GuidePageReader() {
    }

    /**
     * The page's blocks.
     *
     * @throws IllegalArgumentException naming the first element the window could not show
     */
    public static GuidePage read(String html) {
        Document document = Jsoup.parse(html);
        Element body = document.body();
        Element main = body.selectFirst("main");
        Element content = main != null ? main : body;
        String title = "";
        List<Block> blocks = new ArrayList<>();
        for (Element element : content.children()) {
            switch (element.normalName()) {
                case "h1" -> {
                    if (!title.isEmpty()) {
                        throw refused("a second <h1>", element);
                    }
                    title = text(element);
                }
                case "h2" -> blocks.add(block(Kind.SECTION, "", element));
                case "h3" -> blocks.add(block(Kind.SUBSECTION, "", element));
                case "p" -> blocks.add(block(Kind.PARAGRAPH, "", element));
                case "ul", "ol" -> items(element, blocks);
                default -> {
                    if (!PAGE_FURNITURE.contains(element.normalName())) {
                        throw refused("<" + element.normalName() + ">", element);
                    }
                }
            }
        }
        if (title.isEmpty()) {
            throw new IllegalArgumentException("the help page has no <h1> title");
        }
        return new GuidePage(title, blocks);
    }

    private static void items(Element list, List<Block> blocks) {
        boolean numbered = list.normalName().equals("ol");
        int number = 0;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                throw refused("<" + item.normalName() + "> in a list", item);
            }
            number++;
            blocks.add(block(Kind.ITEM, numbered ? number + "." : "\u2022", item));
        }
    }

    private static Block block(Kind kind, String marker, Element element) {
        List<Run> runs = new ArrayList<>();
        collect(element, Emphasis.PLAIN, runs);
        return new Block(kind, marker, trimmed(runs));
    }

    private static void collect(Element parent, Emphasis emphasis, List<Run> runs) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                add(runs, collapse(text.getWholeText()), emphasis);
            } else if (node instanceof Element element) {
                collect(element, emphasisOf(element), runs);
            }
        }
    }

    private static Emphasis emphasisOf(Element element) {
        return switch (element.normalName()) {
            case "strong", "b" -> Emphasis.STRONG;
            case "em", "i" -> Emphasis.EMPHASIS;
            case "kbd" -> Emphasis.KEY;
            case "code" -> Emphasis.CODE;
            default -> throw refused("<" + element.normalName() + "> inside text", element);
        };
    }

    /** Joins runs of one emphasis, and keeps one space where two runs meet with white space on both sides. */
    private static void add(List<Run> runs, String text, Emphasis emphasis) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.text().endsWith(" ") && text.startsWith(" ")) {
                text = text.substring(1);
                if (text.isEmpty()) {
                    return;
                }
            }
            if (last.emphasis() == emphasis) {
                runs.set(runs.size() - 1, new Run(last.text() + text, emphasis));
                return;
            }
        }
        runs.add(new Run(text, emphasis));
    }

    /** Drops the white space at the block's two ends, and any run left empty by it. */
    private static List<Run> trimmed(List<Run> runs) {
        List<Run> kept = new ArrayList<>(runs);
        if (!kept.isEmpty()) {
            Run first = kept.get(0);
            kept.set(0, new Run(first.text().stripLeading(), first.emphasis()));
            int lastIndex = kept.size() - 1;
            Run last = kept.get(lastIndex);
            kept.set(lastIndex, new Run(last.text().stripTrailing(), last.emphasis()));
        }
        kept.removeIf(run -> run.text().isEmpty());
        return kept;
    }

    private static String collapse(String text) {
        return text.replaceAll("[ \\t\\n\\r\\f]+", " ");
    }

    private static String text(Element element) {
        return collapse(element.text()).strip();
    }

    private static IllegalArgumentException refused(String what, Element element) {
        String words = text(element);
        String near = words.length() > 40 ? words.substring(0, 40) + "…" : words;
        return new IllegalArgumentException("the help page uses " + what + ", which the guide window cannot show"
                + (near.isEmpty() ? "" : " (near \"" + near + "\")"));
    }
}

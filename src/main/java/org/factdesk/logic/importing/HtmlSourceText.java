package org.factdesk.logic.importing;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an element of an HTML page as paragraphs: each block element becomes a paragraph,
 * paragraphs are separated by a blank line, and white space collapses as a browser shows it. What to leave out
 * (furniture, site junk) is removed before, by {@link PageJunk} and {@link ArticleExtractor}. Stateless.
 */
final class HtmlSourceText {

    private HtmlSourceText() {
    }

    /** The paragraphs of {@code root}'s text. */
    static String paragraphs(Element root) {
        Collector collector = new Collector();
        root.traverse(collector);
        collector.endParagraph();
        return String.join("\n\n", collector.paragraphs);
    }

    /** Walks the tree once, closing a paragraph at every block boundary. */
    private static final class Collector implements NodeVisitor {

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    current.append('\n');
                } else if (element.isBlock()) {
                    endParagraph();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endParagraph();
            }
        }

        private void append(String raw) {
            // HTML collapses runs of whitespace to one space; the source text should read the same way.
            String collapsed = raw.replaceAll("[\\s\\u00A0]+", " ");
            if (collapsed.equals(" ") && (current.isEmpty() || endsWithSpace())) {
                return;
            }
            if (collapsed.startsWith(" ") && (current.isEmpty() || endsWithSpace())) {
                collapsed = collapsed.substring(1);
            }
            current.append(collapsed);
        }

        private boolean endsWithSpace() {
            char last = current.charAt(current.length() - 1);
            return last == ' ' || last == '\n';
        }

        void endParagraph() {
            String paragraph = current.toString().replaceAll(" *\n *", "\n").strip();
            current.setLength(0);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
    }
}

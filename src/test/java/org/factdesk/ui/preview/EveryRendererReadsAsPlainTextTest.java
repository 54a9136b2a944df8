package org.factdesk.ui.preview;

import static org.factdesk.logic.StoryFixtures.story;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.factdesk.logic.export.HtmlExport;
import org.factdesk.logic.export.MarkdownExport;
import org.factdesk.logic.export.PlainTextExport;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The four renderers of a story (plain text, HTML, Markdown and the preview) write the same words: each one's text,
 * with its own markup taken away, equals the plain-text export line for line. The headings ("Facts",
 * "Narratives") are each renderer's own and are left out of the comparison; everything else (title, lede, every
 * fact with its citation marks, the Sources line, every narrative line) must match.
 */
@ExtendWith(ApplicationExtension.class)
class EveryRendererReadsAsPlainTextTest {

    private static final Pattern MARKDOWN_LINK = Pattern.compile("(?<!\\\\)\\[(.*?)(?<!\\\\)]\\([^)\\s]*\\)");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\(.)");

    static Stream<Arguments> stories() {
        return Stream.of(
                Arguments.of("a blank label", HouseFormat.format(story().title("Quay ferries")
                        .lede("The harbour board meets on Friday.")
                        .source(1, "Port Herald").source(2, "Quay Radio")
                        .fact("Boats stopped at noon.", 1, 2).fact("The board has not said why.", 2)
                        .narrative("  ", "Port Herald", "Keep the boats.").build())),
                Arguments.of("several narratives, serial comma", HouseFormat.format(story().title("Mill lane flood")
                        .lede("Water rose overnight.").serialComma(true)
                        .source(1, "Vale Courier", "Flood night", "https://courier.example/flood")
                        .source(2, "Vale Courier").source(3, "Hill FM")
                        .fact("Three houses were emptied.", 1, 2, 3).fact("The lane reopened.", 3)
                        .narrative("Residents' narrative", "Vale Courier", "The drains were never cleared.")
                        .narrative("Council narrative", "", "The rain was exceptional.")
                        .narrative("Insurers' narrative", "Hill FM", "").build())),
                Arguments.of("no serial comma, no lede", HouseFormat.format(story().title("Orchard sale")
                        .serialComma(false)
                        .source(1, "Fen Post").source(2, "Fen Post").source(3, "Marsh Weekly")
                        .fact("The orchard was sold.", 1, 2, 3)
                        .narrative("Buyers' narrative", "Marsh Weekly", "It will stay an orchard.").build())),
                Arguments.of("odd characters", HouseFormat.format(story().title("<b>Tom & Jerry's</b> # 1 * café")
                        .lede("1. Not a list; - not a bullet either: [link](x) `code` _under_ ~strike~ | pipe")
                        .source(1, "Ørsted [draft] *News*", "a \"quoted\" title", "https://example.org/a?b=1&c=2")
                        .source(2, "شبكة الأخبار")
                        .fact("- Starts like a bullet, ends in an emoji \uD83D\uDE80.", 1)
                        .fact("Prices rose 5% (from £3 to £3.15) & fell \\ again <script>.", 2, 1)
                        .narrative("**Bold** label", "Ørsted [draft] *News*", "Text with {braces} and #hash.")
                        .narrative("", "", "Only a text, with \u00A0a no-break space.").build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void htmlReadsAsThePlainText(String name, FormattedStory story) {
        assertEquals(plainText(story), htmlText(HtmlExport.render(story)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void markdownReadsAsThePlainText(String name, FormattedStory story) {
        assertEquals(plainText(story), markdownText(MarkdownExport.render(story)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void previewReadsAsThePlainText(String name, FormattedStory story) throws Exception {
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> {
            StoryPage page = new StoryPage();
            page.show(story);
            return previewText(page);
        }).get(10, TimeUnit.SECONDS);

        assertEquals(plainText(story), shown);
    }

    /** The plain-text export's lines without its two headings. */
    private static List<String> plainText(FormattedStory story) {
        List<String> lines = new ArrayList<>(PlainTextExport.render(story).lines().toList());
        lines.remove("Facts");
        lines.remove("Narratives");
        return lines;
    }

    private static List<String> htmlText(String html) {
        Document page = Jsoup.parse(html);
        List<String> lines = new ArrayList<>();
        lines.add(page.selectFirst("h1").wholeText());
        Element lede = page.selectFirst("p.lede");
        lines.add(lede == null ? "" : lede.wholeText());
        page.select("ul.facts > li").forEach(item -> lines.add("- " + item.wholeText()));
        Element sources = page.selectFirst("p.sources");
        if (sources != null) {
            lines.add(sources.wholeText());
        }
        page.select("ul.narratives > li").forEach(item -> lines.add("- " + item.wholeText()));
        return lines;
    }

    private static List<String> markdownText(String markdown) {
        List<String> blocks = markdown.lines().filter(line -> !line.isEmpty()).toList();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            if (block.equals("## Facts") || block.equals("## Narratives")) {
                if (i == 1) {
                    lines.add(""); // no lede: the plain text keeps its empty line
                }
                continue;
            }
            String text = block.startsWith("# ") ? block.substring(2) : block;
            text = MARKDOWN_LINK.matcher(text).replaceAll("$1").replace("**", "");
            lines.add(MARKDOWN_ESCAPE.matcher(text).replaceAll("$1"));
        }
        return lines;
    }

    private static List<String> previewText(StoryPage page) {
        List<String> lines = new ArrayList<>();
        List<Node> children = page.getChildren();
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Label) {
                if (i == 1) {
                    lines.add(""); // no lede: the plain text keeps its empty line
                }
                continue; // a heading
            }
            if (child instanceof HBox bullet) {
                lines.add("- " + flowText((TextFlow) bullet.getChildren().get(1)));
            } else {
                lines.add(flowText((TextFlow) child));
            }
        }
        return lines;
    }

    private static String flowText(Parent flow) {
        return flow.getChildrenUnmodifiable().stream().map(text -> ((Text) text).getText())
                .collect(Collectors.joining());
    }
}

package org.factdesk.logic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.factdesk.logic.importing.TestDocx;
import org.factdesk.logic.importing.TestPdf;

/**
 * Writes fictional news articles as files editors get them, in turn a saved web page (with navigation, a
 * cookie banner and a footer around the article), a PDF (set in wrapped lines with a running header and page
 * numbers, over two or three pages) and a Word document (with a title and author in its properties). Same
 * seed, same files. Not thread-safe.
 */
public final class MixedArticles {

    /** One written article: its file and the paragraphs its text was made of. */
    public record Written(Path file, String kind, List<String> paragraphs) {
    }

    /** About the length of a long news article: a PDF of two or three pages. */
    static final int ARTICLE_CHARS = 6_000;

    private final FictionalProse prose;

    public MixedArticles(long seed) {
        prose = new FictionalProse(new Random(seed));
    }

    /** Writes {@code count} articles into {@code folder}, cycling through HTML, PDF and DOCX. */
    public List<Written> write(Path folder, int count) throws IOException {
        List<Written> written = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String title = prose.title();
            String author = prose.person();
            List<String> paragraphs = Arrays.asList(prose.article(ARTICLE_CHARS).text().split("\n\n", -1));
            String stem = String.format("article-%03d", i);
            written.add(switch (i % 3) {
                case 0 -> new Written(Files.writeString(folder.resolve(stem + ".html"),
                        page(title, author, paragraphs), StandardCharsets.UTF_8), "html", paragraphs);
                case 1 -> new Written(Files.write(folder.resolve(stem + ".pdf"), pdf(title, author, paragraphs)),
                        "pdf", paragraphs);
                default -> new Written(Files.write(folder.resolve(stem + ".docx"),
                        new TestDocx().properties(title, author).paragraphs(paragraphs.toArray(String[]::new))
                                .bytes()), "docx", paragraphs);
            });
        }
        return written;
    }

    private static byte[] pdf(String title, String author, List<String> paragraphs) {
        TestPdf pdf = new TestPdf().info(title, author).header("The Harbour Courier - " + title)
                .pageNumbers("Page %d");
        paragraphs.forEach(pdf::wrapped);
        return pdf.bytes();
    }

    private static String page(String title, String author, List<String> paragraphs) {
        StringBuilder html = new StringBuilder(ARTICLE_CHARS * 2);
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(title)
                .append(" | The Harbour Courier</title><meta property=\"og:site_name\" content=\"The Harbour Courier\">")
                .append("<meta name=\"author\" content=\"").append(author).append("\">")
                .append("<script>window.tracker = {};</script><style>body{font:1em serif}</style></head><body>")
                .append("<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a>")
                .append("</nav></header><div class=\"cookies\"><button>Accept all</button></div><main><article><h1>")
                .append(title).append("</h1>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph).append("</p>\n");
        }
        html.append("</article><aside><h2>Most read</h2><ul><li>Tide tables</li><li>Ferry fares</li></ul></aside>")
                .append("</main><footer>Latest posts - Stay in touch</footer></body></html>");
        return html.toString();
    }
}

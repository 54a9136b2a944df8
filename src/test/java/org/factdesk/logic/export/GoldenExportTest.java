package org.factdesk.logic.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.logic.format.FormattedStory;
import org.junit.jupiter.api.Test;

/** Each export of the fictional bridge-closure story, compared with a hand-written file that is its spec. */
class GoldenExportTest {

    private final FormattedStory story = BridgeClosureStory.formatted();

    @Test
    void plainTextMatchesGoldenFile() throws IOException {
        assertEquals(golden("bridge-closure.txt"), PlainTextExport.render(story));
    }

    @Test
    void htmlMatchesGoldenFile() throws IOException {
        assertEquals(golden("bridge-closure.html"), HtmlExport.render(story));
    }

    @Test
    void markdownMatchesGoldenFile() throws IOException {
        assertEquals(golden("bridge-closure.md"), MarkdownExport.render(story));
    }

    @Test
    void goldenHtmlIsValidHtml5() throws Exception {
        assertEquals(List.of(), new NuHtmlChecker().errors(golden("bridge-closure.html")));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenExportTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing golden file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A stored original extracted again with other settings: the whole page or the article, PDF lines as set. */
class ExtractionSettingsTest {

    /** A generated page: a menu, the article and a "Most read" box around it, and a script. */
    static final String PAGE = """
            <!doctype html><html><head><title>Lantern festival moves to the quay | The Brinemouth Post</title>
            <meta property="og:site_name" content="The Brinemouth Post">
            <script>document.write('Tracker text');</script><style>p { color: grey }</style></head>
            <body><nav><a href="/">Home</a> <a href="/town">Town</a> <a href="/sport">Sport</a></nav>
            <article><h1>Lantern festival moves to the quay</h1>
            <p>The lantern festival will be held on the old quay this year, the town's events committee said on \
            Monday, because the park by the river is being dug up for new drains.</p>
            <p>Organisers expect some four thousand visitors over the two evenings, and the ferry company has \
            agreed to run a late boat, which leaves the quay at eleven.</p>
            <p>Stallholders who booked a pitch in the park will keep it, at the same price, on the quay.</p>
            </article>
            <aside class="most-read"><h2>Most read</h2><ul><li><a href="/a">Gull steals chips</a></li>
            <li><a href="/b">Tide tables</a></li></ul></aside>
            <footer>Stay in touch with the Post</footer></body></html>""";

    private final SourceFileReader reader = new SourceFileReader();

    private String extracted(String name, byte[] bytes, String mediaType, ExtractionSettings settings)
            throws Exception {
        return reader.extract(bytes, name, mediaType, settings).draft().text();
    }

    @Test
    void aWebPageAgainAsTheArticleOnlyReadsAsOnImport() throws Exception {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);

        String article = extracted("lanterns.html", bytes, SourceFileReader.HTML, ExtractionSettings.IMPORT);

        assertTrue(article.startsWith("The lantern festival will be held"), article);
        assertFalse(article.contains("Most read"), article);
        assertFalse(article.contains("Sport"), article);
    }

    @Test
    void aWebPageAgainAsTheWholePageKeepsMenusAndBoxesButNeverScripts() throws Exception {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);

        String whole = extracted("lanterns.html", bytes, SourceFileReader.HTML,
                ExtractionSettings.IMPORT.withArticleOnly(false));

        assertTrue(whole.startsWith("Home Town Sport"), whole);
        assertTrue(whole.contains("Lantern festival moves to the quay"), "the headline stays: " + whole);
        assertTrue(whole.contains("Most read"), whole);
        assertTrue(whole.endsWith("Stay in touch with the Post"), whole);
        assertTrue(whole.contains("which leaves the quay at eleven."), whole);
        assertFalse(whole.contains("Tracker text"), whole);
        assertFalse(whole.contains("color"), whole);
    }

    @Test
    void withoutAMediaTypeTheNameTellsTheKindOfFile() throws Exception {
        byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);

        String whole = extracted("lanterns.htm", bytes, "", ExtractionSettings.IMPORT);

        assertTrue(whole.startsWith("The lantern festival"), whole);
    }

    @Test
    void aPdfAgainWithRunningLinesKeptHoldsItsHeaderAndPageNumbers() throws Exception {
        TestPdf pdf = new TestPdf().header("Brinemouth Post - Harbour pages").pageNumbers("Page %d");
        for (int i = 0; i < 30; i++) {
            pdf.wrapped("Paragraph " + (i + 1) + " of the harbour report says the east pontoon needs new chains, "
                    + "and that the dredger will come in the spring when the silt has settled again.");
        }
        byte[] bytes = pdf.bytes();

        String dropped = extracted("report.pdf", bytes, SourceFileReader.PDF, ExtractionSettings.IMPORT);
        String kept = extracted("report.pdf", bytes, SourceFileReader.PDF,
                ExtractionSettings.IMPORT.withDropRunningLines(false));

        assertFalse(dropped.contains("Page 1"), dropped);
        assertFalse(dropped.contains("Brinemouth Post - Harbour pages"), dropped);
        assertTrue(kept.contains("Page 1"), kept);
        assertTrue(kept.contains("Page 2"), kept);
        assertTrue(kept.contains("Brinemouth Post - Harbour pages"), kept);
    }

    @Test
    void aPdfAgainWithoutRejoiningKeepsEachLineAsSet() throws Exception {
        byte[] bytes = new TestPdf().indented("The ferry timetable chan-", "ges on Sunday, when the winter",
                "sailings begin.").bytes();

        String rejoined = extracted("ferry.pdf", bytes, SourceFileReader.PDF, ExtractionSettings.IMPORT);
        String asSet = extracted("ferry.pdf", bytes, SourceFileReader.PDF,
                ExtractionSettings.IMPORT.withRejoinLines(false));

        assertEquals("The ferry timetable changes on Sunday, when the winter sailings begin.", rejoined);
        assertEquals("The ferry timetable chan-\nges on Sunday, when the winter\nsailings begin.", asSet);
    }

    @Test
    void emptyBytesAreRefusedNamingTheFile() {
        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> reader.extract(new byte[0], "gone.html", SourceFileReader.HTML, ExtractionSettings.IMPORT));

        assertEquals("gone.html is empty.", refused.getMessage());
    }

    @Test
    void eachKindOfFileHasItsOwnSettings() {
        assertEquals(ExtractionSettings.Kind.WEB_PAGE, ExtractionSettings.kindOf("text/html"));
        assertEquals(ExtractionSettings.Kind.PDF, ExtractionSettings.kindOf("application/pdf"));
        assertEquals(ExtractionSettings.Kind.NONE, ExtractionSettings.kindOf("text/plain"));
    }

    @Test
    void aPlainTextOriginalReadsAgainAsItWas() throws Exception {
        String text = extracted("note.txt", "Tide at six.\nBoats at seven.".getBytes(StandardCharsets.UTF_8),
                "text/plain", ExtractionSettings.IMPORT.withArticleOnly(false));

        assertEquals("Tide at six.\nBoats at seven.", text);
    }
}

package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;

/** What the editor pastes becomes a source as a file of its kind would, with the paste kept as its original. */
class PastedSourceTest {

    private static final String PAGE = """
            <html><head><title>Lighthouse keeper's cottage to become a museum | Skerry Post</title>
            <meta property="og:site_name" content="Skerry Post">
            <meta property="article:published_time" content="2031-04-02T09:30:00+01:00">
            <link rel="canonical" href="https://skerrypost.example/news/cottage-museum"></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <article><h1>Lighthouse keeper's cottage to become a museum</h1>
            <p>The whitewashed cottage below Skerry Head light, empty since the last keeper left in the spring of \
            1989, will open as a museum of the island's lights next summer, the island council decided.</p>
            <p>Volunteers have already gathered logbooks, a brass foghorn and the keeper's own barometer, which \
            still hangs on the kitchen wall where it was left more than forty years ago.</p>
            </article><script>document.write('Injected banner')</script></body></html>""";

    @Test
    void aPastedPageGivesItsArticleAndMetadataAndKeepsTheHtmlAsItsOriginal() throws Exception {
        ExtractedSource pasted = PastedSource.fromHtml(PAGE);

        SourceDraft draft = pasted.draft();
        assertTrue(draft.text().startsWith("The whitewashed cottage below Skerry Head light"), draft.text());
        assertFalse(draft.text().contains("Injected banner"));
        assertEquals("Skerry Post", draft.outlet());
        assertEquals("Lighthouse keeper's cottage to become a museum", draft.title());
        assertEquals("https://skerrypost.example/news/cottage-museum", draft.url());
        assertEquals(LocalDate.of(2031, 4, 2), draft.published());
        assertEquals("text/html", pasted.mediaType());
        assertArrayEquals(PAGE.getBytes(StandardCharsets.UTF_8), pasted.original());
        assertEquals(PastedSource.PAGE_FILE, draft.importedFrom());
    }

    @Test
    void aPastedFragmentThatNamesNoOutletLeavesItForTheEditorAndSaysSo() throws Exception {
        ExtractedSource pasted = PastedSource.fromHtml("<p>The ferry will keep its winter timetable.</p>"
                + "<p>Share on Facebook</p>");

        assertEquals("", pasted.draft().outlet(), "no file name stands in for a paste's outlet");
        assertTrue(pasted.notices().contains("The page names no outlet; type it in."), pasted.notices().toString());
        assertTrue(pasted.draft().text().contains("The ferry will keep its winter timetable."));
    }

    @Test
    void aPastedTextKeepsItsParagraphsWithItsFirstLineAsTitle() throws Exception {
        ExtractedSource pasted = PastedSource.fromText("Ferry fares frozen\r\n\r\n\r\n\r\n\r\nThe island ferry keeps "
                + "its fares for another year.\r\n");

        assertEquals("Ferry fares frozen\n\nThe island ferry keeps its fares for another year.",
                pasted.draft().text());
        assertEquals("Ferry fares frozen", pasted.draft().title());
        assertEquals("", pasted.draft().outlet());
        assertEquals("text/plain", pasted.mediaType());
        assertEquals(PastedSource.TEXT_FILE, pasted.draft().importedFrom());
    }

    @Test
    void aBlankOrControlCharacterPasteIsRefusedWithAPlainMessage() {
        assertEquals("The pasted text is blank.",
                assertThrows(SourceImportException.class, () -> PastedSource.fromText(" \n \n")).getMessage());
        assertEquals("The pasted text is empty.",
                assertThrows(SourceImportException.class, () -> PastedSource.fromText("")).getMessage());
        String message = assertThrows(SourceImportException.class,
                () -> PastedSource.fromText("Ferry\n\nfares\u0007 frozen")).getMessage();
        assertTrue(message.startsWith("The pasted text holds ") && message.contains("line 3, column 6"), message);
        assertEquals("The pasted page holds no text.", assertThrows(SourceImportException.class,
                () -> PastedSource.fromHtml("<html><body><script>x()</script></body></html>")).getMessage());
    }
}

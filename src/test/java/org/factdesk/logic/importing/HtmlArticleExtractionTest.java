package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages in three layouts give their article's paragraphs and their metadata, without the site's junk. */
class HtmlArticleExtractionTest {

    @TempDir
    Path folder;

    private final SourceFileReader reader = new SourceFileReader();

    @Test
    void aNewsPageGivesItsArticleWithoutNavigationCookieBannerShareBarOrMostRead() throws Exception {
        ExtractedSource page = reader.extract(fixture("news-site-page.html"));

        assertEquals("""
                The crumbling north wall of Tarn Bay's old quay will be rebuilt before the spring tides, after the \
                harbour board approved the work on Thursday evening by six votes to one.

                Engineers found last autumn that the lower courses of stone had shifted by as much as a hand's width, \
                and the board closed the quay to vehicles in November.

                A race against the calendar

                The contractor, a family firm from the next valley, says the wall can be finished in nine weeks if \
                the weather holds, which would leave a fortnight to spare before the highest tides of the year.

                "We have rebuilt harbour walls in worse winters than this," said the firm's foreman, Ilse Varga. \
                "The stone is good, and most of it can go back where it came from."

                Fishermen who moor along the north wall will move to temporary berths on the east pontoon while the \
                work goes on.""", page.draft().text());
        assertEquals(List.of(), page.notices());
    }

    @Test
    void aNewsPageGivesItsMetadataWithTheTitleWithoutTheOutletTail() throws Exception {
        SourceDraft draft = reader.read(fixture("news-site-page.html"));

        assertEquals("Quay wall to be rebuilt before spring tides", draft.title());
        assertEquals("The Tarn Bay Courier", draft.outlet());
        assertEquals("Mira Okafor", draft.author(), "from the byline, without \"By\" and the role");
        assertEquals("https://courier.example/harbour/quay-wall-rebuilt", draft.url());
        assertEquals(LocalDate.of(2031, 2, 14), draft.published());
    }

    @Test
    void scriptsAreNeverKeptEvenWhenTheyWriteText() throws Exception {
        String text = reader.read(fixture("news-site-page.html")).text();

        assertFalse(text.contains("Injected advert"), text);
        assertFalse(text.contains("dataLayer"), text);
    }

    @Test
    void aBlogPageDropsItsLatestPostsDontMissAndStayInTouchBoxesAndShareButtons() throws Exception {
        ExtractedSource page = reader.extract(fixture("blog-page.html"));

        assertEquals("""
                Visitors to Skarvö often arrive on a Wednesday, walk up from the ferry, and find the bakery's \
                shutters down. The reason, its owner explains, has nothing to do with a day off.

                Every Wednesday the bakery's one oven is cleaned, relined and left to cool, a job that takes from \
                dawn until well after dark, and which the owner's grandmother did on the same day of the week.

                An oven older than the pier

                The oven was built of local brick in the years before the stone pier, when flour still came across \
                in open boats, and it has been rebuilt only twice since.

                Regulars know to buy two loaves on a Tuesday. Newcomers, the owner says, learn it quickly, and most \
                of them come back on a Thursday.""", page.draft().text());
    }

    @Test
    void aBlogPageWithoutASiteNameTakesItsOutletFromTheTitleTailAndSaysSo() throws Exception {
        ExtractedSource page = reader.extract(fixture("blog-page.html"));
        SourceDraft draft = page.draft();

        assertEquals("Why the island bakery closes on Wednesdays", draft.title());
        assertEquals("Harbour Lights Journal", draft.outlet());
        assertEquals("Per Lindahl", draft.author());
        assertEquals("https://harbourlights.example/2031/05/island-bakery-wednesdays/", draft.url());
        assertEquals(LocalDate.of(2031, 5, 12), draft.published(), "a meta date written as people write it");
        assertEquals(List.of("The outlet \"Harbour Lights Journal\" was taken from the end of the page's title."),
                page.notices());
    }

    @Test
    void aPageWithOnlyJsonLdAndOpenGraphTagsGivesItsMetadata() throws Exception {
        SourceDraft draft = reader.read(fixture("jsonld-page.html"));

        assertEquals("Night ferry crew rescue two kayakers off Grimholm", draft.title());
        assertEquals("North Sound Daily", draft.outlet(), "the publisher, found by its @id in the graph");
        assertEquals("Jonas Ekdal and Rut Alm", draft.author());
        assertEquals("https://northsound.example/news/night-ferry-rescue", draft.url());
        assertEquals(LocalDate.of(2031, 3, 1), draft.published(), "the day in the page's own offset, not in UTC");
    }

    @Test
    void aPageWithOnlyJsonLdAndOpenGraphTagsGivesItsArticleWithoutTheHeadline() throws Exception {
        assertEquals("""
                The crew of the late ferry from Grimholm pulled two kayakers from the water shortly before midnight \
                on Friday, after a passenger saw a torch flashing near the outer buoys.

                Both kayakers, a father and his grown son, had capsized in a squall and clung to their upturned boats \
                for almost an hour, the ferry's master said.

                They were taken to the harbour at Norrvik, checked by the island nurse and sent home, cold but \
                unhurt.""", reader.read(fixture("jsonld-page.html")).text());
    }

    @Test
    void aPageWithoutAnArticleOffersItsWholeTextAndSaysSo() throws Exception {
        Path file = Files.writeString(folder.resolve("index.html"), "<html><head><title>Quay events</title></head>"
                + "<body><ul><li><a href='/a'>Boat show</a></li><li><a href='/b'>Net mending</a></li></ul>"
                + "<p>Open daily.</p><div>Tickets at the kiosk.</div></body></html>", StandardCharsets.UTF_8);

        ExtractedSource page = reader.extract(file);

        assertEquals("Boat show\n\nNet mending\n\nOpen daily.\n\nTickets at the kiosk.", page.draft().text());
        assertEquals("No article was found in index.html; the whole page is offered for clean-up.",
                page.notices().get(0));
    }

    @Test
    void aPageKeepsItsOriginalBytesAndMediaType() throws Exception {
        Path file = fixture("jsonld-page.html");

        ExtractedSource page = reader.extract(file);

        assertTrue(java.util.Arrays.equals(Files.readAllBytes(file), page.original()));
        assertEquals("text/html", page.mediaType());
    }

    @Test
    void twoExtractionsOfTheSameFileAreEqualAndKeepTheirOwnCopyOfTheBytes() throws Exception {
        Path file = fixture("jsonld-page.html");
        ExtractedSource first = reader.extract(file);
        ExtractedSource second = reader.extract(file);

        first.original()[0] = 'X';

        assertEquals(first, second);
        assertEquals(first.hashCode(), second.hashCode());
        assertTrue(first.toString().contains("jsonld-page.html, text/html"), first.toString());
    }

    @Test
    void aBylineAndDateLineAtTheStartOfTheArticleAreNotPartOfTheText() throws Exception {
        Path file = Files.writeString(folder.resolve("piece.html"), "<html><head><title>Net loft reopens</title>"
                + "</head><body><div class='post'><p>By Saga Holm</p><p>Published 3 Jun 2031</p>"
                + "<p>By the time the net loft reopened on Saturday, a queue of sixty people stretched along the "
                + "harbour front, most of them carrying old nets to be mended.</p>"
                + "<p>The loft had been shut for two years while its roof was replaced, at a cost the town shared "
                + "with the fishermen's society.</p></div></body></html>", StandardCharsets.UTF_8);

        SourceDraft draft = reader.read(file);

        assertTrue(draft.text().startsWith("By the time the net loft reopened"), draft.text());
        assertEquals(2, draft.text().split("\n\n").length, draft.text());
        assertEquals("Saga Holm", draft.author(), "the byline's name becomes the author");
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }
}

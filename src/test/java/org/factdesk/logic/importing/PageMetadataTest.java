package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "Ferry runs on | Bay Herald; Bay Herald; ''; Ferry runs on; Bay Herald",
        "Ferry runs on - Bay Herald; Bay Herald; ''; Ferry runs on; Bay Herald",
        "Ferry runs on \u2014 bay herald; Bay Herald; ''; Ferry runs on; Bay Herald",
        "Bay Herald | Ferry runs on; Bay Herald; ''; Ferry runs on; Bay Herald",
        "Ferry runs on - Quay Notes; ''; Ferry runs on; Ferry runs on; Quay Notes",
        "Ferry runs on | Harbour | Quay Notes; ''; ''; Ferry runs on | Harbour; Quay Notes",
        "Ferry runs on - and on; ''; ''; Ferry runs on - and on; ''",
        "Ferry runs on; Bay Herald; ''; Ferry runs on; ''"})
    void aTitleLosesTheOutletAroundIt(String title, String outlet, String heading, String headline, String site) {
        PageMetadata.TitleParts parts = PageMetadata.withoutTail(title, outlet, heading);

        assertEquals(headline, parts.headline());
        assertEquals(site, parts.site());
    }

    @Test
    void jsonLdGivesAuthorAsTextPublisherByNameAndAddressFromTheMainEntity() {
        PageMetadata metadata = PageMetadata.of(Jsoup.parse("<html><head><script type='application/ld+json'>"
                + "[{\"@type\": \"WebSite\", \"name\": \"Not the publisher\"}, {\"@type\": [\"CreativeWork\","
                + " \"BlogPosting\"], \"headline\": \"Seal pup found on the slipway\", \"author\": \"Lena Dahl\","
                + " \"publisher\": {\"@type\": \"Organization\", \"name\": \"Skerry Post\"},"
                + " \"mainEntityOfPage\": {\"@id\": \"https://skerry.example/seal\"},"
                + " \"datePublished\": \"2031-07-30\",}]</script></head><body></body></html>"));

        assertEquals("Seal pup found on the slipway", metadata.title());
        assertEquals("Lena Dahl", metadata.author());
        assertEquals("Skerry Post", metadata.outlet());
        assertEquals("https://skerry.example/seal", metadata.url());
        assertEquals(LocalDate.of(2031, 7, 30), metadata.published());
        assertFalse(metadata.outletFromTitle());
    }

    @Test
    void withoutAnArticleInJsonLdTheSitesNameIsTheOutlet() {
        PageMetadata metadata = PageMetadata.of(Jsoup.parse("<html><head><title>Tide tables</title>"
                + "<script type='application/ld+json'>{\"@type\": \"WebSite\", \"name\": \"Skerry Post\","
                + " \"url\": \"https://skerry.example/\"}</script></head><body></body></html>"));

        assertEquals("Skerry Post", metadata.outlet());
        assertEquals("", metadata.url(), "a site's address is not the page's");
    }

    @Test
    void aProfileAddressAsArticleAuthorIsNotAName() {
        PageMetadata metadata = PageMetadata.of(Jsoup.parse("<html><head><meta property='article:author' "
                + "content='https://social.example/lena'><link rel='canonical' href='/relative/path'>"
                + "</head><body><p class='byline'>By Lena Dahl | 30 July 2031</p></body></html>"));

        assertEquals("Lena Dahl", metadata.author(), "the byline, up to the date");
        assertEquals("", metadata.url(), "a relative link is no web address");
    }

    @Test
    void anUnreadableDateIsLeftUnknown() {
        PageMetadata metadata = PageMetadata.of(Jsoup.parse("<html><head><meta property='article:published_time' "
                + "content='soon'></head><body></body></html>"));

        assertNull(metadata.published());
        assertTrue(metadata.title().isEmpty());
    }
}

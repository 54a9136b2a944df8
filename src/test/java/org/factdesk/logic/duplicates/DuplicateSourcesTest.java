package org.factdesk.logic.duplicates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** When an imported article is one the project already has. Fictional articles throughout. */
class DuplicateSourcesTest {

    private static final String FERRY = """
            The island ferry will keep its winter timetable after the harbour board voted on Tuesday to fund \
            two extra crossings a day.

            Board chair Ilse Marrow said the crossings would cost forty thousand crowns a season, paid from the \
            harbour's reserve rather than from fares.

            Islanders had asked for the change after storms cancelled eleven sailings in January, leaving \
            pupils and nurses stranded on the mainland overnight.

            The operator said it would hire four deck hands before December and run the older boat as a spare.""";

    private static final String MARKET = """
            Traders at the Old Quay market say the council's plan to move them to a covered hall on Ferry \
            Street would halve their trade.

            Fishmonger Ada Rusk said visitors come for the harbour view, not for a car park, and that the \
            island ferry will keep its winter timetable anyway.

            The council says the timber piers under the stalls can no longer carry the crowds of a summer \
            weekend, and that repairs would cost more than the market earns in ten years.""";

    private final DuplicateSources known = new DuplicateSources();

    @Test
    void theSameArticleWithACookieLineAndAFooterMoreIsADuplicate() {
        known.add(7, "", FERRY);
        String scraped = "We use cookies to improve your experience. Accept all\n\n" + FERRY
                + "\n\nMost read\n\nShare this article\n\nStay in touch";

        assertEquals(Optional.of(7L), known.duplicateOf("", scraped));
    }

    @Test
    void quotesCaseAndAccentsDoNotMakeACopyNew() {
        known.add(3, "", FERRY);
        String retyped = FERRY.toUpperCase(java.util.Locale.ROOT).replace("'", "\u2019").replace("Ilse", "Ílse");

        assertEquals(Optional.of(3L), known.duplicateOf("", retyped));
    }

    @Test
    void anotherArticleOnTheSameEventSharingASentenceIsNotADuplicate() {
        known.add(1, "", FERRY);

        assertEquals(Optional.empty(), known.duplicateOf("", MARKET));
    }

    @Test
    void theSameAddressIsADuplicateWhateverTheText() {
        known.add(1, "", MARKET);
        known.add(2, "https://www.harbour.example/news/ferry-winter/", FERRY);

        assertEquals(Optional.of(2L), known.duplicateOf("http://harbour.example/news/ferry-winter?utm_source=mail#top",
                "A shorter copy of the ferry article, as a newsletter printed it."));
    }

    @Test
    void aDifferentPageOfTheSameSiteIsNotTheSameAddress() {
        known.add(2, "https://harbour.example/news/ferry-winter", FERRY);

        assertEquals(Optional.empty(), known.duplicateOf("https://harbour.example/news/market-hall", MARKET));
    }

    @Test
    void theMostSimilarKnownSourceIsNamed() {
        known.add(1, "", MARKET);
        known.add(2, "", FERRY + "\n\nAn update: the board confirmed the budget on Friday.");
        known.add(3, "", FERRY);

        assertEquals(Optional.of(3L), known.duplicateOf("", FERRY));
    }

    @Test
    void shortTextsAreTheSameOnlyWhenTheirWordsAre() {
        known.add(5, "", "Ferry cancelled.");

        assertEquals(Optional.of(5L), known.duplicateOf("", "FERRY  cancelled!"));
        assertEquals(Optional.empty(), known.duplicateOf("", "Ferry delayed."));
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.harbour.example/a/, harbour.example/a",
        "http://Harbour.Example/a?b=2&a=1, harbour.example/a?a=1&b=2",
        "https://harbour.example/a?utm_medium=x&fbclid=y&id=4#comments, harbour.example/a?id=4",
        "'   ', ''",
        "not a link, ''"})
    void addressesAreComparedWithoutWhatVariesBetweenCopies(String url, String expected) {
        assertEquals(expected.isEmpty() ? Optional.empty() : Optional.of(expected),
                ArticleFingerprint.canonicalAddress(url));
    }

    @Test
    void similarityOfUnrelatedTextsIsLow() {
        double similarity = ArticleFingerprint.of("", FERRY).similarity(ArticleFingerprint.of("", MARKET));
        assertTrue(similarity < 0.2, "similarity " + similarity);
    }

    @Test
    void theEstimateIsCloseToTheTrueShareOfShinglesInCommon() {
        java.util.Random random = new java.util.Random(7);
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            words.add("w" + random.nextInt(5000));
        }
        List<String> edited = new java.util.ArrayList<>(words);
        for (int i = 0; i < edited.size(); i += 40) {
            edited.set(i, "changed" + i); // each change alters the five shingles that hold the word
        }
        double truth = jaccard(shingles(words), shingles(edited));

        double estimate = ArticleFingerprint.of("", String.join(" ", words))
                .similarity(ArticleFingerprint.of("", String.join(" ", edited)));

        assertTrue(Math.abs(estimate - truth) < 0.1, "estimate " + estimate + ", truth " + truth);
        assertEquals(1.0, ArticleFingerprint.of("", String.join(" ", words))
                .similarity(ArticleFingerprint.of("", String.join(" ", words))));
    }

    @Test
    void aTextRepeatedInFullIsTheSameArticle() {
        double similarity = ArticleFingerprint.of("", FERRY).similarity(ArticleFingerprint.of("", FERRY + " " + FERRY));
        assertTrue(similarity >= DuplicateSources.SAME_TEXT, "similarity " + similarity);
    }

    private static java.util.Set<String> shingles(List<String> words) {
        java.util.Set<String> shingles = new java.util.HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            shingles.add(String.join(" ", words.subList(i, i + 5)));
        }
        return shingles;
    }

    private static double jaccard(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> both = new java.util.HashSet<>(a);
        both.retainAll(b);
        java.util.Set<String> union = new java.util.HashSet<>(a);
        union.addAll(b);
        return (double) both.size() / union.size();
    }
}

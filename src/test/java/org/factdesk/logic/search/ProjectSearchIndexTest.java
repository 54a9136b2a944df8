package org.factdesk.logic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.logic.task.TaskProgress;
import org.factdesk.model.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProjectSearchIndexTest {

    private final ProjectSearchIndex index = new ProjectSearchIndex();

    @AfterEach
    void close() {
        index.close();
    }

    static Source source(long id, String outlet, String title) {
        return new Source(id, outlet, title, "", "", null, "", "test", Instant.EPOCH);
    }

    private SearchResults search(String query) throws SearchQueryException {
        return index.search(SearchQuery.parse(query), 1000);
    }

    private static List<String> textHits(SourceHits hits, String text) {
        return hits.hits().stream().filter(SearchHit::inText).map(hit -> text.substring(hit.start(), hit.end()))
                .toList();
    }

    @Test
    void aWordFindsItWhateverItsCase() throws SearchQueryException {
        String text = "Minister ZELENSKY visited the port. Later Zelensky left by train.";
        index.put(source(1, "Coast Courier", "A visit"), text);

        SearchResults results = search("Zelensky");

        assertEquals(1, results.sources().size());
        assertEquals(List.of("ZELENSKY", "Zelensky"), textHits(results.sources().get(0), text));
    }

    @Test
    void aWordWithoutAccentsFindsItWithThem() throws SearchQueryException {
        String text = "The señor of the vineyard, Señora Ibáñez and a café owner spoke.";
        index.put(source(1, "Valley Voice", "Harvest"), text);

        assertEquals(List.of("señor"), textHits(search("senor").sources().get(0), text));
        assertEquals(List.of("Ibáñez"), textHits(search("IBANEZ").sources().get(0), text));
        assertEquals(List.of("café"), textHits(search("cafe").sources().get(0), text));
    }

    @Test
    void accentsWrittenAsCombiningMarksMatchToo() throws SearchQueryException {
        String text = "The cafe\u0301 reopened.";
        index.put(source(1, "Valley Voice", "Reopening"), text);

        assertEquals(List.of("cafe\u0301"), textHits(search("café").sources().get(0), text));
    }

    @Test
    void aPhraseMatchesOnlyItsWordsInARow() throws SearchQueryException {
        String inARow = "Islanders asked for the night ferry to return.";
        String apart = "The ferry leaves at night, weather permitting.";
        index.put(source(1, "Isle Post", "Petition"), inARow);
        index.put(source(2, "Isle Post", "Weather"), apart);

        SearchResults results = search("\"night ferry\"");

        assertEquals(1, results.sources().size());
        assertEquals(1, results.sources().get(0).source().id());
        assertEquals(List.of("night ferry"), textHits(results.sources().get(0), inARow));
        assertEquals(2, search("night ferry").sources().size());
    }

    @Test
    void aWordFindsTheOtherFormsOfItsStem() throws SearchQueryException {
        String text = "Both piers closed. The pier's lamp was corrected after a correction by the keepers.";
        index.put(source(1, "Isle Post", "Piers"), text);

        assertEquals(List.of("piers", "pier's"), textHits(search("pier").sources().get(0), text));
        assertEquals(List.of("corrected", "correction"), textHits(search("corrected").sources().get(0), text));
        assertEquals(List.of("keepers"), textHits(search("KEEPER").sources().get(0), text));
    }

    @Test
    void aPhraseMatchesItsWordsInAnyFormButStillInARow() throws SearchQueryException {
        String text = "Islanders asked for the night ferries to return; ferries run by night now.";
        index.put(source(1, "Isle Post", "Petition"), text);

        assertEquals(List.of("night ferries"), textHits(search("\"Night Ferry\"").sources().get(0), text));
    }

    @Test
    void stemmingKeepsAccentFoldingAndExactOffsets() throws SearchQueryException {
        String text = "Les cafés du port: the CAFÉS reopened, one café stayed shut.";
        index.put(source(1, "Valley Voice", "Cafés"), text);

        List<String> hits = textHits(search("cafe").sources().get(0), text);

        assertEquals(List.of("cafés", "CAFÉS", "café"), hits, "each hit is the original word, accents and all");
    }

    @Test
    void everyWordMustMatchSomewhereInTheSource() throws SearchQueryException {
        index.put(source(1, "Isle Post", "Ferry petition"), "Islanders signed a petition.");
        index.put(source(2, "Isle Post", "Weather"), "Storms closed the ferry route.");

        SearchResults results = search("ferry petition");

        assertEquals(List.of(1L), results.sources().stream().map(each -> each.source().id()).toList());
    }

    @Test
    void metadataIsSearchedAndItsHitsNameTheirField() throws SearchQueryException {
        Source source = new Source(4, "Brack Radio", "Quarry expansion approved", "Ilse Marrow",
                "https://brack-radio.example/quarry", null, "residents' group", "test", Instant.EPOCH);
        index.put(source, "The council voted late.");

        assertEquals(SearchField.OUTLET, search("brack").sources().get(0).hits().get(0).field());
        assertEquals(SearchField.TITLE, search("QUARRY expansion").sources().get(0).hits().get(0).field());
        assertEquals(SearchField.AUTHOR, search("marrow").sources().get(0).hits().get(0).field());
        assertEquals(SearchField.PERSPECTIVE, search("residents").sources().get(0).hits().get(0).field());
        SearchHit title = search("expansion").sources().get(0).hits().get(0);
        assertEquals("expansion", source.title().substring(title.start(), title.end()));
        assertEquals("Quarry expansion approved", title.snippet().text());
    }

    @Test
    void metadataHitsComeBeforeTextHits() throws SearchQueryException {
        index.put(source(1, "Quarry Weekly", "News"), "The quarry will grow.");

        List<SearchHit> hits = search("quarry").sources().get(0).hits();

        assertEquals(List.of(SearchField.OUTLET, SearchField.TEXT), hits.stream().map(SearchHit::field).toList());
    }

    @Test
    void hitOffsetsCountUtf16UnitsOfTheStoredText() throws SearchQueryException {
        String text = "\uD83C\uDF0A Waves \uD83C\uDF0A\nHigh tide flooded the quay.";
        index.put(source(1, "Tide Table", "Flood"), text);

        SearchHit hit = search("quay").sources().get(0).hits().get(0);

        assertEquals(text.indexOf("quay"), hit.start());
        assertEquals(text.indexOf("quay") + 4, hit.end());
        assertEquals("quay", hit.snippet().hit());
    }

    @Test
    void aWordAlsoInAPhraseGivesOneHitThere() throws SearchQueryException {
        String text = "The night ferry runs. A ferry waits.";
        index.put(source(1, "Isle Post", "Ferries"), text);

        assertEquals(List.of("night ferry", "ferry"),
                textHits(search("ferry \"night ferry\"").sources().get(0), text));
    }

    @Test
    void sourcesComeInLibraryOrder() throws SearchQueryException {
        index.put(source(3, "C", "c"), "pier");
        index.put(source(1, "A", "a"), "pier");
        index.put(source(2, "B", "b"), "pier");

        assertEquals(List.of(1L, 2L, 3L),
                search("pier").sources().stream().map(each -> each.source().id()).toList());
    }

    @Test
    void aReplacedTextIsSearchedInsteadOfTheOldOne() throws SearchQueryException {
        // The title must not hold the word either: with stemming, "Ferries" would be found by "ferry".
        index.put(source(1, "Isle Post", "Crossings"), "The ferry is late.");
        index.put(source(1, "Isle Post", "Crossings"), "The boat is late.");

        assertTrue(search("ferry").isEmpty());
        assertEquals(1, search("boat").sources().size());
        assertEquals(1, index.size());
    }

    @Test
    void editedMetadataIsSearchedWithTheTextKept() throws SearchQueryException {
        index.put(source(1, "Isle Post", "Ferries"), "The ferry is late.");

        index.updateMetadata(source(1, "Mainland Mercury", "Ferries"));

        assertTrue(search("isle").isEmpty());
        assertEquals(1, search("mercury ferry").sources().size());
    }

    @Test
    void editedMetadataOfASourceNotIndexedYetWaitsForTheBuild() {
        index.updateMetadata(source(9, "Isle Post", "Ferries"));

        assertFalse(index.contains(9));
    }

    @Test
    void aRemovedSourceIsNotFound() throws SearchQueryException {
        index.put(source(1, "Isle Post", "Ferries"), "The ferry is late.");

        index.remove(1);

        assertTrue(search("ferry").isEmpty());
        assertFalse(index.contains(1));
    }

    @Test
    void hitsStopAtTheLimitAndSaySo() throws SearchQueryException {
        index.put(source(1, "A", "a"), "pier pier pier");
        index.put(source(2, "B", "b"), "pier pier");

        SearchResults results = index.search(SearchQuery.parse("pier"), 4);

        assertTrue(results.truncated());
        assertEquals(4, results.hitCount());
        assertEquals(2, results.sources().size());
        assertFalse(index.search(SearchQuery.parse("pier"), 5).truncated());
        assertTrue(index.search(SearchQuery.parse("pier"), 3).truncated());
        assertEquals(1, index.search(SearchQuery.parse("pier"), 3).sources().size());
    }

    @Test
    void matchingSourcesNamesTheSourcesWithoutTheirHits() throws SearchQueryException {
        index.put(source(1, "A", "a"), "The lighthouse keeper retired.");
        index.put(source(2, "B", "b"), "The keeper of the museum.");

        assertEquals(Set.of(1L, 2L), index.matchingSources(SearchQuery.parse("KEEPER")));
        assertEquals(Set.of(1L), index.matchingSources(SearchQuery.parse("lighthouse keeper")));
    }

    @Test
    void addAllReadsEachTextAndReportsItsProgress() throws SearchQueryException {
        Map<Long, String> texts = Map.of(1L, "gulls", 2L, "terns");
        List<String> steps = new ArrayList<>();
        TaskProgress progress = new TaskProgress() {
            @Override
            public void update(long done, long total, String message) {
                steps.add(done + "/" + total + " " + message);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };

        int added = index.addAll(List.of(source(1, "Bird Notes", "Gulls"), source(2, "Bird Notes", "")),
                texts::get, progress);

        assertEquals(2, added);
        assertEquals(List.of("0/2 Indexing Gulls", "1/2 Indexing Bird Notes", "2/2 "), steps);
        assertEquals(1, search("terns").sources().size());
    }

    @Test
    void addAllKeepsASourcePutMeanwhileAndStopsWhenCancelled() throws SearchQueryException {
        index.put(source(1, "Bird Notes", "Gulls"), "newer text");
        List<Long> read = new ArrayList<>();

        index.addAll(List.of(source(1, "Bird Notes", "Gulls"), source(2, "Bird Notes", "Terns")), id -> {
            read.add(id);
            return "older text";
        }, TaskProgress.NONE);
        int afterCancel = new ProjectSearchIndexHolder().addAllCancelled();

        assertEquals(List.of(2L), read);
        assertEquals(1, search("newer").sources().size());
        assertEquals(0, afterCancel);
    }

    /** An index whose build is cancelled before its first source. */
    private static final class ProjectSearchIndexHolder {
        int addAllCancelled() {
            try (ProjectSearchIndex other = new ProjectSearchIndex()) {
                return other.addAll(List.of(source(1, "A", "a")), id -> "x", new TaskProgress() {
                    @Override
                    public void update(long done, long total, String message) {
                        // not watched
                    }

                    @Override
                    public boolean cancelled() {
                        return true;
                    }
                });
            }
        }
    }
}

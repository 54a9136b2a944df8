package org.factdesk.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.logic.search.SearchField;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.SourceSpan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search window's view-model on the demo project, every step on the calling thread. */
class ProjectSearchModelTest {

    @TempDir
    Path folder;

    private EditorSession session;
    private ProjectSearchModel model;

    @BeforeEach
    void openDemo() throws Exception {
        session = DemoSession.openDirect(folder);
        model = new ProjectSearchModel(session.search(), session.library(), session.selection());
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    private List<SearchRow> search(String query) {
        model.queryProperty().set(query);
        model.search();
        return model.rows();
    }

    private Source source(String outlet) {
        return session.library().list().stream().filter(each -> each.outlet().equals(outlet)).findFirst()
                .orElseThrow();
    }

    @Test
    void theIndexIsBuiltWhenTheProjectOpens() {
        assertTrue(session.search().readyProperty().get());
    }

    @Test
    void hitsAreGroupedUnderTheirSourceInLibraryOrder() {
        List<SearchRow> rows = search("FISHMONGER");

        assertEquals(2, rows.size());
        SearchRow.SourceRow heading = assertInstanceOf(SearchRow.SourceRow.class, rows.get(0));
        assertEquals("The Market Voice", heading.source().outlet());
        assertEquals(1, heading.hits());
        SearchRow.HitRow hit = assertInstanceOf(SearchRow.HitRow.class, rows.get(1));
        assertEquals("Fishmonger", hit.hit().snippet().hit());
        assertEquals("1 hit in 1 source.", model.statusProperty().get());
    }

    @Test
    void aPhraseFindsOnlyItsWordsInARow() {
        List<SearchRow> rows = search("\"old quay market\"");

        assertTrue(rows.stream().filter(SearchRow.HitRow.class::isInstance).map(SearchRow.HitRow.class::cast)
                .allMatch(row -> row.hit().snippet().hit().equalsIgnoreCase("Old Quay market")), rows.toString());
        assertFalse(rows.isEmpty());
    }

    @Test
    void choosingATextHitRevealsItInItsSource() {
        SearchRow.HitRow hit = (SearchRow.HitRow) search("Saltmere").get(1);

        assertTrue(model.choose(hit));

        Source ledger = source("Regional Ledger");
        assertEquals(ledger, session.selection().selectedSourceProperty().get());
        assertEquals(new SourceSpan(ledger.id(), hit.hit().start(), hit.hit().end()),
                session.selection().revealedTextProperty().get());
    }

    @Test
    void choosingAHitInTheDetailsSelectsTheSourceWithoutRevealingText() {
        SearchRow.HitRow hit = (SearchRow.HitRow) search("newsletter").get(1);
        assertEquals(SearchField.PERSPECTIVE, hit.hit().field());

        assertTrue(model.choose(hit));

        assertEquals(source("The Market Voice"), session.selection().selectedSourceProperty().get());
        assertNull(session.selection().revealedTextProperty().get());
    }

    @Test
    void anEmptyQuerySaysWhatIsMissing() {
        search("fishmonger");

        search("  ");

        assertTrue(model.rows().isEmpty());
        assertEquals("The query is empty: give a word to look for.", model.statusProperty().get());
        assertFalse(model.choose(null));
    }

    @Test
    void aQueryWithoutHitsSaysSo() {
        assertTrue(search("zeppelin").isEmpty());
        assertEquals("No source holds zeppelin.", model.statusProperty().get());
    }

    @Test
    void aSourceAddedWhileHitsAreShownJoinsThem() {
        search("lamplighter");
        assertTrue(model.rows().isEmpty());

        session.library().addSource(new SourceDraft("Gullwing Gazette", "Pier lights", "", "", null, "",
                "The lamplighter of the north pier retired after forty winters.", "test"));

        assertEquals("Gullwing Gazette", model.rows().get(0).source().outlet());
    }

    @Test
    void editedDetailsAreSearchedAndShown() {
        Source voice = source("The Market Voice");

        session.library().updateSource(voice.withMetadata("Stallholders' Voice", voice.title(), voice.author(),
                voice.url(), voice.published(), voice.perspective()));

        List<SearchRow> rows = search("stallholders");
        assertEquals("Stallholders' Voice", rows.get(0).source().outlet());
        assertEquals(SearchField.OUTLET, ((SearchRow.HitRow) rows.get(1)).hit().field());
    }

    @Test
    void theStatusSaysWhenHitsWereCutAndWhileTheIndexIsBuilt() throws Exception {
        var query = org.factdesk.logic.search.SearchQuery.parse("quay");
        var results = new org.factdesk.logic.search.SearchResults(query, List.of(
                new org.factdesk.logic.search.SourceHits(source("Regional Ledger"), List.of())), true);

        assertEquals("0 hits in 1 source (the first 0 shown; add words to narrow it). Still indexing the sources: "
                + "more may come.", ProjectSearchModel.statusOf(results, false));
    }

    @Test
    void headingsNameOutletTitleAndHits() {
        assertEquals("Regional Ledger — Harbour-front land could draw developers   (2 hits)",
                new SearchRow.SourceRow(source("Regional Ledger"), 2).heading());
    }
}

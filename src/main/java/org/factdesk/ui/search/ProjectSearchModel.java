package org.factdesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.search.ProjectSearchIndex;
import org.factdesk.logic.search.SearchHit;
import org.factdesk.logic.search.SearchQuery;
import org.factdesk.logic.search.SearchQueryException;
import org.factdesk.logic.search.SearchResults;
import org.factdesk.logic.search.SourceHits;
import org.factdesk.model.Source;
import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.ProjectSearch;

/**
 * View-model of "Search the project": the query, the results as rows grouped by source, a status line, and
 * choosing a hit, which selects its source and asks the source pane to reveal it. Searches run in the background
 * through the {@link ProjectSearch}; only the latest search's result is shown, and a change to the index (the
 * build finishing, a source added) runs the shown query again. Holds no nodes. Used on the JavaFX thread.
 */
public final class ProjectSearchModel {

    private final ProjectSearch search;
    private final EditorSources library;
    private final EditorSelection selection;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SearchRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Type words to find; \"quotes\" "
            + "for a phrase.");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper();
    private long request;
    /** The query whose results are shown, run again when the index changes; null when none is shown. */
    private SearchQuery shown;

    public ProjectSearchModel(ProjectSearch search, EditorSources library, EditorSelection selection) {
        this.search = Objects.requireNonNull(search);
        this.library = Objects.requireNonNull(library);
        this.selection = Objects.requireNonNull(selection);
        search.revisionProperty().addListener((observable, old, now) -> {
            if (shown != null) {
                run(shown);
            }
        });
    }

    /** Searches for the query as typed; a query with no word in it says so in the status line. */
    public void search() {
        SearchQuery parsed;
        try {
            parsed = SearchQuery.parse(query.get());
        } catch (SearchQueryException e) {
            request++;
            shown = null;
            searching.set(false);
            rows.clear();
            status.set(capitalised(e.getMessage()) + ".");
            return;
        }
        run(parsed);
    }

    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    private void run(SearchQuery parsed) {
        long mine = ++request;
        shown = parsed;
        searching.set(true);
        search.search(parsed, ProjectSearchIndex.WINDOW_HIT_LIMIT).result().whenComplete((results, problem) -> {
            if (mine != request) {
                return; // a newer search was asked for meanwhile
            }
            searching.set(false);
            if (problem instanceof CancellationException) {
                return;
            }
            if (problem != null) {
                rows.clear();
                status.set("The search failed: " + problem.getMessage());
                return;
            }
            show(results);
        });
    }

    private void show(SearchResults results) {
        List<SearchRow> shownRows = new ArrayList<>();
        for (SourceHits source : results.sources()) {
            Source latest = library.find(source.source().id()).orElse(source.source());
            shownRows.add(new SearchRow.SourceRow(latest, source.hits().size()));
            for (SearchHit hit : source.hits()) {
                shownRows.add(new SearchRow.HitRow(latest, hit));
            }
        }
        rows.setAll(shownRows);
        status.set(statusOf(results, search.readyProperty().get()));
    }

    static String statusOf(SearchResults results, boolean indexReady) {
        String found;
        if (results.isEmpty()) {
            found = "No source holds " + results.query().text().strip() + ".";
        } else {
            found = String.format(Locale.ROOT, "%,d %s in %,d %s%s.", results.hitCount(),
                    results.hitCount() == 1 ? "hit" : "hits", results.sources().size(),
                    results.sources().size() == 1 ? "source" : "sources",
                    results.truncated() ? " (the first " + String.format(Locale.ROOT, "%,d",
                            results.hitCount()) + " shown; add words to narrow it)" : "");
        }
        return indexReady ? found : found + " Still indexing the sources: more may come.";
    }

    /**
     * Shows a row in the source pane: a hit in the text is revealed and flashed there; a source's heading or a
     * hit in its details selects the source. Returns whether anything was chosen.
     */
    public boolean choose(SearchRow row) {
        if (row == null) {
            return false;
        }
        Source source = library.find(row.source().id()).orElse(null);
        if (source == null) {
            status.set("That source is no longer in the project.");
            return false;
        }
        if (row instanceof SearchRow.HitRow hitRow && hitRow.hit().inText()) {
            selection.revealText(source, hitRow.hit().start(), hitRow.hit().end());
        } else {
            selection.selectSource(source);
        }
        return true;
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The results: each source's heading followed by its hits, sources in library order. */
    public ObservableList<SearchRow> rows() {
        return rowsView;
    }

    /** What the last search found, or why there is nothing to show. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a search runs. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }
}

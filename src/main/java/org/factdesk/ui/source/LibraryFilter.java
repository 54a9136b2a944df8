package org.factdesk.ui.source;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import org.factdesk.logic.search.SearchQuery;
import org.factdesk.logic.search.SearchQueryException;
import org.factdesk.model.Source;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.ProjectSearch;

/**
 * The library filter: the project's sources whose details hold the typed text at once, and those whose text
 * holds its words once the search index has answered in the background. JavaFX thread.
 */
final class LibraryFilter {

    private final ProjectSearch search;
    private final StringProperty filter = new SimpleStringProperty("");
    private final FilteredList<Source> filteredSources;
    /** The sources whose text (or details) hold the filter's words, as the search index last said. */
    private Set<Long> textMatches = Set.of();
    private long filterRequest;

    LibraryFilter(EditorSources library, ProjectSearch search) {
        this.search = Objects.requireNonNull(search);
        filteredSources = new FilteredList<>(library.list());
        filteredSources.setPredicate(matching(filter.get(), textMatches));
        filter.addListener((observable, old, now) -> filterChanged());
        search.revisionProperty().addListener((observable, old, now) -> findTextMatches());
    }

    /**
     * Case-insensitive match on outlet, title or perspective, or one of {@code textMatches}: the sources whose
     * text holds the filter's words, found by the search index; every source when the filter is blank.
     */
    static Predicate<Source> matching(String filterText, Set<Long> textMatches) {
        String wanted = filterText == null ? "" : filterText.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return source -> true;
        }
        return source -> source.outlet().toLowerCase(Locale.ROOT).contains(wanted)
                || source.title().toLowerCase(Locale.ROOT).contains(wanted)
                || source.perspective().toLowerCase(Locale.ROOT).contains(wanted)
                || textMatches.contains(source.id());
    }

    /**
     * The details match at once; the sources whose text matches follow when the index has answered, in the
     * background, so typing never waits for a search.
     */
    private void filterChanged() {
        textMatches = Set.of();
        filteredSources.setPredicate(matching(filter.get(), textMatches));
        findTextMatches();
    }

    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    private void findTextMatches() {
        long request = ++filterRequest;
        String wanted = filter.get();
        SearchQuery query;
        try {
            query = SearchQuery.parse(wanted);
        } catch (SearchQueryException e) {
            return; // nothing to look for in the texts: the details alone decide
        }
        search.matchingSources(query).result().whenComplete((ids, problem) -> {
            if (request == filterRequest && problem == null) {
                textMatches = Set.copyOf(ids);
                filteredSources.setPredicate(matching(wanted, textMatches));
            }
        });
    }

    StringProperty filterProperty() {
        return filter;
    }

    FilteredList<Source> filteredSources() {
        return filteredSources;
    }
}

package org.factdesk.logic.search;

import java.util.List;

/**
 * What a search found: the matching sources in library order (oldest first), each with its hits. When there
 * were more hits than asked for, the list stops at the limit and {@code truncated} says so. Immutable.
 */
public record SearchResults(SearchQuery query, List<SourceHits> sources, boolean truncated) {

    public SearchResults {
        sources = List.copyOf(sources);
    }

    public int hitCount() {
        return sources.stream().mapToInt(each -> each.hits().size()).sum();
    }

    public boolean isEmpty() {
        return sources.isEmpty();
    }
}

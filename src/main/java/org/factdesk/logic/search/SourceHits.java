package org.factdesk.logic.search;

import java.util.List;
import java.util.Objects;
import org.factdesk.model.Source;

/**
 * The hits of a query in one source, its metadata hits first (outlet, title, author, url, perspective), then
 * its text hits in text order. Immutable.
 */
public record SourceHits(Source source, List<SearchHit> hits) {

    public SourceHits {
        Objects.requireNonNull(source);
        hits = List.copyOf(hits);
    }
}

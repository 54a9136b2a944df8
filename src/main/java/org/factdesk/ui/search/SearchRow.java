package org.factdesk.ui.search;

import org.factdesk.logic.search.SearchHit;
import org.factdesk.model.Source;

/**
 * One row of the search results: a source's heading (its outlet and title, and how many hits it has) or one
 * of its hits. Immutable.
 */
public sealed interface SearchRow {

    Source source();

    /** The heading over a source's hits. */
    record SourceRow(Source source, int hits) implements SearchRow {

        /** "Regional Ledger — Harbour land could draw developers   (2 hits)" */
        public String heading() {
            String title = source.title().isBlank() ? "" : " — " + source.title();
            return source.outlet() + title + "   (" + hits + (hits == 1 ? " hit)" : " hits)");
        }
    }

    /** One hit, with its snippet. */
    record HitRow(Source source, SearchHit hit) implements SearchRow {
    }
}

package org.factdesk.logic.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;

/**
 * Numbers a story's sources 1..n in order of first citation: facts top to bottom, each fact's citations in
 * their order. Only cited sources get numbers. Numbers are derived on every call, never stored, so reordering
 * facts renumbers the sources. Immutable once built.
 */
public final class CitationNumbering {

    private final Map<Long, Integer> numberBySource;

    private CitationNumbering(Map<Long, Integer> numberBySource) {
        this.numberBySource = numberBySource;
    }

    public static CitationNumbering of(List<Fact> facts) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        for (Fact fact : facts) {
            for (Citation citation : fact.citations()) {
                numbers.putIfAbsent(citation.sourceId(), numbers.size() + 1);
            }
        }
        return new CitationNumbering(Collections.unmodifiableMap(numbers));
    }

    /** The source ids in number order: the first is number 1. */
    public List<Long> numberedSources() {
        return List.copyOf(numberBySource.keySet());
    }

    /** The number of a cited source. */
    public int numberOf(long sourceId) {
        Integer number = numberBySource.get(sourceId);
        if (number == null) {
            throw new IllegalArgumentException("source " + sourceId + " is not cited");
        }
        return number;
    }

    /** A fact's citation numbers: ascending, each once. */
    public List<Integer> numbersOf(Fact fact) {
        TreeSet<Integer> numbers = new TreeSet<>();
        for (Citation citation : fact.citations()) {
            numbers.add(numberOf(citation.sourceId()));
        }
        return new ArrayList<>(numbers);
    }

    public int size() {
        return numberBySource.size();
    }
}

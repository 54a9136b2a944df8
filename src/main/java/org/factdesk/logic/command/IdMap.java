package org.factdesk.logic.command;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;

/**
 * Maps the local ids the editor gives new rows (negative numbers, handed out at once so the window never waits
 * for an insert) to the ids the project file gave them. Real ids map to themselves. Used only on the project
 * thread, in queue order, so a local id is always bound before a later write asks for it.
 *
 * <p>Bindings made during a write stay pending until {@link #keepPending()}; a write whose transaction rolled
 * back calls {@link #takeBackPending()}, so that no local id is left pointing at a row the file never kept.
 */
public final class IdMap {

    private final Map<Long, Long> realByLocal = new HashMap<>();
    /** The value each local id had before the current write first bound it ({@code null}: it was unbound). */
    private final Map<Long, Long> beforePending = new LinkedHashMap<>();

    public static boolean isLocal(long id) {
        return id < 0;
    }

    public void bind(long localId, long realId) {
        Long before = realByLocal.put(localId, realId);
        beforePending.putIfAbsent(localId, before);
    }

    /** The current write committed: its bindings are now for good. */
    public void keepPending() {
        beforePending.clear();
    }

    /** The current write rolled back: forgets its bindings and restores whatever they replaced. */
    public void takeBackPending() {
        beforePending.forEach((localId, before) -> {
            if (before == null) {
                realByLocal.remove(localId);
            } else {
                realByLocal.put(localId, before);
            }
        });
        beforePending.clear();
    }

    public boolean isBound(long localId) {
        return realByLocal.containsKey(localId);
    }

    public long resolve(long id) {
        if (!isLocal(id)) {
            return id;
        }
        Long real = realByLocal.get(id);
        if (real == null) {
            throw new IllegalStateException("local id " + id + " was never written");
        }
        return real;
    }

    public Citation resolve(Citation citation) {
        return new Citation(resolve(citation.sourceId()),
                citation.excerptId() == null ? null : resolve(citation.excerptId()));
    }

    public List<Citation> resolve(List<Citation> citations) {
        return citations.stream().map(this::resolve).toList();
    }

    public Fact resolve(Fact fact) {
        return new Fact(resolve(fact.id()), fact.text(), resolve(fact.citations()), fact.reviewStatus(), fact.colour());
    }
}

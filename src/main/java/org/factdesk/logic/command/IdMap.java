package org.factdesk.logic.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;

/**
 * Maps the local ids the editor gives new rows (negative numbers, handed out at once so the window never waits
 * for an insert) to the ids the project file gave them. Real ids map to themselves. Used only on the project
 * thread, in queue order, so a local id is always bound before a later write asks for it.
 */
public final class IdMap {

    private final Map<Long, Long> realByLocal = new HashMap<>();

    public static boolean isLocal(long id) {
        return id < 0;
    }

    public void bind(long localId, long realId) {
        realByLocal.put(localId, realId);
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
        return new Fact(resolve(fact.id()), fact.text(), resolve(fact.citations()), fact.reviewStatus());
    }
}

package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;

/**
 * How a story's cited facts rest on its outlets and perspectives: for each outlet (and each perspective tag),
 * how many of the facts that cite anything cite it at least once, and what share of them that is. A fact citing
 * two outlets counts for both, so shares can add up to more than 1. Outlets are told apart by name, ignoring
 * case and spacing; a source without an outlet counts as its own, "source 3". Sources without a perspective
 * count for no perspective. Immutable.
 *
 * @param citedFacts the facts that cite at least one source the story holds
 * @param outlets most facts first, then by name
 * @param perspectives most facts first, then by name
 */
public record SourceShares(int citedFacts, List<Share> outlets, List<Share> perspectives) {

    /** One outlet's or perspective's part: {@code facts} of the cited facts, {@code share} of them (0..1). */
    public record Share(String name, int facts, double share) {
    }

    public SourceShares {
        outlets = List.copyOf(outlets);
        perspectives = List.copyOf(perspectives);
    }

    public static SourceShares of(StoryDocument document) {
        Map<String, String> outletNames = new LinkedHashMap<>();
        Map<String, String> perspectiveNames = new LinkedHashMap<>();
        Map<String, Integer> outletFacts = new LinkedHashMap<>();
        Map<String, Integer> perspectiveFacts = new LinkedHashMap<>();
        int cited = 0;
        for (Fact fact : document.facts()) {
            Set<String> outlets = new LinkedHashSet<>();
            Set<String> perspectives = new LinkedHashSet<>();
            for (Citation citation : fact.citations()) {
                Source source = document.sources().get(citation.sourceId());
                if (source == null) {
                    continue;
                }
                String outlet = CheckedStory.name(source);
                outletNames.putIfAbsent(key(outlet), outlet);
                outlets.add(key(outlet));
                if (!source.perspective().isBlank()) {
                    perspectiveNames.putIfAbsent(key(source.perspective()), source.perspective().strip());
                    perspectives.add(key(source.perspective()));
                }
            }
            if (!outlets.isEmpty()) {
                cited++;
            }
            outlets.forEach(outlet -> outletFacts.merge(outlet, 1, Integer::sum));
            perspectives.forEach(perspective -> perspectiveFacts.merge(perspective, 1, Integer::sum));
        }
        return new SourceShares(cited, shares(outletFacts, outletNames, cited),
                shares(perspectiveFacts, perspectiveNames, cited));
    }

    /** The outlet's name evened out for comparing: case and spacing ignored. */
    static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Share> shares(Map<String, Integer> counts, Map<String, String> names, int cited) {
        List<Share> shares = new ArrayList<>();
        counts.forEach((key, facts) -> shares.add(new Share(names.get(key), facts, (double) facts / cited)));
        shares.sort(Comparator.comparingInt(Share::facts).reversed().thenComparing(Share::name));
        return shares;
    }
}

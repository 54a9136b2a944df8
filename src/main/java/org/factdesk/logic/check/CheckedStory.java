package org.factdesk.logic.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;

/**
 * One run of the checks over one {@link StorySnapshot}: the snapshot, and what the checks derive from the
 * source texts (prepared for quote matching, their numbers), each worked out once, on first
 * use, and shared by all checks of the run. Not thread-safe: one run, one thread.
 */
public final class CheckedStory {

    private final StorySnapshot snapshot;
    private final Map<Long, MatchText> matchTexts = new HashMap<>();
    private final Map<Long, List<NumberMention>> numbers = new HashMap<>();

    public CheckedStory(StorySnapshot snapshot) {
        this.snapshot = snapshot;
    }

    public StoryDocument document() {
        return snapshot.document();
    }

    /** The facts in story order. */
    public List<Fact> facts() {
        return snapshot.document().facts();
    }

    /** The sources a fact cites that the story holds, each once, in the order of its citations. */
    public List<Source> citedSources(Fact fact) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Citation citation : fact.citations()) {
            ids.add(citation.sourceId());
        }
        List<Source> sources = new ArrayList<>();
        for (long id : ids) {
            Source source = snapshot.document().sources().get(id);
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    /** "Brenmoor Tide, Gull Point Radio": the sources' names, for a message. */
    static String names(List<Source> sources) {
        return sources.stream().map(CheckedStory::name).distinct().collect(Collectors.joining(", "));
    }

    /** A source's outlet, or "source 3" when it has none. */
    static String name(Source source) {
        return source.outlet().isBlank() ? "source " + source.id() : source.outlet().strip();
    }

    String text(long sourceId) {
        return snapshot.text(sourceId);
    }

    MatchText matchText(long sourceId) {
        return matchTexts.computeIfAbsent(sourceId, id -> MatchText.of(snapshot.text(id)));
    }

    List<NumberMention> numbers(long sourceId) {
        return numbers.computeIfAbsent(sourceId, id -> NumberReader.read(snapshot.text(id)));
    }
}

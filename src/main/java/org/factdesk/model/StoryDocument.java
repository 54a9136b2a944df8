package org.factdesk.model;

import java.util.List;
import java.util.Map;

/**
 * Everything needed to show or export one story: the story, its facts and narratives in order, and the
 * sources and excerpts its facts cite (keyed by id). Source texts are not included. Immutable.
 */
public record StoryDocument(Story story, List<Fact> facts, List<Narrative> narratives, Map<Long, Source> sources,
                            Map<Long, Excerpt> excerpts) {

    public StoryDocument {
        facts = List.copyOf(facts);
        narratives = List.copyOf(narratives);
        sources = Map.copyOf(sources);
        excerpts = Map.copyOf(excerpts);
    }

    /** The cited source with this id; every citation's source is present. */
    public Source source(long sourceId) {
        Source source = sources.get(sourceId);
        if (source == null) {
            throw new IllegalArgumentException("story " + story.id() + " has no cited source " + sourceId);
        }
        return source;
    }
}

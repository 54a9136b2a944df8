package org.factdesk.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

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

    /** Position of a fact in the story, or -1. */
    public int indexOfFact(long factId) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i).id() == factId) {
                return i;
            }
        }
        return -1;
    }

    /** Position of a narrative in the story, or -1. */
    public int indexOfNarrative(long narrativeId) {
        for (int i = 0; i < narratives.size(); i++) {
            if (narratives.get(i).id() == narrativeId) {
                return i;
            }
        }
        return -1;
    }

    public StoryDocument withStory(Story newStory) {
        return new StoryDocument(newStory, facts, narratives, sources, excerpts);
    }

    /** The document with a fact inserted at {@code position} (clamped), and the sources and excerpts it cites. */
    public StoryDocument withFactAt(int position, Fact fact, Map<Long, Source> citedSources,
                                    Map<Long, Excerpt> citedExcerpts) {
        List<Fact> newFacts = new ArrayList<>(facts);
        newFacts.add(clamp(position, newFacts.size()), fact);
        return new StoryDocument(story, newFacts, narratives, merged(sources, citedSources),
                merged(excerpts, citedExcerpts));
    }

    /** The document with the fact of the same id replaced, and the sources and excerpts it now cites. */
    public StoryDocument withFact(Fact fact, Map<Long, Source> citedSources, Map<Long, Excerpt> citedExcerpts) {
        return new StoryDocument(story, replaced(facts, indexOfFact(fact.id()), fact), narratives,
                merged(sources, citedSources), merged(excerpts, citedExcerpts));
    }

    public StoryDocument withFactText(long factId, String text) {
        return withFact(fact(factId).withText(text), Map.of(), Map.of());
    }

    public StoryDocument withoutFact(long factId) {
        List<Fact> newFacts = new ArrayList<>(facts);
        newFacts.remove(indexOfFact(factId));
        return new StoryDocument(story, newFacts, narratives, sources, excerpts);
    }

    public StoryDocument withFactMoved(long factId, int position) {
        List<Fact> newFacts = new ArrayList<>(facts);
        Fact fact = newFacts.remove(indexOfFact(factId));
        newFacts.add(clamp(position, newFacts.size()), fact);
        return new StoryDocument(story, newFacts, narratives, sources, excerpts);
    }

    public Fact fact(long factId) {
        int index = indexOfFact(factId);
        if (index < 0) {
            throw new IllegalArgumentException("story " + story.id() + " has no fact " + factId);
        }
        return facts.get(index);
    }

    public Narrative narrative(long narrativeId) {
        int index = indexOfNarrative(narrativeId);
        if (index < 0) {
            throw new IllegalArgumentException("story " + story.id() + " has no narrative " + narrativeId);
        }
        return narratives.get(index);
    }

    public StoryDocument withNarrativeAt(int position, Narrative narrative) {
        List<Narrative> newNarratives = new ArrayList<>(narratives);
        newNarratives.add(clamp(position, newNarratives.size()), narrative);
        return new StoryDocument(story, facts, newNarratives, sources, excerpts);
    }

    public StoryDocument withNarrative(Narrative narrative) {
        return new StoryDocument(story, facts, replaced(narratives, indexOfNarrative(narrative.id()), narrative),
                sources, excerpts);
    }

    public StoryDocument withoutNarrative(long narrativeId) {
        List<Narrative> newNarratives = new ArrayList<>(narratives);
        newNarratives.remove(indexOfNarrative(narrativeId));
        return new StoryDocument(story, facts, newNarratives, sources, excerpts);
    }

    public StoryDocument withNarrativeMoved(long narrativeId, int position) {
        List<Narrative> newNarratives = new ArrayList<>(narratives);
        Narrative narrative = newNarratives.remove(indexOfNarrative(narrativeId));
        newNarratives.add(clamp(position, newNarratives.size()), narrative);
        return new StoryDocument(story, facts, newNarratives, sources, excerpts);
    }

    /** The document with a cited source's metadata replaced, if the story cites it. */
    public StoryDocument withSource(Source source) {
        if (!sources.containsKey(source.id())) {
            return this;
        }
        return new StoryDocument(story, facts, narratives, merged(sources, Map.of(source.id(), source)), excerpts);
    }

    /** The document with every fact passed through {@code change}. */
    public StoryDocument withFacts(UnaryOperator<Fact> change) {
        return new StoryDocument(story, facts.stream().map(change).toList(), narratives, sources, excerpts);
    }

    private static int clamp(int position, int size) {
        return Math.max(0, Math.min(position, size));
    }

    private static <T> List<T> replaced(List<T> list, int index, T item) {
        if (index < 0) {
            throw new IllegalArgumentException("nothing to replace");
        }
        List<T> copy = new ArrayList<>(list);
        copy.set(index, item);
        return copy;
    }

    private static <T> Map<Long, T> merged(Map<Long, T> base, Map<Long, T> more) {
        if (more.isEmpty()) {
            return base;
        }
        Map<Long, T> all = new HashMap<>(base);
        all.putAll(more);
        return all;
    }
}

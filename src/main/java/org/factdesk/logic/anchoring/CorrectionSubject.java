package org.factdesk.logic.anchoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceOriginal;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * What a correction dialog needs of one source, read once when it opens: the source, its current text, its
 * passages, the facts of every story that cite each passage, and the original file if it was kept. Immutable.
 *
 * @param citingFacts for each excerpt id, the facts that cite it, as {@code “Story title”: fact text}
 */
public record CorrectionSubject(Source source, String text, List<Excerpt> excerpts,
                                Map<Long, List<String>> citingFacts, Optional<SourceOriginal> original) {

    /** A fact's text is cut to this many characters in the list of what a lost passage takes with it. */
    static final int FACT_LENGTH = 90;

    public CorrectionSubject {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        excerpts = List.copyOf(excerpts);
        Map<Long, List<String>> copy = new HashMap<>();
        citingFacts.forEach((id, facts) -> copy.put(id, List.copyOf(facts)));
        citingFacts = Map.copyOf(copy);
        Objects.requireNonNull(original, "original");
    }

    /**
     * Reads source {@code sourceId} of {@code project}, with every story loaded to find the facts citing it.
     * Blocking (the database): on the project thread.
     *
     * @throws IllegalArgumentException if the project has no such source
     */
    public static CorrectionSubject read(Project project, long sourceId) {
        Source source = project.library().source(sourceId)
                .orElseThrow(() -> new IllegalArgumentException("the project has no source " + sourceId));
        List<Excerpt> excerpts = project.library().excerptsOf(sourceId);
        Set<Long> ids = new HashSet<>();
        excerpts.forEach(excerpt -> ids.add(excerpt.id()));
        Map<Long, List<String>> citing = new HashMap<>();
        for (Story story : project.stories().stories()) {
            StoryDocument document = project.stories().loadStory(story.id());
            for (Fact fact : document.facts()) {
                for (Citation citation : fact.citations()) {
                    if (citation.excerptId() != null && ids.contains(citation.excerptId())) {
                        citing.computeIfAbsent(citation.excerptId(), id -> new ArrayList<>())
                                .add(label(story, fact));
                    }
                }
            }
        }
        return new CorrectionSubject(source, project.library().sourceText(sourceId), excerpts, citing,
                project.library().original(sourceId));
    }

    private static String label(Story story, Fact fact) {
        String text = fact.text().strip().replaceAll("\\s+", " ");
        if (text.length() > FACT_LENGTH) {
            int cut = text.lastIndexOf(' ', FACT_LENGTH);
            text = text.substring(0, cut > 0 ? cut : FACT_LENGTH) + "…";
        }
        String title = story.title().isBlank() ? "Untitled story" : story.title();
        return "\u201c" + title + "\u201d: " + text;
    }
}

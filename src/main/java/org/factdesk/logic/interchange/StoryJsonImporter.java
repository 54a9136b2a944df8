package org.factdesk.logic.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.logic.interchange.StoryPlan.CitationPlan;
import org.factdesk.logic.interchange.StoryPlan.FactPlan;
import org.factdesk.logic.interchange.StoryPlan.NarrativePlan;
import org.factdesk.logic.interchange.StoryPlan.SourcePlan;
import org.factdesk.logic.story.FactColourChoice;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceLibrary;
import org.factdesk.model.StoryRepository;

/**
 * Writes a checked {@link StoryPlan} into a project as a new story, in one transaction: either the story with
 * all its sources, excerpts, facts and narratives lands, or nothing does. Sources and excerpts the project
 * already has are reused rather than duplicated. Blocks on storage: call it off the JavaFX thread.
 */
public final class StoryJsonImporter {

    private final Project project;

    public StoryJsonImporter(Project project) {
        this.project = Objects.requireNonNull(project, "project");
    }

    /** Adds the planned story to the project and returns the new story's id. */
    public long importStory(StoryPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return project.inTransaction(() -> write(plan));
    }

    private long write(StoryPlan plan) {
        SourceLibrary library = project.library();
        StoryRepository stories = project.stories();
        List<Long> sourceIds = new ArrayList<>(plan.sources().size());
        for (SourcePlan source : plan.sources()) {
            sourceIds.add(sourceIdFor(library, source.draft()));
        }
        long storyId = stories.createStory(plan.title(), plan.lede(), plan.style()).id();
        List<Integer> colours = new ArrayList<>(plan.facts().size());
        for (int i = 0; i < plan.facts().size(); i++) {
            FactPlan fact = plan.facts().get(i);
            List<Citation> citations = new ArrayList<>(fact.citations().size());
            for (CitationPlan citation : fact.citations()) {
                citations.add(citationOf(library, plan, sourceIds, citation));
            }
            // The file carries no colours (they are not part of the interchange format): each fact gets one by
            // the rule an editor's new fact follows, as if the facts were made in file order.
            int colour = FactColourChoice.forInsert(colours, i);
            stories.addFact(storyId, i, fact.text(), citations, colour);
            colours.add(colour);
        }
        for (int i = 0; i < plan.narratives().size(); i++) {
            NarrativePlan narrative = plan.narratives().get(i);
            stories.addNarrative(storyId, i, narrative.label(), narrative.providedBy(), narrative.text());
        }
        return storyId;
    }

    private static long sourceIdFor(SourceLibrary library, SourceDraft draft) {
        return library.findIdentical(draft).orElseGet(() -> library.addSource(draft)).id();
    }

    private static Citation citationOf(SourceLibrary library, StoryPlan plan, List<Long> sourceIds,
                                       CitationPlan citation) {
        long sourceId = sourceIds.get(citation.sourceIndex());
        if (citation.isWholeSource()) {
            return Citation.ofWholeSource(sourceId);
        }
        if (citation.isOrphaned()) {
            // No place in the text: it was lost there. Offsets 0..0 and no context, as nothing is known of them.
            return Citation.ofExcerpt(library.addExcerpt(new ExcerptDraft(sourceId, 0, 0, citation.orphanedQuote(),
                    "", ""), Anchoring.ORPHANED));
        }
        int start = citation.passage().start();
        int end = citation.passage().end();
        // An identical source has the same text, so the plan's offsets hold for a reused source too.
        String text = plan.sources().get(citation.sourceIndex()).draft().text();
        Excerpt excerpt = library.findExcerpt(sourceId, start, end)
                .orElseGet(() -> library.addExcerpt(ExcerptDraft.of(sourceId, text, start, end)));
        return Citation.ofExcerpt(excerpt);
    }
}

package org.factdesk.logic.story;

import org.factdesk.model.Fact;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * Duplicates a story with its facts, citations and narratives, in one transaction. The copy cites the same
 * sources and excerpts; nothing of the sources is copied. Each copied fact keeps its colour, so the copy looks
 * like the original. Blocking; run it on the project thread.
 */
public final class StoryCopy {

    private StoryCopy() {
    }

    /** Returns the id of the new story, titled "<title> (copy)". */
    public static long duplicate(Project project, long storyId) {
        return project.inTransaction(() -> {
            StoryDocument original = project.stories().loadStory(storyId);
            Story story = original.story();
            Story copy = project.stories().createStory(story.title() + " (copy)", story.lede(), story.style());
            int position = 0;
            for (Fact fact : original.facts()) {
                Fact added = project.stories().addFact(copy.id(), position++, fact.text(), fact.citations(),
                        fact.colour());
                project.stories().updateReviewStatus(added.id(), fact.reviewStatus());
            }
            position = 0;
            for (Narrative narrative : original.narratives()) {
                project.stories().addNarrative(copy.id(), position++, narrative.label(), narrative.providedBy(),
                        narrative.text());
            }
            return copy.id();
        });
    }
}

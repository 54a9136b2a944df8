package org.factdesk.logic.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.logic.check.FindingKey;
import org.factdesk.model.Fact;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * Duplicates a story with its facts, citations and narratives, in one transaction. The copy cites the same
 * sources and excerpts; nothing of the sources is copied. Each copied fact keeps its colour, so the copy looks
 * like the original, and the findings ignored in the original stay ignored in the copy (each key naming the
 * copied fact or narrative), since the copy holds the same text. Blocking; run it on the project thread.
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
            Map<String, String> targets = new HashMap<>(Map.of(FindingKey.STORY, FindingKey.STORY));
            int position = 0;
            for (Fact fact : original.facts()) {
                Fact added = project.stories().addFact(copy.id(), position++, fact.text(), fact.citations(),
                        fact.colour());
                project.stories().updateReviewStatus(added.id(), fact.reviewStatus());
                targets.put(FindingKey.fact(fact.id()), FindingKey.fact(added.id()));
            }
            position = 0;
            for (Narrative narrative : original.narratives()) {
                long added = project.stories().addNarrative(copy.id(), position++, narrative.label(),
                        narrative.providedBy(), narrative.text()).id();
                targets.put(FindingKey.narrative(narrative.id()), FindingKey.narrative(added));
            }
            for (IgnoredFinding ignored : ignoredIn(project, storyId)) {
                ignored.carriedTo(copy.id(), targets).ifPresent(project.checks()::ignoreFinding);
            }
            return copy.id();
        });
    }

    /**
     * The original's ignores; none when they are damaged. The copy then shows those findings again, and the
     * damage is still reported wherever the original's ignores are read: a lost ignore never stops a copy.
     */
    private static List<IgnoredFinding> ignoredIn(Project project, long storyId) {
        try {
            return project.checks().ignoredFindings(storyId);
        } catch (ProjectDamagedException damaged) {
            return List.of();
        }
    }
}

package org.factdesk.logic.story;

import java.util.List;
import java.util.Optional;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * The rules of a project's list of stories: a project always has a story to write in, which one opens, what a
 * new story is called, and what opens after the open story is deleted. Blocking; run on the project thread.
 */
public final class StoryShelf {

    /** The title of a story the editor has not named yet. */
    public static final String UNTITLED = "Untitled story";

    private StoryShelf() {
    }

    /** What a project shows when it opens: its stories and sources, and one story open. */
    public record Opened(List<Story> stories, StoryDocument open) {

        public Opened {
            stories = List.copyOf(stories);
        }
    }

    /**
     * Opens {@code wantedId} if the project still has it, else its first story; a project without stories
     * gets an untitled one, so the editor always has somewhere to write.
     */
    public static Opened open(Project project, long wantedId) {
        List<Story> stories = project.stories().stories();
        if (stories.isEmpty()) {
            project.stories().createStory(UNTITLED, "", HouseStyle.DEFAULT);
            stories = project.stories().stories();
        }
        long open = stories.stream().anyMatch(story -> story.id() == wantedId) ? wantedId : stories.get(0).id();
        return new Opened(stories, project.stories().loadStory(open));
    }

    /** A new, empty story in the house style; a blank title becomes {@link #UNTITLED}. */
    public static StoryDocument create(Project project, String title) {
        String named = title == null || title.isBlank() ? UNTITLED : title.strip();
        Story story = project.stories().createStory(named, "", HouseStyle.DEFAULT);
        return project.stories().loadStory(story.id());
    }

    /** A copy of the story with its facts, citations and narratives; see {@link StoryCopy}. */
    public static StoryDocument duplicate(Project project, long storyId) {
        return project.stories().loadStory(StoryCopy.duplicate(project, storyId));
    }

    /**
     * Deletes a story. When it was the open one, returns the story to open instead: the first one left, or a
     * new untitled one when none is left.
     */
    public static Optional<StoryDocument> delete(Project project, long storyId, boolean wasOpen) {
        project.stories().deleteStory(storyId);
        if (!wasOpen) {
            return Optional.empty();
        }
        List<Story> rest = project.stories().stories();
        long next = rest.isEmpty() ? project.stories().createStory(UNTITLED, "", HouseStyle.DEFAULT).id()
                : rest.get(0).id();
        return Optional.of(project.stories().loadStory(next));
    }
}

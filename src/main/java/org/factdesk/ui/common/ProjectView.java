package org.factdesk.ui.common;

import java.util.List;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/** What the window shows of a freshly opened project: its stories, its sources and one open story. */
record ProjectView(List<Story> stories, List<Source> sources, StoryDocument story) {

    /**
     * Reads the view on the project thread. Opens {@code storyId} if it exists, else the first story; a project
     * without stories gets an empty one, so the editor always has somewhere to write.
     */
    static ProjectView load(Project project, long storyId) {
        List<Story> stories = project.stories().stories();
        if (stories.isEmpty()) {
            project.stories().createStory("Untitled story", "", HouseStyle.DEFAULT);
            stories = project.stories().stories();
        }
        long open = stories.stream().anyMatch(story -> story.id() == storyId) ? storyId : stories.get(0).id();
        return new ProjectView(stories, project.library().sources(), project.stories().loadStory(open));
    }
}

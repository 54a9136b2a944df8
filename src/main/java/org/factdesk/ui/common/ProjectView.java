package org.factdesk.ui.common;

import java.util.List;
import org.factdesk.logic.story.StoryShelf;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/** What the window shows of a freshly opened project: its stories, its sources and one open story. */
record ProjectView(List<Story> stories, List<Source> sources, StoryDocument story) {

    /** Reads the view on the project thread, with {@code storyId} open as {@link StoryShelf#open} decides. */
    static ProjectView load(Project project, long storyId) {
        StoryShelf.Opened opened = StoryShelf.open(project, storyId);
        return new ProjectView(opened.stories(), project.library().sources(), opened.open());
    }
}

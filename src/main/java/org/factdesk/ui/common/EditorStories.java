package org.factdesk.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.story.StoryShelf;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * The open project's stories as the story picker lists them, and the commands that open, create, duplicate
 * and delete one; the rules behind them are {@link StoryShelf}'s. A renamed open story is renamed in the list
 * as the editor types. JavaFX thread; the work runs through the {@link OpenProject}.
 */
public final class EditorStories {

    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final OpenProject project;
    private final OpenStory story;

    EditorStories(OpenProject project, OpenStory story) {
        this.project = Objects.requireNonNull(project);
        this.story = Objects.requireNonNull(story);
        story.documentProperty().addListener((observable, old, now) -> {
            if (now != null && (old == null || !now.story().equals(old.story()))) {
                stories.replaceAll(each -> each.id() == now.story().id() ? now.story() : each);
            }
        });
    }

    void showAll(List<Story> listed) {
        stories.setAll(listed);
    }

    public void open(long storyId) {
        if (!story.isOpen(storyId)) {
            project.run("Opening story…", p -> p.stories().loadStory(storyId), story::open);
        }
    }

    public void create(String title) {
        project.run("Creating story…", p -> StoryShelf.create(p, title), this::listAndOpen);
    }

    /** Copies the open story with its facts, citations and narratives, and opens the copy. */
    public void duplicateOpen() {
        long original = story.document().story().id();
        project.run("Duplicating story…", p -> StoryShelf.duplicate(p, original), this::listAndOpen);
    }

    /** Deletes a story; if it was open, opens another one (or a new empty one). */
    public void delete(long storyId) {
        boolean wasOpen = story.isOpen(storyId);
        project.run("Deleting story…", p -> StoryShelf.delete(p, storyId, wasOpen), next -> {
            stories.removeIf(each -> each.id() == storyId);
            next.ifPresent(this::listAndOpen);
        });
    }

    private void listAndOpen(StoryDocument opened) {
        if (stories.stream().noneMatch(each -> each.id() == opened.story().id())) {
            stories.add(opened.story());
        }
        story.open(opened);
    }

    public ObservableList<Story> list() {
        return stories;
    }
}

package org.factdesk.ui.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.factdesk.logic.command.FieldVisit;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;
import org.factdesk.logic.story.StoryShelf;
import org.factdesk.ui.common.EditorStories;
import org.factdesk.ui.common.OpenStory;

/**
 * View-model of the story bar: which story is open, its title, lede and serial-comma setting, and the story
 * commands the bar and the window's menu share (new, duplicate, rename, delete). Title and lede are saved per
 * keystroke and enter the undo history as one step per visit to the field ({@link #beginTextEdit()},
 * {@link #finishTextEdit()}). Changes from the document (undo, another story) only set fields that differ, so
 * a field being typed in keeps its caret. Holds no controls. JavaFX thread.
 */
public final class StoryBarModel {

    /** The title a new story starts with, selected so that typing replaces it. */
    public static final String NEW_TITLE = StoryShelf.UNTITLED;

    private final EditorStories stories;
    private final ReadOnlyObjectWrapper<Story> current = new ReadOnlyObjectWrapper<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty lede = new SimpleStringProperty("");
    private final BooleanProperty serialComma = new SimpleBooleanProperty(true);
    private final ReadOnlyIntegerWrapper titleRequests = new ReadOnlyIntegerWrapper();
    private final ObservableList<StoryChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoryChoice> currentChoice = new ReadOnlyObjectWrapper<>();
    private boolean showing;
    private boolean awaitingNewStory;
    private final FieldVisit<Story> textVisit;

    public StoryBarModel(OpenStory story, EditorStories stories) {
        this.stories = Objects.requireNonNull(stories);
        this.textVisit = story.editor().storyTextVisit();
        stories.list().addListener((ListChangeListener<Story>) change -> followStories());
        followStories();
        story.documentProperty().addListener((observable, old, now) -> show(old, now));
        show(null, story.documentProperty().get());
        // Only the user's own changes become edits; the document's own changes arrive through show().
        title.addListener((observable, old, now) -> {
            if (!showing) {
                story.editor().typeTitle(now);
            }
        });
        lede.addListener((observable, old, now) -> {
            if (!showing) {
                story.editor().typeLede(now);
            }
        });
        serialComma.addListener((observable, old, now) -> {
            if (!showing) {
                story.editor().setSerialComma(now);
            }
        });
    }

    /**
     * Mirrors the session's story list in {@link #choices()}: a renamed story keeps its entry, which only
     * changes its name; the list itself changes only when stories are added, removed or reordered.
     */
    private void followStories() {
        Map<Long, StoryChoice> known = new HashMap<>();
        choices.forEach(choice -> known.put(choice.storyId(), choice));
        List<StoryChoice> wanted = new ArrayList<>();
        for (Story story : stories.list()) {
            StoryChoice choice = known.computeIfAbsent(story.id(), id -> new StoryChoice(id, displayName(story)));
            choice.rename(displayName(story));
            wanted.add(choice);
        }
        if (!wanted.equals(choices)) {
            choices.setAll(wanted);
        }
        followCurrentChoice();
    }

    private void followCurrentChoice() {
        Story open = current.get();
        currentChoice.set(open == null ? null
                : choices.stream().filter(choice -> choice.storyId() == open.id()).findFirst().orElse(null));
    }

    private void show(StoryDocument old, StoryDocument now) {
        Story story = now == null ? null : now.story();
        current.set(story);
        followCurrentChoice();
        if (story == null) {
            return;
        }
        showing = true;
        try {
            if (!story.title().equals(title.get())) {
                title.set(story.title());
            }
            if (!story.lede().equals(lede.get())) {
                lede.set(story.lede());
            }
            serialComma.set(story.style().serialComma());
        } finally {
            showing = false;
        }
        boolean otherStory = old == null || old.story().id() != story.id();
        if (awaitingNewStory && otherStory) {
            awaitingNewStory = false;
            titleRequests.set(titleRequests.get() + 1);
        }
    }

    // ---- text edits

    /** Remembers the story as it is before the user edits the title or the lede. */
    public void beginTextEdit() {
        textVisit.begin();
    }

    /** Puts the title or lede change since {@link #beginTextEdit()} into the undo history as one step. */
    public void finishTextEdit() {
        textVisit.end();
    }

    /** The visit the title and the lede share: one undo step, closed before any structural command. */
    FieldVisit<Story> textVisit() {
        return textVisit;
    }

    // ---- story commands

    /** Opens a story chosen in the story list. */
    public void open(Story story) {
        if (story != null) {
            stories.open(story.id());
        }
    }

    /** Opens a story chosen in the picker. */
    public void open(StoryChoice choice) {
        if (choice != null) {
            stories.open(choice.storyId());
        }
    }

    /** Creates a story and opens it; once it is open, the title field is asked to take focus. */
    public void newStory() {
        awaitingNewStory = true;
        stories.create(NEW_TITLE);
    }

    public void duplicateStory() {
        if (current.get() != null) {
            stories.duplicateOpen();
        }
    }

    /** Asks the view to put the caret in the title, which is the story's name. */
    public void rename() {
        titleRequests.set(titleRequests.get() + 1);
    }

    /** Deletes the open story at once; views ask the user first ({@link #deleteQuestion()}). */
    public void deleteStory() {
        if (current.get() != null) {
            stories.delete(current.get().id());
        }
    }

    /** The question a confirmation asks before {@link #deleteStory()}: "Delete “Market vote”?". */
    public String deleteQuestion() {
        return "Delete \u201c" + displayName(current.get()) + "\u201d?";
    }

    public String deleteDetails() {
        return "The story, its facts and its narratives are removed from the project. This cannot be undone.";
    }

    /** How a story is named in lists: its title, or a stand-in while it has none. */
    public static String displayName(Story story) {
        if (story == null) {
            return "";
        }
        return story.title().isBlank() ? NEW_TITLE : story.title().strip();
    }

    // ---- state

    public ObservableList<Story> stories() {
        return stories.list();
    }

    /** The picker's entries, in the project's order; an entry stays the same object while its story lives. */
    public ObservableList<StoryChoice> choices() {
        return choices;
    }

    /** The picker's entry of the open story, or null. */
    public ReadOnlyObjectProperty<StoryChoice> currentChoiceProperty() {
        return currentChoice.getReadOnlyProperty();
    }

    /** The open story, or null before a project is open. */
    public ReadOnlyObjectProperty<Story> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty ledeProperty() {
        return lede;
    }

    public BooleanProperty serialCommaProperty() {
        return serialComma;
    }

    /** Ticks each time the title field should take focus with its text selected (rename, a new story). */
    public ReadOnlyIntegerProperty titleRequestsProperty() {
        return titleRequests.getReadOnlyProperty();
    }

}

package org.factdesk.ui.story;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One story in the story picker: its id and the name it is listed under. The name changes in place when the
 * title is typed, so the picker's list keeps the same entry: replacing a combo box's selected entry makes its
 * popup list drop the selection and the picker goes blank. Identity equality on purpose. JavaFX thread.
 */
public final class StoryChoice {

    private final long storyId;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();

    StoryChoice(long storyId, String name) {
        this.storyId = storyId;
        this.name.set(name);
    }

    public long storyId() {
        return storyId;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    void rename(String newName) {
        name.set(newName);
    }

    @Override
    public String toString() {
        return name.get();
    }
}

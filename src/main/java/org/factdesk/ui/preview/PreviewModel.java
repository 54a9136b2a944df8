package org.factdesk.ui.preview;

import java.time.Duration;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.factdesk.logic.export.HtmlExport;
import org.factdesk.logic.export.PlainTextExport;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.OpenStory;

/**
 * View-model of the story preview: the story in the house format as the preview shows it. While the editor
 * types, a change waits for a pause ({@link #PAUSE}) so the preview does not rebuild on every keystroke; the
 * view owns the timer, restarts it on every {@link #waitingChangesProperty() waiting change} and calls
 * {@link #showLatest()} when it runs out. Another story, or the first one, is shown at once. Holds no
 * controls. JavaFX thread.
 */
public final class PreviewModel {

    /** How long typing must pause before the preview catches up. */
    public static final Duration PAUSE = Duration.ofMillis(300);

    private final OpenStory story;
    private final ReadOnlyObjectWrapper<FormattedStory> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper waitingChanges = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper behind = new ReadOnlyBooleanWrapper();
    private long shownStoryId;

    public PreviewModel(OpenStory story) {
        this.story = Objects.requireNonNull(story);
        story.formattedProperty().addListener((observable, old, now) -> changed());
        showLatest();
    }

    private void changed() {
        StoryDocument document = story.documentProperty().get();
        if (shown.get() == null || document == null || document.story().id() != shownStoryId) {
            showLatest();
        } else {
            behind.set(true);
            waitingChanges.set(waitingChanges.get() + 1);
        }
    }

    /** Shows the story as it is now; the view calls this when the pause in typing has run out. */
    public void showLatest() {
        StoryDocument document = story.documentProperty().get();
        shownStoryId = document == null ? 0 : document.story().id();
        shown.set(story.formattedProperty().get());
        behind.set(false);
    }

    /** The open story in house-format plain text, as it is now, for the clipboard. */
    public String plainText() {
        FormattedStory latest = story.formattedProperty().get();
        return latest == null ? "" : PlainTextExport.render(latest);
    }

    /**
     * The open story as the HTML export writes it, as it is now, for the clipboard: the same renderer as
     * File > Export story > HTML, so a paste and an exported file hold the same page.
     */
    public String html() {
        FormattedStory latest = story.formattedProperty().get();
        return latest == null ? "" : HtmlExport.render(latest);
    }

    /** What the preview shows; null before a project is open. */
    public ReadOnlyObjectProperty<FormattedStory> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** Ticks on each change that waits for a pause in typing. */
    public ReadOnlyIntegerProperty waitingChangesProperty() {
        return waitingChanges.getReadOnlyProperty();
    }

    /** True while a change waits to be shown. */
    public ReadOnlyBooleanProperty behindProperty() {
        return behind.getReadOnlyProperty();
    }

}

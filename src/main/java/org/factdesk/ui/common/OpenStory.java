package org.factdesk.ui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.factdesk.logic.command.CommandStack;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.logic.command.StoryEditor;
import org.factdesk.logic.command.StoryWorkspace;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;

/**
 * The open story as the editor sees it: its document (changes show at once and reach the file in order through
 * the project's queue), its house-format rendering, the {@link StoryEditor} that changes it with one undo
 * history, and the two commands that turn the selected passage into a fact or a citation. JavaFX thread.
 */
public final class OpenStory implements StoryWorkspace {

    private final OpenProject project;
    private final EditorSelection selection;
    private final EditorSources sources;
    private final ReadOnlyObjectWrapper<StoryDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FormattedStory> formatted = new ReadOnlyObjectWrapper<>();
    private final CommandStack history;
    private final StoryEditor editor;
    private long nextLocalId = -1;

    OpenStory(OpenProject project, EditorSelection selection, EditorSources sources, CommandStack history) {
        this.project = Objects.requireNonNull(project);
        this.selection = Objects.requireNonNull(selection);
        this.sources = Objects.requireNonNull(sources);
        this.history = Objects.requireNonNull(history);
        this.editor = new StoryEditor(this, history);
        history.addListener(this::keepAFactSelected);
        document.addListener((observable, old, now) -> formatted.set(now == null ? null : HouseFormat.format(now)));
    }

    /** Opens another story: a fresh undo history, no passage selected and its first fact selected. */
    void open(StoryDocument story) {
        history.clear();
        selection.clearPassage();
        document.set(story);
        selection.selectFact(story.facts().isEmpty() ? 0 : story.facts().get(0).id());
    }

    /** A source's details changed: the story shows them (in its citations and Sources line) at once. */
    void sourceEdited(Source edited) {
        if (document.get() != null) {
            document.set(document.get().withSource(edited));
        }
    }

    /** True when the story with this id is the open one. */
    boolean isOpen(long storyId) {
        return document.get() != null && document.get().story().id() == storyId;
    }

    // ---- facts from the selected passage

    /** Makes a new fact from the selected passage, after the selected fact (or at the end). */
    public void newFactFromSelection() {
        Passage passage = selection.selectedPassageProperty().get();
        if (passage == null || document.get() == null) {
            return;
        }
        int selected = document.get().indexOfFact(selection.selectedFactIdProperty().get());
        int position = selected < 0 ? document.get().facts().size() : selected + 1;
        selection.selectFact(editor.newFact(position, passage));
    }

    /** Adds the selected passage as another citation of the selected fact. */
    public void citeSelection() {
        Passage passage = selection.selectedPassageProperty().get();
        long factId = selection.selectedFactIdProperty().get();
        if (passage == null || document.get() == null || document.get().indexOfFact(factId) < 0) {
            return;
        }
        editor.citePassage(factId, passage);
    }

    /** Opens the source of a citation and asks the source pane to show and flash the passage. */
    public void reveal(long sourceId, Long excerptId) {
        Source owner = sources.find(sourceId).orElse(null);
        Excerpt excerpt = excerptId == null ? null : document.get().excerpts().get(excerptId);
        selection.reveal(owner, excerpt);
    }

    /** An undone "new fact" takes the selected fact away; keep a fact selected so "Cite selection" still works. */
    private void keepAFactSelected() {
        StoryDocument current = document.get();
        if (current != null && current.indexOfFact(selection.selectedFactIdProperty().get()) < 0) {
            selection.selectFact(current.facts().isEmpty() ? 0
                    : current.facts().get(current.facts().size() - 1).id());
        }
    }

    // ---- StoryWorkspace

    @Override
    public StoryDocument document() {
        return document.get();
    }

    @Override
    public void show(StoryDocument changed) {
        document.set(changed);
    }

    @Override
    public ProjectQueue queue() {
        return project.queue();
    }

    @Override
    public long newLocalId() {
        return nextLocalId--;
    }

    // ---- observable state

    public StoryEditor editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<StoryDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FormattedStory> formattedProperty() {
        return formatted.getReadOnlyProperty();
    }
}

package org.factdesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.command.CommandStack;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.logic.command.StoryEditor;
import org.factdesk.logic.command.StoryWorkspace;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.logic.story.StoryCopy;
import org.factdesk.model.Excerpt;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFiles;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * The one editor session every pane observes: the open project, its stories and sources, the open story as
 * the editor sees it (changes show at once and reach the file in order through a {@link ProjectQueue}), the
 * {@link EditorSelection selection} and the {@link HistoryState history state}, which it builds and hands out.
 * Panes never talk to each other, only to this and its parts.
 * Used on the JavaFX thread; project work runs on the project thread and its results come back through the
 * UI executor, so tests can drive it without the toolkit.
 */
public final class EditorSession implements StoryWorkspace {

    private final OpenProject project;
    private final TaskRunner tasks;
    private final EditorSources sources;
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoryDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FormattedStory> formatted = new ReadOnlyObjectWrapper<>();
    private final EditorSelection selection = new EditorSelection();

    private final CommandStack history = new CommandStack();
    private final HistoryState historyState = new HistoryState(history);
    private final StoryEditor editor = new StoryEditor(this, history);
    private long nextLocalId = -1;

    /**
     * @param projectThread runs project work one task at a time, in order
     * @param tasks runs the panes' other background work and brings every result back to the JavaFX thread
     */
    public EditorSession(ProjectFiles files, Executor projectThread, TaskRunner tasks, ErrorReporter errors) {
        this.tasks = tasks;
        this.project = new OpenProject(files, projectThread, tasks.uiThread(), errors, this::showView);
        this.sources = new EditorSources(project, selection, this::sourceEdited);
        history.addListener(this::keepAFactSelected);
        document.addListener((observable, old, now) -> formatted.set(now == null ? null : HouseFormat.format(now)));
    }

    // ---- opening and closing

    /** Opens a project file and shows it; see {@link OpenProject#open}. */
    public CompletableFuture<Project> open(Path file, boolean create, long storyId) {
        return project.open(file, create, storyId);
    }

    /** Finishes the writes and closes the project; see {@link OpenProject#closeCurrent}. */
    public void closeCurrent() {
        project.closeCurrent();
    }

    private void sourceEdited(Source edited) {
        document.set(document.get().withSource(edited));
    }

    private void showView(ProjectView view) {
        stories.setAll(view.stories());
        sources.showAll(view.sources());
        showStory(view.story());
    }

    private void showStory(StoryDocument story) {
        history.clear();
        selection.clearPassage();
        document.set(story);
        selection.selectFact(story.facts().isEmpty() ? 0 : story.facts().get(0).id());
    }

    // ---- stories

    public void openStory(long storyId) {
        if (document.get() != null && document.get().story().id() == storyId) {
            return;
        }
        run("Opening story…", p -> p.stories().loadStory(storyId), this::showStory);
    }

    public void createStory(String title) {
        run("Creating story…", p -> {
            Story story = p.stories().createStory(title, "", HouseStyle.DEFAULT);
            return p.stories().loadStory(story.id());
        }, created -> {
            stories.add(created.story());
            showStory(created);
        });
    }

    /** Copies the open story with its facts, citations and narratives, and opens the copy. */
    public void duplicateStory() {
        StoryDocument original = document.get();
        run("Duplicating story…", p -> p.stories().loadStory(StoryCopy.duplicate(p, original.story().id())), copy -> {
            stories.add(copy.story());
            showStory(copy);
        });
    }

    /** Deletes a story; if it was open, opens another one (or a new empty one). */
    public void deleteStory(long storyId) {
        boolean wasOpen = document.get() != null && document.get().story().id() == storyId;
        run("Deleting story…", p -> {
            p.stories().deleteStory(storyId);
            if (!wasOpen) {
                return null;
            }
            List<Story> rest = p.stories().stories();
            long next = rest.isEmpty() ? p.stories().createStory("Untitled story", "", HouseStyle.DEFAULT).id()
                    : rest.get(0).id();
            return p.stories().loadStory(next);
        }, next -> {
            stories.removeIf(story -> story.id() == storyId);
            if (next != null) {
                if (stories.stream().noneMatch(story -> story.id() == next.story().id())) {
                    stories.add(next.story());
                }
                showStory(next);
            }
        });
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

    // ---- undo

    public void undo() {
        historyState.undo();
    }

    public void redo() {
        historyState.redo();
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
        Story before = document.get() == null ? null : document.get().story();
        document.set(changed);
        if (!changed.story().equals(before)) {
            stories.replaceAll(story -> story.id() == changed.story().id() ? changed.story() : story);
        }
    }

    @Override
    public ProjectQueue queue() {
        return project.queue();
    }

    @Override
    public long newLocalId() {
        return nextLocalId--;
    }

    // ---- background work

    private <T> void run(String what, Function<Project, T> work, Consumer<T> then) {
        project.run(what, work, then);
    }

    // ---- observable state

    public StoryEditor editor() {
        return editor;
    }

    /** The open project, its queue and the work in progress. */
    public OpenProject project() {
        return project;
    }

    /** Runs the panes' background work that is not project work: file reading, text preparation. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** The open project's sources. */
    public EditorSources library() {
        return sources;
    }

    public ObservableList<Story> stories() {
        return stories;
    }

    public ReadOnlyObjectProperty<StoryDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FormattedStory> formattedProperty() {
        return formatted.getReadOnlyProperty();
    }

    /** The selection; panes change it only through its intention methods. */
    public EditorSelection selection() {
        return selection;
    }

    /** The undo history's state for menus and the status line. */
    public HistoryState history() {
        return historyState;
    }
}

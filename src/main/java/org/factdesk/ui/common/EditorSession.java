package org.factdesk.ui.common;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.factdesk.logic.command.CommandStack;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFiles;
import org.factdesk.model.Source;

/**
 * The one editor session every pane observes, built of its parts: the {@link OpenProject open project} and its
 * queue, the {@link EditorStories stories}, the {@link OpenStory open story} with its editor, the
 * {@link EditorSources sources}, the {@link EditorSelection selection}, the {@link HistoryState history state},
 * the {@link ProjectSearch search index} and the {@link TaskRunner task runner}. It builds the parts, wires them
 * to each other and hands them out; each view-model takes only the parts it uses, and panes never talk to each
 * other (ADR 0011).
 * Used on the JavaFX thread; project work runs on the project thread and its results come back through the
 * UI executor, so tests can drive it without the toolkit.
 */
public final class EditorSession {

    private final TaskRunner tasks;
    private final OpenProject project;
    private final EditorSelection selection = new EditorSelection();
    private final EditorSources sources;
    private final OpenStory story;
    private final EditorStories stories;
    private final HistoryState history;
    private final ProjectSearch search;

    /**
     * @param projectThread runs project work one task at a time, in order
     * @param tasks runs the panes' other background work and brings every result back to the JavaFX thread
     */
    public EditorSession(ProjectFiles files, Executor projectThread, TaskRunner tasks, ErrorReporter errors) {
        this.tasks = tasks;
        this.project = new OpenProject(files, projectThread, tasks.uiThread(), errors, this::showView);
        CommandStack commands = new CommandStack();
        this.history = new HistoryState(commands);
        this.search = new ProjectSearch(tasks);
        this.sources = new EditorSources(project, selection, this::sourceEdited, search);
        this.story = new OpenStory(project, selection, sources, commands);
        this.stories = new EditorStories(project, story);
    }

    /** Opens a project file and shows it; see {@link OpenProject#open}. */
    public CompletableFuture<Project> open(Path file, boolean create, long storyId) {
        return project.open(file, create, storyId);
    }

    /** Finishes the writes and closes the project; see {@link OpenProject#closeCurrent}. */
    public void closeCurrent() {
        project.closeCurrent();
    }

    /** An edited source's details show at once in the open story's citations and Sources line. */
    private void sourceEdited(Source edited) {
        story.sourceEdited(edited);
    }

    private void showView(ProjectView view) {
        stories.showAll(view.stories());
        sources.showAll(view.sources());
        search.rebuild(project.queue(), view.sources());
        story.open(view.story());
    }

    /** The open project, its queue and the work in progress. */
    public OpenProject project() {
        return project;
    }

    /** The open story, its editor and the commands on the selected passage. */
    public OpenStory story() {
        return story;
    }

    /** The open project's stories. */
    public EditorStories stories() {
        return stories;
    }

    /** The open project's sources. */
    public EditorSources library() {
        return sources;
    }

    /** The selection; panes change it only through its intention methods. */
    public EditorSelection selection() {
        return selection;
    }

    /** The undo history's state for menus and the status line. */
    public HistoryState history() {
        return history;
    }

    /** The open project's search index, built in the background and kept current (ADR 0015). */
    public ProjectSearch search() {
        return search;
    }

    /** Runs the panes' background work that is not project work: file reading, text preparation. */
    public TaskRunner tasks() {
        return tasks;
    }
}

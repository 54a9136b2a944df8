package org.factdesk.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
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
import org.factdesk.model.SourceDraft;
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

    private final ProjectFiles files;
    private final Executor projectThread;
    private final Executor uiThread;
    private final ErrorReporter errors;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Story> stories = FXCollections.observableArrayList();
    private final ObservableList<Source> sources = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StoryDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FormattedStory> formatted = new ReadOnlyObjectWrapper<>();
    private final EditorSelection selection = new EditorSelection();
    private final IntegerProperty pendingWork = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    private final CommandStack history = new CommandStack();
    private final HistoryState historyState = new HistoryState(history);
    private final StoryEditor editor = new StoryEditor(this, history);
    private volatile ProjectQueue queue;
    private long nextLocalId = -1;
    private boolean savingFailed;

    /**
     * @param projectThread runs project work one task at a time, in order
     * @param uiThread runs results on the JavaFX thread ({@code Platform::runLater}; in tests, the caller)
     */
    public EditorSession(ProjectFiles files, Executor projectThread, Executor uiThread, ErrorReporter errors) {
        this.files = Objects.requireNonNull(files);
        this.projectThread = Objects.requireNonNull(projectThread);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.errors = Objects.requireNonNull(errors);
        history.addListener(this::keepAFactSelected);
        document.addListener((observable, old, now) -> formatted.set(now == null ? null : HouseFormat.format(now)));
    }

    // ---- opening and closing

    /**
     * Opens (or creates) a project file in the background and shows it, with {@code storyId} open if it still
     * exists. Completes with the project once it is shown; fails with the reason if it cannot be opened, in
     * which case the project open before stays open.
     */
    public CompletableFuture<Project> open(Path file, boolean create, long storyId) {
        begin("Opening " + file.getFileName() + "…");
        CompletableFuture<Project> shown = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> openFile(file, create), projectThread).thenAcceptAsync(newProject -> {
            ProjectView view;
            try {
                view = ProjectView.load(newProject, storyId);
            } catch (RuntimeException e) {
                // The file opened but its stories could not be read: do not keep it open (and locked) behind us.
                newProject.close();
                throw e;
            }
            uiThread.execute(() -> {
                try {
                    switchTo(newProject, view);
                    shown.complete(newProject);
                } catch (RuntimeException e) {
                    shown.completeExceptionally(e);
                } finally {
                    end();
                }
            });
        }, projectThread).exceptionally(problem -> {
            uiThread.execute(() -> {
                end();
                shown.completeExceptionally(problem);
            });
            return null;
        });
        return shown;
    }

    private Project openFile(Path file, boolean create) {
        try {
            return create ? files.openOrCreate(file) : files.open(file);
        } catch (org.factdesk.model.ProjectFileException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    /** Shows the new project; the old one finishes its writes and closes on the project thread, not here. */
    @SuppressWarnings("FutureReturnValueIgnored") // the chain ends in whenComplete, which reports
    private void switchTo(Project newProject, ProjectView view) {
        ProjectQueue old = queue;
        queue = new ProjectQueue(newProject, projectThread, this::writeFailed);
        savingFailed = false;
        project.set(newProject);
        showView(view);
        if (old != null) {
            // A close that fails (the lock marker stays, the file was not compacted) must not vanish.
            old.flush().thenRunAsync(old.project()::close, projectThread).whenComplete((ignored, problem) -> {
                if (problem != null) {
                    uiThread.execute(() -> errors.report("Closing the previous project", problem));
                }
            });
        }
    }

    private void showView(ProjectView view) {
        stories.setAll(view.stories());
        sources.setAll(view.sources());
        selection.selectSource(view.sources().isEmpty() ? null : view.sources().get(0));
        showStory(view.story());
    }

    private void showStory(StoryDocument story) {
        history.clear();
        selection.clearPassage();
        document.set(story);
        selection.selectFact(story.facts().isEmpty() ? 0 : story.facts().get(0).id());
    }

    /** Finishes every queued write and closes the project; blocks, so call it when the window is closing. */
    /**
     * Waits, at most {@code limit}, until every write queued so far has reached the project. For the exit hook:
     * callable from any thread, touches no property and never waits for the JavaFX thread.
     */
    public void finishPendingWrites(java.time.Duration limit) {
        ProjectQueue current = queue;
        if (current == null) {
            return;
        }
        try {
            current.flush().get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // A failed write was reported when it failed; past the limit the store closes what it has.
        }
    }

    public void closeCurrent() {
        if (queue == null) {
            return;
        }
        Project closing = queue.project();
        queue.flush().thenRunAsync(closing::close, projectThread).join();
        queue = null;
        project.set(null);
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

    // ---- sources

    public void addSource(SourceDraft draft) {
        run("Adding source…", p -> p.library().addSource(draft), added -> {
            sources.add(added);
            selection.selectSource(added);
        });
    }

    public void addSources(List<SourceDraft> drafts) {
        run("Adding " + drafts.size() + " sources…", p -> p.inTransaction(() -> drafts.stream()
                .map(draft -> p.library().addSource(draft)).toList()), added -> {
                    sources.addAll(added);
                    if (!added.isEmpty()) {
                        selection.selectSource(added.get(added.size() - 1));
                    }
                });
    }

    public void updateSource(Source edited) {
        queue.write((p, ids) -> p.library().updateSource(edited));
        sources.replaceAll(source -> source.id() == edited.id() ? edited : source);
        Source selected = selection.selectedSourceProperty().get();
        if (selected != null && selected.id() == edited.id()) {
            selection.selectSource(edited);
        }
        document.set(document.get().withSource(edited));
    }

    /** The full text of a source, read in the background. */
    public CompletableFuture<String> sourceText(long sourceId) {
        return read("Reading source…", p -> p.library().sourceText(sourceId));
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
        Source owner = sources.stream().filter(source -> source.id() == sourceId).findFirst().orElse(null);
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
        if (queue == null) {
            throw new IllegalStateException("no project is open");
        }
        return queue;
    }

    @Override
    public long newLocalId() {
        return nextLocalId--;
    }

    // ---- background work

    /** Runs {@code work} on the project thread, then {@code then} on the UI thread; failures are reported. */
    @SuppressWarnings("FutureReturnValueIgnored") // read() reports failures; then.accept catches its own
    public <T> void run(String what, Function<Project, T> work, java.util.function.Consumer<T> then) {
        read(what, work).thenAccept(result -> {
            try {
                then.accept(result);
            } catch (RuntimeException e) {
                errors.report(what.replace("…", ""), e);
            }
        });
    }

    /**
     * Runs file work that needs no open project (a recovery) on the project thread, showing {@code what} as the
     * activity meanwhile; the future completes on the UI thread. Failures are reported, and also fail the future.
     */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete hands every outcome to `done` and the reporter
    public <T> CompletableFuture<T> fileWork(String what, java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        begin(what);
        CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, projectThread).whenComplete((result, problem) -> uiThread.execute(() -> {
            end();
            if (problem != null) {
                errors.report(what.replace("…", ""), problem);
                done.completeExceptionally(problem);
            } else {
                done.complete(result);
            }
        }));
        return done;
    }

    /** Reads on the project thread; the future completes on the UI thread. Failures are also reported. */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete hands every outcome to `done` and the reporter
    public <T> CompletableFuture<T> read(String what, Function<Project, T> work) {
        ProjectQueue current = queue();
        CompletableFuture<T> done = new CompletableFuture<>();
        begin(what);
        current.read(work).whenComplete((result, problem) -> uiThread.execute(() -> {
            end();
            if (problem != null) {
                errors.report(what.replace("…", ""), problem);
                done.completeExceptionally(problem);
            } else {
                done.complete(result);
            }
        }));
        return done;
    }

    /**
     * Tells the user once that the file no longer holds what the window shows. Later edits usually fail for the
     * same reason; one dialog per keystroke would help no one.
     */
    private void writeFailed(Throwable problem) {
        uiThread.execute(() -> {
            if (savingFailed) {
                return;
            }
            savingFailed = true;
            errors.report("Saving", new UserFacingException("A change could not be saved to the project file ("
                    + UserMessages.describe(problem) + "). The window still shows your work, but the file may "
                    + "not hold all of it: use File > Save a copy as… or copy your text, then reopen the project.",
                    problem));
        });
    }

    /** Tells the user that something finished ("Exported to …"), until the next piece of work starts. */
    public void announce(String message) {
        notice.set(message);
    }

    /** The last thing announced, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    private void begin(String what) {
        notice.set("");
        pendingWork.set(pendingWork.get() + 1);
        activity.set(what);
    }

    private void end() {
        pendingWork.set(Math.max(0, pendingWork.get() - 1));
        if (pendingWork.get() == 0) {
            activity.set("");
        }
    }

    // ---- observable state

    public StoryEditor editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    public ObservableList<Story> stories() {
        return stories;
    }

    public ObservableList<Source> sources() {
        return sources;
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

    public ReadOnlyIntegerProperty pendingWorkProperty() {
        return pendingWork;
    }

    /** What the background is doing now ("Opening story…"), or empty. */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ErrorReporter errors() {
        return errors;
    }

    /** Runs work on the JavaFX thread (in tests, the caller's), for results that come back from elsewhere. */
    public Executor uiThread() {
        return uiThread;
    }
}

package org.factdesk.ui.common;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFiles;

/**
 * The open project and its {@link ProjectQueue}: opening, switching and closing the file, the work in progress
 * ("Opening story…") and the last notice, and the helpers that run project work and bring its result back.
 * Threading: its state lives on the JavaFX thread; file and project work runs on the project thread, and results
 * come back through the UI executor (in tests, the caller's thread).
 */
public final class OpenProject {

    private final ProjectFiles files;
    private final Executor projectThread;
    private final Executor uiThread;
    private final ErrorReporter errors;
    private final Consumer<ProjectView> show;

    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pendingWork = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private volatile ProjectQueue queue;
    private boolean savingFailed;

    /**
     * @param projectThread runs project work one task at a time, in order
     * @param uiThread runs results on the JavaFX thread ({@code Platform::runLater}; in tests, the caller)
     * @param show puts a freshly opened project's stories, sources and story on screen (JavaFX thread)
     */
    OpenProject(ProjectFiles files, Executor projectThread, Executor uiThread, ErrorReporter errors,
            Consumer<ProjectView> show) {
        this.files = Objects.requireNonNull(files);
        this.projectThread = Objects.requireNonNull(projectThread);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.errors = Objects.requireNonNull(errors);
        this.show = Objects.requireNonNull(show);
    }

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
        } catch (ProjectFileException e) {
            throw new CompletionException(e);
        }
    }

    /** Shows the new project; the old one finishes its writes and closes on the project thread, not here. */
    @SuppressWarnings("FutureReturnValueIgnored") // the chain ends in whenComplete, which reports
    private void switchTo(Project newProject, ProjectView view) {
        ProjectQueue old = queue;
        queue = new ProjectQueue(newProject, projectThread, this::writeFailed);
        savingFailed = false;
        project.set(newProject);
        show.accept(view);
        if (old != null) {
            // A close that fails (the lock marker stays, the file was not compacted) must not vanish.
            old.flush().thenRunAsync(old.project()::close, projectThread).whenComplete((ignored, problem) -> {
                if (problem != null) {
                    uiThread.execute(() -> errors.report("Closing the previous project", problem));
                }
            });
        }
    }

    /**
     * Waits, at most {@code limit}, until every write queued so far has reached the project. For the exit hook:
     * callable from any thread, touches no property and never waits for the JavaFX thread.
     */
    public void finishPendingWrites(Duration limit) {
        ProjectQueue current = queue;
        if (current == null) {
            return;
        }
        try {
            current.flush().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A failed write was reported when it failed; past the limit the store closes what it has.
        }
    }

    /** Finishes every queued write and closes the project; blocks, so call it when the window is closing. */
    public void closeCurrent() {
        if (queue == null) {
            return;
        }
        Project closing = queue.project();
        queue.flush().thenRunAsync(closing::close, projectThread).join();
        queue = null;
        project.set(null);
    }

    /** The open project's queue; every write goes through it, in order. */
    public ProjectQueue queue() {
        ProjectQueue current = queue;
        if (current == null) {
            throw new IllegalStateException("no project is open");
        }
        return current;
    }

    /** Runs {@code work} on the project thread, then {@code then} on the UI thread; failures are reported. */
    @SuppressWarnings("FutureReturnValueIgnored") // read() reports failures; then.accept catches its own
    public <T> void run(String what, Function<Project, T> work, Consumer<T> then) {
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
    public <T> CompletableFuture<T> fileWork(String what, Callable<T> work) {
        begin(what);
        return report(what, CompletableFuture.supplyAsync(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, projectThread));
    }

    /** Reads on the project thread; the future completes on the UI thread. Failures are also reported. */
    public <T> CompletableFuture<T> read(String what, Function<Project, T> work) {
        ProjectQueue current = queue();
        begin(what);
        return report(what, current.read(work));
    }

    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete hands every outcome to `done` and the reporter
    private <T> CompletableFuture<T> report(String what, CompletableFuture<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        work.whenComplete((result, problem) -> uiThread.execute(() -> {
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

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The last thing announced, or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
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

}

package org.factdesk.logic.command;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.model.Project;

/**
 * Runs all work on one open project in order, on a single background thread: writes as the editor makes them,
 * reads after every earlier write. The window hands work over and goes on; nothing here ever blocks the
 * caller. Queue from one thread at a time (the JavaFX thread, or the project thread while it owns the queue
 * alone), so that queue order is the order of the edits.
 *
 * <p>Each write is one transaction: all of its changes reach the file or none do, and the id bindings of a write
 * that rolled back are taken back with it.
 */
public final class ProjectQueue {

    private final Project project;
    private final Executor projectThread;
    private final Consumer<Throwable> writeFailures;
    private final IdMap ids = new IdMap();
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);

    /**
     * @param projectThread runs one task at a time, in order (a single-thread executor; in tests, the caller)
     * @param writeFailures told, on the project thread, when a write failed; later writes still run
     */
    public ProjectQueue(Project project, Executor projectThread, Consumer<Throwable> writeFailures) {
        this.project = Objects.requireNonNull(project);
        this.projectThread = Objects.requireNonNull(projectThread);
        this.writeFailures = Objects.requireNonNull(writeFailures);
    }

    public Project project() {
        return project;
    }

    /** Queues a change; a failure goes to the failure listener, never to the caller. */
    public void write(ProjectWrite write) {
        tail = tail.handleAsync((ignored, earlierFailure) -> {
            try {
                project.inTransaction(() -> {
                    write.apply(project, ids);
                    return null;
                });
                ids.keepPending();
            } catch (Throwable e) {
                ids.takeBackPending();
                // Whatever failed, later writes must still run, so nothing may escape into the chain.
                reportQuietly(e);
            }
            return null;
        }, projectThread);
    }

    private void reportQuietly(Throwable failure) {
        try {
            writeFailures.accept(failure);
        } catch (Throwable listenerFailure) {
            failure.addSuppressed(listenerFailure);
        }
    }

    /** Queues a read that sees every earlier write. */
    public <T> CompletableFuture<T> read(Function<Project, T> read) {
        CompletableFuture<T> result = tail.handleAsync((ignored, earlierFailure) -> read.apply(project),
                projectThread);
        tail = result;
        return result;
    }

    /** Completes once everything queued so far has run. */
    public CompletableFuture<Void> flush() {
        return read(p -> null);
    }
}

package org.factdesk.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.logic.search.ProjectSearchIndex;
import org.factdesk.logic.search.SearchQuery;
import org.factdesk.logic.search.SearchResults;
import org.factdesk.logic.task.BackgroundWork;
import org.factdesk.model.Source;

/**
 * The open project's search index as the window uses it: built in the background when a project is shown,
 * kept current as sources are added, edited or their text replaced, and searched in the background (ADR 0015).
 * Changes to the index run one after the other on the task runner's workers, in the order they were asked for,
 * after the build; searches run beside them. Texts for the build are read through the project's queue, one
 * source per read, so edits are never held up behind the whole build. Used on the JavaFX thread; results come
 * back there.
 */
public final class ProjectSearch {

    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();
    private ProjectSearchIndex index = new ProjectSearchIndex();
    /** The index's changes in order: each starts when the one before has ended, however that went. */
    private CompletableFuture<?> changes = CompletableFuture.completedFuture(null);
    private RunningTask<Integer> building;

    ProjectSearch(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks);
    }

    /**
     * Starts a new index for a freshly shown project, with its {@code sources}, whose texts are read through
     * {@code queue}. The previous project's index is closed once its last change has ended.
     */
    @SuppressWarnings("FutureReturnValueIgnored") // closing an in-memory index cannot fail in a way to report
    void rebuild(ProjectQueue queue, List<Source> sources) {
        if (building != null) {
            building.cancel();
        }
        ProjectSearchIndex old = index;
        changes.whenComplete((ignored, problem) -> old.close());
        ProjectSearchIndex fresh = new ProjectSearchIndex();
        index = fresh;
        ready.set(false);
        List<Source> snapshot = List.copyOf(sources);
        changes = CompletableFuture.completedFuture(null);
        change(() -> {
            building = tasks.background(progress -> fresh.addAll(snapshot, id -> readText(queue, id), progress));
            return building;
        }, () -> ready.set(true));
    }

    /**
     * A source's text for the build, read through the project's queue, which is only fed from the JavaFX thread.
     * A text that cannot be read (a damaged source, reported when it is shown) is indexed as empty, so the
     * source is still found by its details.
     */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete hands both outcomes to `text`
    private String readText(ProjectQueue queue, long sourceId) {
        CompletableFuture<String> text = new CompletableFuture<>();
        tasks.uiThread().execute(() -> queue.read(project -> project.library().sourceText(sourceId))
                .whenComplete((read, problem) -> {
                    if (problem != null) {
                        text.complete("");
                    } else {
                        text.complete(read);
                    }
                }));
        try {
            return text.join();
        } catch (CompletionException e) {
            return "";
        }
    }

    /** A source was added with {@code text}. */
    public void sourceAdded(Source source, String text) {
        ProjectSearchIndex target = index;
        changeInBackground(progress -> {
            target.put(source, text);
            return null;
        });
    }

    /** A source's text was replaced by {@code text} (a correction); the index searches the new text. */
    public void textReplaced(Source source, String text) {
        sourceAdded(source, text);
    }

    /** A source's details were edited; its text stays. */
    public void sourceEdited(Source source) {
        ProjectSearchIndex target = index;
        changeInBackground(progress -> {
            target.updateMetadata(source);
            return null;
        });
    }

    private void changeInBackground(BackgroundWork<Void> work) {
        change(() -> tasks.background(work), () -> { });
    }

    /**
     * Queues a change behind the earlier ones. Once it has ended, and if the index is still the project's,
     * {@code ended} runs and the revision ticks (JavaFX thread).
     */
    private void change(Supplier<RunningTask<?>> start, Runnable ended) {
        ProjectSearchIndex target = index;
        changes = changes.handle((ignored, problem) -> null)
                .thenCompose(ignored -> start.get().result())
                .handle((ignored, problem) -> {
                    if (index == target) {
                        ended.run();
                        revision.set(revision.get() + 1);
                    }
                    return null;
                });
    }

    /** Searches the index as it is now, in the background; the result comes back on the JavaFX thread. */
    public RunningTask<SearchResults> search(SearchQuery query, int hitLimit) {
        return read(target -> target.search(query, hitLimit));
    }

    /** The ids of the sources that match {@code query}, found in the background: for the library filter. */
    public RunningTask<Set<Long>> matchingSources(SearchQuery query) {
        return read(target -> target.matchingSources(query));
    }

    private <T> RunningTask<T> read(Function<ProjectSearchIndex, T> search) {
        ProjectSearchIndex target = index;
        return tasks.background(progress -> search.apply(target));
    }

    /** False while the index of the open project is being built; searches meanwhile may miss sources. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Ticks each time the index changed (built, a source added or edited), so shown results can be redone. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}

package org.factdesk.ui.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factdesk.logic.check.CheckReport;
import org.factdesk.logic.check.StoryChecks;
import org.factdesk.logic.check.StorySnapshot;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.model.Project;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserMessages;

/**
 * Runs the checks on the open story's latest state, one run at a time, off the JavaFX thread. The texts of the
 * cited sources are read through the project's queue (so a read sees every earlier write) and kept until a
 * source's text may have changed; the checks run on a worker. A result for a state the editor has since changed
 * is stale: it is dropped and the latest state is checked instead, so a burst of keys costs at most one run
 * behind. Call it, and take its results, on the JavaFX thread.
 */
final class CheckRuns {

    /**
     * What a run found, and the story state it checked.
     *
     * @param unread why a cited source's text could not be read, one sentence each; its quotes and numbers were
     *     checked against no text, so they show as not found rather than pass unseen
     */
    record Outcome(StoryDocument document, CheckReport report, List<String> unread) {
    }

    /** The texts read for a run, and why any could not be. */
    private record Read(Map<Long, String> texts, List<String> unread) {
    }

    private final Supplier<ProjectQueue> queue;
    private final TaskRunner tasks;
    private final Consumer<Outcome> done;
    private final Consumer<Throwable> failed;
    private final Map<Long, String> texts = new HashMap<>();
    /** Null for the standard checks, made on the worker: reading the shipped lexicon is no work for JavaFX. */
    private StoryChecks checks;
    private StoryDocument latest;
    private StoryDocument wanted;
    private boolean running;
    /** Bumped when the texts or the rules change, so that a run started before cannot publish old findings. */
    private long generation;

    CheckRuns(Supplier<ProjectQueue> queue, TaskRunner tasks, Consumer<Outcome> done, Consumer<Throwable> failed) {
        this.queue = Objects.requireNonNull(queue);
        this.tasks = Objects.requireNonNull(tasks);
        this.done = Objects.requireNonNull(done);
        this.failed = Objects.requireNonNull(failed);
    }

    /** Checks {@code document} as soon as the run in progress, if any, has ended. */
    void check(StoryDocument document) {
        latest = Objects.requireNonNull(document);
        wanted = document;
        if (!running) {
            start();
        }
    }

    /** A source's text may have changed (a correction, a source added): read the texts again and check again. */
    void textsChanged() {
        texts.clear();
        generation++;
        again();
    }

    /**
     * Checks with other rules from now on (the project's wording changed), and checks the story again; null for
     * the standard checks with the shipped lexicon.
     */
    void useChecks(StoryChecks rules) {
        checks = rules;
        generation++;
        again();
    }

    /** Another project or no story: forget everything; a run in progress publishes nothing. */
    void forget() {
        texts.clear();
        latest = null;
        wanted = null;
        generation++;
    }

    private void again() {
        if (latest != null) {
            check(latest);
        }
    }

    @SuppressWarnings("FutureReturnValueIgnored") // every outcome, failures included, is handled in the callbacks
    private void start() {
        StoryDocument document = wanted;
        wanted = null;
        if (document == null) {
            return;
        }
        running = true;
        long startedIn = generation;
        Set<Long> missing = new LinkedHashSet<>(document.sources().keySet());
        missing.removeAll(texts.keySet());
        readTexts(missing).whenCompleteAsync((read, readFailure) -> {
            if (readFailure != null) {
                end(startedIn, () -> failed.accept(readFailure));
                return;
            }
            if (startedIn == generation && read.unread().isEmpty()) {
                texts.putAll(read.texts());
            }
            Map<Long, String> cited = new LinkedHashMap<>();
            for (Long sourceId : document.sources().keySet()) {
                cited.put(sourceId, read.texts().containsKey(sourceId) ? read.texts().get(sourceId)
                        : texts.getOrDefault(sourceId, ""));
            }
            StorySnapshot snapshot = new StorySnapshot(document, cited);
            StoryChecks rules = checks;
            tasks.background(progress -> (rules != null ? rules : new StoryChecks()).run(snapshot)).result()
                    .whenComplete((report, checkFailure) ->
                    end(startedIn, () -> {
                        if (checkFailure != null) {
                            failed.accept(checkFailure);
                        } else {
                            done.accept(new Outcome(document, report, read.unread()));
                        }
                    }));
        }, tasks.uiThread());
    }

    /** Publishes unless the result is stale, then checks the state that came in meanwhile. */
    private void end(long startedIn, Runnable publish) {
        running = false;
        if (wanted == null && startedIn == generation) {
            publish.run();
        }
        start();
    }

    /** Each text on its own: one source damaged in the file must not stop the checks of the others. */
    private CompletableFuture<Read> readTexts(Set<Long> sourceIds) {
        if (sourceIds.isEmpty()) {
            return CompletableFuture.completedFuture(new Read(Map.of(), List.of()));
        }
        return queue.get().read((Project project) -> {
            Map<Long, String> read = new HashMap<>();
            List<String> unread = new ArrayList<>();
            for (Long sourceId : sourceIds) {
                try {
                    read.put(sourceId, project.library().sourceText(sourceId));
                } catch (RuntimeException damaged) {
                    read.put(sourceId, "");
                    unread.add(UserMessages.describe(damaged));
                }
            }
            return new Read(read, unread);
        });
    }
}

package org.factdesk.ui.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.factdesk.logic.duplicates.DuplicateSources;
import org.factdesk.logic.importing.BatchFiles;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.OpenProject;
import org.factdesk.ui.common.RunningTask;
import org.factdesk.ui.common.TaskRunner;

/**
 * The window's side of a file import: runs a {@link SourceFileImport} batch as a listed background task, and
 * does for its worker what only the JavaFX thread may do (read the project's sources, ask the editor about a
 * copy, show an import for review, save a source with its original) while the worker waits; then selects what came in and reports the outcome. Start it on
 * the JavaFX thread.
 */
final class WindowFileImport {

    private final EditorSources library;
    private final EditorSelection selection;
    private final OpenProject project;
    private final TaskRunner tasks;
    private final Supplier<SourceDialogs> dialogs;
    private final SourceFileImport fileImport;
    private final ImportResults results = new ImportResults();

    /** @param dialogs the pane's dialogs as they are when a question comes up */
    WindowFileImport(EditorSources library, EditorSelection selection, OpenProject project, TaskRunner tasks,
            SourceFileImport.FileReading reader, Supplier<SourceDialogs> dialogs) {
        this.library = Objects.requireNonNull(library);
        this.selection = Objects.requireNonNull(selection);
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.fileImport = new SourceFileImport(reader, this::saveFromWorker, new DuplicatesFromWorker(),
                this::reviewFromWorker);
    }

    /**
     * Adds the files as sources, one after the other; each file that cannot be read is reported, and the others
     * still come in. The last one added is selected, unless the editor chose another source while they came in.
     */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    RunningTask<SourceFileImport.Outcome> start(List<Path> files) {
        List<Path> batch = List.copyOf(files);
        Source chosenBefore = selection.selectedSourceProperty().get();
        String title = batch.size() == 1 ? "Adding " + batch.get(0).getFileName() : "Adding " + batch.size()
                + " files";
        ResultsFromWorker listener = new ResultsFromWorker(title);
        RunningTask<SourceFileImport.Outcome> task = tasks.start(title,
                progress -> fileImport.addAll(batch, progress, listener));
        task.result().whenComplete((outcome, problem) -> imported(task, outcome, problem, chosenBefore,
                listener));
        return task;
    }

    /** The last batch's results, a line per file, for the library to show. */
    ImportResults results() {
        return results;
    }

    private void imported(RunningTask<SourceFileImport.Outcome> task, SourceFileImport.Outcome outcome,
            Throwable problem, Source chosenBefore, ResultsFromWorker listener) {
        boolean listed = listener.listed;
        if (listed) {
            results.finish(listener.batch);
        }
        if (problem instanceof CancellationException) {
            project.announce(task.title() + " was cancelled; the files read before it stay added");
            return;
        }
        if (problem != null) {
            project.errors().report("Import source", problem);
            return;
        }
        List<Source> added = outcome.added();
        if (!added.isEmpty() && Objects.equals(chosenBefore, selection.selectedSourceProperty().get())) {
            selection.selectSource(added.get(added.size() - 1));
        }
        if (listed) {
            return; // the results under the library say what came of each file
        }
        List<String> notes = new java.util.ArrayList<>();
        if (!outcome.keptOut().isEmpty()) {
            notes.add("Kept the sources the project has; not added again: " + String.join(", ", outcome.keptOut()));
        }
        if (!outcome.skipped().isEmpty()) {
            notes.add("Skipped: " + String.join(", ", outcome.skipped()));
        }
        if (outcome.stopped() && outcome.files() > 1) { // a lone file's Cancel needs no words
            notes.add("Import stopped; " + added.size() + (added.size() == 1 ? " source" : " sources")
                    + " added before it stay");
        }
        if (!notes.isEmpty()) {
            project.announce(String.join(". ", notes));
        }
        outcome.failures().forEach(failure -> project.errors().report("Import source", failure));
    }

    /**
     * Lists a batch's results under the library, unless the batch is one file: that one is answered as the
     * editor expects of opening a file, by showing it, or by saying in a message why it cannot be.
     */
    private final class ResultsFromWorker implements SourceFileImport.Listener {

        private final String title;
        /** JavaFX thread only; read when the task ends, after every hop the worker made. */
        private boolean listed;
        /** JavaFX thread only: the batch's number in the results. */
        private int batch;

        ResultsFromWorker(String title) {
            this.title = title;
        }

        @Override
        public void started(BatchFiles batch) {
            boolean many = batch.files().size() != 1 || !batch.notes().isEmpty();
            tasks.uiThread().execute(() -> {
                listed = many;
                if (many) {
                    this.batch = results.start(title, batch.files().size());
                }
            });
        }

        @Override
        public void result(ImportResultLine line) {
            tasks.uiThread().execute(() -> {
                if (listed) {
                    results.add(batch, line);
                }
            });
        }
    }

    /** Worker thread: runs {@code work} on the JavaFX thread; the future completes as the stage it starts does. */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete hands both outcomes to `done`
    private <T> CompletableFuture<T> onUiThread(Supplier<? extends CompletionStage<T>> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        tasks.uiThread().execute(() -> {
            CompletionStage<T> started;
            try {
                started = work.get();
            } catch (RuntimeException | LinkageError e) {
                done.completeExceptionally(e); // else the worker would wait for ever
                return;
            }
            started.whenComplete((result, problem) -> {
                if (problem != null) {
                    done.completeExceptionally(problem);
                } else {
                    done.complete(result);
                }
            });
        });
        return done;
    }

    /** Saving one source with its original is queued on the JavaFX thread, as every project write is. */
    private CompletableFuture<Source> saveFromWorker(SourceDraft draft, SourceOriginal original) {
        return onUiThread(() -> library.add(draft, original));
    }

    /** The review is a dialog on the JavaFX thread; the worker waits for the editor's answer. */
    private ImportDecision reviewFromWorker(ImportReview review) throws ExecutionException, InterruptedException {
        return onUiThread(() -> CompletableFuture.completedFuture(dialogs.get().reviewImport(review))).get();
    }

    /** The project's sources are read through its queue, and the editor is asked in a dialog. */
    private final class DuplicatesFromWorker implements SourceFileImport.Duplicates {

        private record Known(long id, String url, String text) {
        }

        @Override
        public DuplicateSources known() throws ExecutionException, InterruptedException {
            List<Known> read = onUiThread(() -> project.read("Looking for articles the project has…",
                    p -> p.library().sources().stream()
                            .map(source -> new Known(source.id(), source.url(), p.library().sourceText(source.id())))
                            .toList())).get();
            DuplicateSources known = new DuplicateSources();
            read.forEach(each -> known.add(each.id(), each.url(), each.text()));
            return known;
        }

        @Override
        public boolean addAnyway(Path file, long existingId) throws ExecutionException, InterruptedException {
            return onUiThread(() -> CompletableFuture.completedFuture(library.find(existingId)
                    .map(existing -> dialogs.get().askToAddDuplicate(file.getFileName().toString(), existing))
                    .orElse(true))).get();
        }
    }
}

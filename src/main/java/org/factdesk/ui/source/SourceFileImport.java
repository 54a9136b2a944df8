package org.factdesk.ui.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.factdesk.logic.cleanup.CleanupProposal;
import org.factdesk.logic.cleanup.ProposedLine;
import org.factdesk.logic.duplicates.DuplicateSources;
import org.factdesk.logic.importing.BatchFiles;
import org.factdesk.logic.importing.ExtractedSource;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.logic.task.TaskProgress;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.model.SourceOriginal;
import org.factdesk.ui.common.UserFacingException;
import org.factdesk.ui.source.cleanup.CleanupLinesModel;

/**
 * Adds a batch of files as sources, one file at a time: reads it, asks the editor when the project already has
 * its article, shows it for review (its clean-up and metadata; see docs/decisions/0017), then has it saved with
 * its original bytes and waits until it is, before reading the next. So one bad file does not stop the others, a cancel stops between two files with
 * every finished file kept, and the project's queue never holds more than one import write, so that a source
 * the editor opens meanwhile is read at once. Runs on a worker thread of the task runner.
 */
final class SourceFileImport {

    /** Reads one file into a draft with its original bytes; blocking file I/O. */
    @FunctionalInterface
    interface FileReading {
        ExtractedSource read(Path file) throws IOException, SourceImportException;
    }

    /** Saves one source with its original; the future completes once both are in the project (any thread). */
    @FunctionalInterface
    interface Saving {
        CompletableFuture<Source> save(SourceDraft draft, SourceOriginal original);
    }

    /** Shows one import to the editor and waits for her answer; blocks. */
    @FunctionalInterface
    interface Review {
        ImportDecision review(ImportReview review) throws ExecutionException, InterruptedException;
    }

    /**
     * What came of a batch: the sources added, why some files could not be, the files kept out as copies, the
     * files the editor skipped, whether she stopped the batch before its end, and a line for each file (and for
     * what a folder left out) in the order they were read.
     *
     * @param files how many files the batch read or meant to read, after its folders were searched
     */
    record Outcome(List<Source> added, List<UserFacingException> failures, List<String> keptOut,
            List<String> skipped, boolean stopped, int files, List<ImportResultLine> lines) {

        Outcome {
            added = List.copyOf(added);
            failures = List.copyOf(failures);
            keptOut = List.copyOf(keptOut);
            skipped = List.copyOf(skipped);
            lines = List.copyOf(lines);
        }
    }

    /** Hears about a batch as it goes: its files once its folders are searched, and each result. */
    interface Listener {

        /** The batch's files, its folders searched; called once, before the first result. */
        void started(BatchFiles batch);

        /** One more line of the results. */
        void result(ImportResultLine line);

        Listener NONE = new Listener() {
            @Override
            public void started(BatchFiles batch) {
            }

            @Override
            public void result(ImportResultLine line) {
            }
        };
    }

    /** How a batch learns which articles the project has, and asks the editor about a copy; both block. */
    interface Duplicates {

        /** The project's sources as fingerprints, read once per batch. */
        DuplicateSources known() throws ExecutionException, InterruptedException;

        /** Asks the editor whether to add {@code file} although the project has its article as source {@code id}. */
        boolean addAnyway(Path file, long existingId) throws ExecutionException, InterruptedException;
    }

    private final FileReading reader;
    private final Saving save;
    private final Duplicates duplicates;
    private final Review review;

    SourceFileImport(FileReading reader, Saving save, Duplicates duplicates, Review review) {
        this.reader = reader;
        this.save = save;
        this.duplicates = duplicates;
        this.review = review;
    }

    Outcome addAll(List<Path> files, TaskProgress progress) throws InterruptedException, ExecutionException {
        return addAll(files, progress, Listener.NONE);
    }

    /**
     * Adds the files, and those in the folders among them ({@link BatchFiles}), reporting each result to
     * {@code listener} as it comes.
     */
    Outcome addAll(List<Path> chosen, TaskProgress progress, Listener listener)
            throws InterruptedException, ExecutionException {
        progress.update(0, chosen.size(), "Looking for the files to add");
        BatchFiles batch = BatchFiles.expand(chosen);
        List<Path> files = batch.files();
        Results results = new Results(listener);
        listener.started(batch);
        batch.notes().forEach(note -> results.line(new ImportResultLine("", ImportResultLine.Outcome.NOTE, note,
                Optional.empty())));
        boolean askEach = true;
        progress.update(0, files.size(), "Looking for articles the project has");
        DuplicateSources known = duplicates.known();
        int i = 0;
        for (; i < files.size() && !progress.cancelled() && !results.stopped; i++) {
            Path file = files.get(i);
            String name = name(file);
            progress.update(i, files.size(), "Reading " + name);
            try {
                ExtractedSource extracted = reader.read(file);
                SourceDraft draft = extracted.draft();
                Optional<Long> original = known.duplicateOf(draft.url(), draft.text());
                if (original.isPresent() && !duplicates.addAnyway(file, original.get())) {
                    results.keptOut(name, original.get());
                    continue;
                }
                Optional<SourceDraft> kept;
                if (askEach) {
                    progress.update(i, files.size(), "Reviewing " + name);
                    ImportDecision decision = review.review(ImportReview.of(extracted, name, i + 1, files.size()));
                    switch (decision.choice()) {
                        case STOP -> results.stoppedAt(name);
                        case SKIP -> results.skipped(name);
                        case ADD_REST_AS_PROPOSED -> askEach = false;
                        case ADD -> { }
                    }
                    kept = decision.draft();
                } else {
                    kept = Optional.of(asProposed(draft, name));
                }
                if (kept.isEmpty()) {
                    continue;
                }
                progress.update(i, files.size(), "Saving " + name);
                Source source;
                try {
                    source = save.save(kept.get(),
                            new SourceOriginal(name, extracted.mediaType(), extracted.original())).get();
                } catch (ExecutionException | CompletionException e) {
                    // The session has reported why the save failed; the batch goes on with the next file.
                    results.line(new ImportResultLine(name, ImportResultLine.Outcome.FAILED,
                            "It could not be saved to the project.", Optional.empty()));
                    continue;
                }
                known.add(source.id(), source.url(), kept.get().text());
                results.added(name, source, kept.get().text());
            } catch (SourceImportException e) {
                results.failed(name, new UserFacingException(e.getMessage(), e));
            } catch (IOException e) {
                results.failed(name, new UserFacingException(name + " could not be read: " + reason(e), e));
            } catch (ExecutionException | CompletionException e) {
                // A question to the editor failed to show; the file is not added, and the others still come.
                results.failed(name, new UserFacingException(name + " was not added: "
                        + org.factdesk.ui.common.UserMessages.describe(e), e));
            }
        }
        for (; i < files.size(); i++) {
            results.line(new ImportResultLine(name(files.get(i)), ImportResultLine.Outcome.NOT_READ,
                    results.stopped ? "The import was stopped before this file."
                            : "The import was cancelled before this file.", Optional.empty()));
        }
        progress.update(files.size(), files.size(), "");
        return results.outcome(files.size());
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }

    /** The batch's results so far, each also told to the listener. */
    private static final class Results {

        private final Listener listener;
        private final List<Source> added = new ArrayList<>();
        private final List<UserFacingException> failures = new ArrayList<>();
        private final List<String> keptOut = new ArrayList<>();
        private final List<String> skipped = new ArrayList<>();
        private final List<ImportResultLine> lines = new ArrayList<>();
        /** The editor stopped the batch in a review. */
        boolean stopped;

        Results(Listener listener) {
            this.listener = listener;
        }

        void line(ImportResultLine line) {
            lines.add(line);
            listener.result(line);
        }

        void added(String file, Source source, String text) {
            added.add(source);
            line(new ImportResultLine(file, ImportResultLine.Outcome.ADDED, "source " + source.id() + ": "
                    + SourceNames.of(source) + ", " + String.format(java.util.Locale.ROOT, "%,d characters",
                            text.codePointCount(0, text.length())), Optional.of(source)));
        }

        void keptOut(String file, long existing) {
            keptOut.add(file + " (source " + existing + ")");
            line(new ImportResultLine(file, ImportResultLine.Outcome.KEPT_OUT, "the same article as source "
                    + existing + ", which is kept.", Optional.empty()));
        }

        void stoppedAt(String file) {
            stopped = true;
            line(new ImportResultLine(file, ImportResultLine.Outcome.NOT_READ, "you stopped the import here.",
                    Optional.empty()));
        }

        void skipped(String file) {
            skipped.add(file);
            line(new ImportResultLine(file, ImportResultLine.Outcome.SKIPPED, "you chose not to add it.",
                    Optional.empty()));
        }

        void failed(String file, UserFacingException problem) {
            failures.add(problem);
            line(new ImportResultLine(file, ImportResultLine.Outcome.FAILED, problem.getMessage(),
                    Optional.empty()));
        }

        Outcome outcome(int files) {
            return new Outcome(added, failures, keptOut, skipped, stopped, files, lines);
        }
    }

    /** The draft with the clean-up proposal applied, for the files the editor let in unasked. */
    private static SourceDraft asProposed(SourceDraft draft, String name) throws SourceImportException {
        List<ProposedLine> lines = CleanupProposal.propose(draft.text());
        String text = CleanupLinesModel.textWithout(draft.text(), lines, CleanupProposal.proposedDrops(lines));
        if (text.isBlank()) {
            throw new SourceImportException(name + " was not added: its clean-up proposal drops every line. "
                    + "Add it on its own to choose the lines to keep.");
        }
        return new SourceDraft(draft.outlet(), draft.title(), draft.author(), draft.url(), draft.published(),
                draft.perspective(), text, draft.importedFrom());
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "it no longer exists.";
        }
        if (e instanceof AccessDeniedException) {
            return "Factdesk is not allowed to read it.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() + "." : e.getMessage() + ".";
    }
}

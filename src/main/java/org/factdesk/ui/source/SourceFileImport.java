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
import java.util.function.Function;
import org.factdesk.logic.duplicates.DuplicateSources;
import org.factdesk.logic.importing.BatchFiles;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.logic.task.TaskProgress;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.common.UserFacingException;

/**
 * Adds a batch of files as sources, one file at a time: reads it, asks the editor when the project already has
 * its article, then has it saved and waits until it is, before reading the next. So one bad file does not stop the others, a cancel stops between two files with
 * every finished file kept, and the project's queue never holds more than one import write, so that a source
 * the editor opens meanwhile is read at once. Runs on a worker thread of the task runner.
 */
final class SourceFileImport {

    /** Reads one file into a draft; blocking file I/O. */
    @FunctionalInterface
    interface FileReading {
        SourceDraft read(Path file) throws IOException, SourceImportException;
    }

    /**
     * What came of a batch: the sources added, why some files could not be, the files kept out as copies, and a
     * line for each file (and for what a folder left out) in the order they were read.
     *
     * @param files how many files the batch read or meant to read, after its folders were searched
     */
    record Outcome(List<Source> added, List<UserFacingException> failures, List<String> keptOut, int files,
            List<ImportResultLine> lines) {

        Outcome {
            added = List.copyOf(added);
            failures = List.copyOf(failures);
            keptOut = List.copyOf(keptOut);
            lines = List.copyOf(lines);
        }
    }

    /** Hears about a batch as it goes: how many files it has once its folders are searched, and each result. */
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
    private final Function<SourceDraft, CompletableFuture<Source>> save;
    private final Duplicates duplicates;

    /** @param save saves one draft as a source; the future completes once it is in the project (any thread) */
    SourceFileImport(FileReading reader, Function<SourceDraft, CompletableFuture<Source>> save,
            Duplicates duplicates) {
        this.reader = reader;
        this.save = save;
        this.duplicates = duplicates;
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
        progress.update(0, files.size(), "Looking for articles the project has");
        DuplicateSources known = duplicates.known();
        int i = 0;
        for (; i < files.size() && !progress.cancelled(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), "Reading " + file.getFileName());
            try {
                SourceDraft draft = reader.read(file);
                Optional<Long> original = known.duplicateOf(draft.url(), draft.text());
                if (original.isPresent() && !duplicates.addAnyway(file, original.get())) {
                    results.keptOut(file, original.get());
                    continue;
                }
                progress.update(i, files.size(), "Saving " + file.getFileName());
                Source source = save.apply(draft).get();
                known.add(source.id(), source.url(), draft.text());
                results.added(file, source, draft.text());
            } catch (SourceImportException e) {
                results.failed(file, new UserFacingException(e.getMessage(), e));
            } catch (IOException e) {
                results.failed(file, new UserFacingException(file.getFileName() + " could not be read: "
                        + reason(e), e));
            } catch (ExecutionException | CompletionException e) {
                // The session has reported why the save failed; the batch goes on with the next file.
                results.line(new ImportResultLine(name(file), ImportResultLine.Outcome.FAILED,
                        "It could not be saved to the project.", Optional.empty()));
                progress.update(i + 1, files.size(), "");
            }
        }
        for (; i < files.size(); i++) {
            results.line(new ImportResultLine(name(files.get(i)), ImportResultLine.Outcome.NOT_READ,
                    "The import was cancelled before this file.", Optional.empty()));
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
        private final List<ImportResultLine> lines = new ArrayList<>();

        Results(Listener listener) {
            this.listener = listener;
        }

        void line(ImportResultLine line) {
            lines.add(line);
            listener.result(line);
        }

        void added(Path file, Source source, String text) {
            added.add(source);
            line(new ImportResultLine(name(file), ImportResultLine.Outcome.ADDED, "source " + source.id() + ": "
                    + SourceNames.of(source) + ", " + String.format(java.util.Locale.ROOT, "%,d characters",
                            text.codePointCount(0, text.length())), Optional.of(source)));
        }

        void keptOut(Path file, long existing) {
            keptOut.add(file.getFileName() + " (source " + existing + ")");
            line(new ImportResultLine(name(file), ImportResultLine.Outcome.KEPT_OUT, "the same article as source "
                    + existing + ", which is kept.", Optional.empty()));
        }

        void failed(Path file, UserFacingException problem) {
            failures.add(problem);
            line(new ImportResultLine(name(file), ImportResultLine.Outcome.FAILED, problem.getMessage(),
                    Optional.empty()));
        }

        Outcome outcome(int files) {
            return new Outcome(added, failures, keptOut, files, lines);
        }
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

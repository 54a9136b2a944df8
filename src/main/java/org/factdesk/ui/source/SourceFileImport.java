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

    /** What came of a batch: the sources added, why some files could not be, and the files kept out as copies. */
    record Outcome(List<Source> added, List<UserFacingException> failures, List<String> keptOut, int files) {

        Outcome {
            added = List.copyOf(added);
            failures = List.copyOf(failures);
            keptOut = List.copyOf(keptOut);
        }
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
        List<Source> added = new ArrayList<>();
        List<UserFacingException> failures = new ArrayList<>();
        List<String> keptOut = new ArrayList<>();
        progress.update(0, files.size(), "Looking for articles the project has");
        DuplicateSources known = duplicates.known();
        for (int i = 0; i < files.size() && !progress.cancelled(); i++) {
            Path file = files.get(i);
            progress.update(i, files.size(), "Reading " + file.getFileName());
            try {
                SourceDraft draft = reader.read(file);
                Optional<Long> original = known.duplicateOf(draft.url(), draft.text());
                if (original.isPresent() && !duplicates.addAnyway(file, original.get())) {
                    keptOut.add(file.getFileName() + " (source " + original.get() + ")");
                    continue;
                }
                progress.update(i, files.size(), "Saving " + file.getFileName());
                Source source = save.apply(draft).get();
                known.add(source.id(), source.url(), draft.text());
                added.add(source);
            } catch (SourceImportException e) {
                failures.add(new UserFacingException(e.getMessage(), e));
            } catch (IOException e) {
                failures.add(new UserFacingException(file.getFileName() + " could not be read: " + reason(e), e));
            } catch (ExecutionException | CompletionException e) {
                // The session has reported why the save failed; the batch goes on with the next file.
                progress.update(i + 1, files.size(), "");
            }
        }
        progress.update(files.size(), files.size(), "");
        return new Outcome(added, failures, keptOut, files.size());
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

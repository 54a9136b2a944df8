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
 * its article, shows it for review (its clean-up and metadata; see docs/decisions/0016), then has it saved with
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
     * files the editor skipped, and whether she stopped the batch before its end.
     */
    record Outcome(List<Source> added, List<UserFacingException> failures, List<String> keptOut,
            List<String> skipped, boolean stopped, int files) {

        Outcome {
            added = List.copyOf(added);
            failures = List.copyOf(failures);
            keptOut = List.copyOf(keptOut);
            skipped = List.copyOf(skipped);
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
        List<Source> added = new ArrayList<>();
        List<UserFacingException> failures = new ArrayList<>();
        List<String> keptOut = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        boolean askEach = true;
        boolean stopped = false;
        progress.update(0, files.size(), "Looking for articles the project has");
        DuplicateSources known = duplicates.known();
        for (int i = 0; i < files.size() && !progress.cancelled() && !stopped; i++) {
            Path file = files.get(i);
            String name = String.valueOf(file.getFileName());
            progress.update(i, files.size(), "Reading " + name);
            try {
                ExtractedSource extracted = reader.read(file);
                SourceDraft draft = extracted.draft();
                Optional<Long> original = known.duplicateOf(draft.url(), draft.text());
                if (original.isPresent() && !duplicates.addAnyway(file, original.get())) {
                    keptOut.add(name + " (source " + original.get() + ")");
                    continue;
                }
                Optional<SourceDraft> chosen;
                if (askEach) {
                    progress.update(i, files.size(), "Reviewing " + name);
                    ImportDecision decision = review.review(ImportReview.of(extracted, name, i + 1, files.size()));
                    switch (decision.choice()) {
                        case STOP -> stopped = true;
                        case SKIP -> skipped.add(name);
                        case ADD_REST_AS_PROPOSED -> askEach = false;
                        case ADD -> { }
                    }
                    chosen = decision.draft();
                } else {
                    chosen = Optional.of(asProposed(draft, name));
                }
                if (chosen.isEmpty()) {
                    continue;
                }
                progress.update(i, files.size(), "Saving " + name);
                Source source = save.save(chosen.get(),
                        new SourceOriginal(name, extracted.mediaType(), extracted.original())).get();
                known.add(source.id(), source.url(), chosen.get().text());
                added.add(source);
            } catch (SourceImportException e) {
                failures.add(new UserFacingException(e.getMessage(), e));
            } catch (IOException e) {
                failures.add(new UserFacingException(name + " could not be read: " + reason(e), e));
            } catch (ExecutionException | CompletionException e) {
                // The session has reported why the save failed; the batch goes on with the next file.
                progress.update(i + 1, files.size(), "");
            }
        }
        progress.update(files.size(), files.size(), "");
        return new Outcome(added, failures, keptOut, skipped, stopped, files.size());
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

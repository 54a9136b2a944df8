package org.factdesk.ui.source;

import org.factdesk.logic.duplicates.DuplicateSources;
import org.factdesk.model.SourceDraft;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.factdesk.logic.importing.ExtractedSource;
import org.factdesk.logic.importing.PastedSource;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.model.SourceOriginal;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.OpenProject;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserFacingException;

/**
 * "Paste a source" from the clipboard: HTML goes through the article extractor (its metadata with it), else the
 * plain text is taken as it is; either is shown for review ({@link SourceDialogs#reviewImport}) and added with
 * what was pasted as its original. A copy of an article the project has is asked about first, as a file's is. An
 * empty clipboard opens the empty paste dialog, as before. Start it on the JavaFX thread; the extraction runs on a
 * worker of the task runner, the project's fingerprints on the project thread, the questions on the JavaFX thread.
 */
final class PastedImport {

    /** How a paste is named in the review. */
    static final String PAGE_NAME = "Pasted web page";
    static final String TEXT_NAME = "Pasted text";

    private final EditorSources library;
    private final OpenProject project;
    private final TaskRunner tasks;
    private final Supplier<SourceDialogs> dialogs;
    private final Supplier<SourceClipboard> clipboard;

    PastedImport(EditorSources library, OpenProject project, TaskRunner tasks, Supplier<SourceDialogs> dialogs,
            Supplier<SourceClipboard> clipboard) {
        this.library = library;
        this.project = project;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
    }

    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    void start() {
        SourceClipboard.Contents held = clipboard.get().read();
        if (held.isEmpty()) {
            dialogs.get().askForPastedSource().ifPresent(library::addSource);
            return;
        }
        // Listed with the window's tasks: a page of several megabytes takes seconds to read.
        tasks.start("Reading the pasted source…", progress -> review(held)).result().whenComplete(this::reviewed);
    }

    /** Worker thread: a page that yields no text falls back to the plain text copied with it, if any. */
    private static ImportReview review(SourceClipboard.Contents held) throws SourceImportException {
        if (held.html().isPresent()) {
            try {
                return ImportReview.of(PastedSource.fromHtml(held.html().get()), PAGE_NAME, 1, 1);
            } catch (SourceImportException e) {
                if (held.text().isEmpty()) {
                    throw e;
                }
            }
        }
        return ImportReview.of(PastedSource.fromText(held.text().orElseThrow()), TEXT_NAME, 1, 1);
    }

    /** JavaFX thread: a copy of an article the project has is asked about first, as a file's is. */
    @SuppressWarnings("FutureReturnValueIgnored") // the session reports a failed read; nothing is added then
    private void reviewed(ImportReview review, Throwable problem) {
        if (problem != null) {
            Throwable cause = problem instanceof CompletionException && problem.getCause() != null
                    ? problem.getCause() : problem;
            project.errors().report("Paste a source", cause instanceof SourceImportException
                    ? new UserFacingException(cause.getMessage(), cause) : cause);
            return;
        }
        SourceDraft pasted = review.extracted().draft();
        project.read("Looking for articles the project has…", p -> DuplicateSources.of(p.library())
                .duplicateOf(pasted.url(), pasted.text())).thenAccept(copyOf -> {
                    boolean addAnyway = copyOf.flatMap(library::find)
                            .map(existing -> dialogs.get().askToAddDuplicate(review.heading(), existing))
                            .orElse(true);
                    if (addAnyway) {
                        reviewAndAdd(review);
                    }
                });
    }

    /** JavaFX thread: the review, and the source with what was pasted as its original. */
    private void reviewAndAdd(ImportReview review) {
        ExtractedSource extracted = review.extracted();
        dialogs.get().reviewImport(review).draft().ifPresent(draft -> library.addSource(draft, new SourceOriginal(
                extracted.draft().importedFrom(), extracted.mediaType(), extracted.original())));
    }
}

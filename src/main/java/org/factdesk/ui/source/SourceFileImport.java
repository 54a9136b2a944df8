package org.factdesk.ui.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.logic.importing.SourceImportException;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.common.UserFacingException;

/**
 * Reads a batch of files into source drafts on a background executor, one file at a time, so that one bad file
 * does not stop the others. The returned future completes on the file thread; callers hop back to the JavaFX
 * thread themselves.
 */
final class SourceFileImport {

    /** What came of a batch: the drafts of the files that could be read, and why the others could not. */
    record Outcome(List<SourceDraft> drafts, List<UserFacingException> failures) {

        Outcome {
            drafts = List.copyOf(drafts);
            failures = List.copyOf(failures);
        }
    }

    private final SourceFileReader reader = new SourceFileReader();
    private final Executor fileThread;

    SourceFileImport(Executor fileThread) {
        this.fileThread = fileThread;
    }

    CompletableFuture<Outcome> read(List<Path> files) {
        List<Path> batch = List.copyOf(files);
        return CompletableFuture.supplyAsync(() -> readAll(batch), fileThread);
    }

    private Outcome readAll(List<Path> files) {
        List<SourceDraft> drafts = new ArrayList<>();
        List<UserFacingException> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                drafts.add(reader.read(file));
            } catch (SourceImportException e) {
                failures.add(new UserFacingException(e.getMessage(), e));
            } catch (IOException e) {
                failures.add(new UserFacingException(file.getFileName() + " could not be read: " + reason(e), e));
            }
        }
        return new Outcome(drafts, failures);
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists.";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Factdesk is not allowed to read it.";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() + "." : e.getMessage() + ".";
    }
}

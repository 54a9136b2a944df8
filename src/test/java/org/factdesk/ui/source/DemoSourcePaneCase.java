package org.factdesk.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.UserMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source pane's view-model on the demo project, with direct executors, so that everything completes at once;
 * and dialogs a test answers. Failures reported to the editor fail the test unless it expects them.
 */
abstract class DemoSourcePaneCase {

    @TempDir
    Path folder;

    EditorSession session;
    SourcePaneModel model;
    final List<String> reported = new ArrayList<>();
    boolean failuresExpected;

    @BeforeEach
    void openDemo() throws Exception {
        H2ProjectFiles files = new H2ProjectFiles();
        Path file = folder.resolve("demo.mv.db");
        long storyId = DemoProject.write(files, file);
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(), (what, problem) -> {
            if (!failuresExpected) {
                fail(problem);
            }
            reported.add(what + ": " + UserMessages.describe(problem));
        });
        model = new SourcePaneModel(session);
        session.open(file, false, storyId).join();
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    Source source(String outlet) {
        return session.library().list().stream().filter(source -> source.outlet().equals(outlet)).findFirst().orElseThrow();
    }

    int offsetOf(String quote) {
        int offset = model.textProperty().get().indexOf(quote);
        assertTrue(offset >= 0, quote);
        return offset;
    }

    static class Answers implements SourceDialogs {
        private final Optional<SourceDraft> pasted;
        private final List<Path> files;

        Answers(Optional<SourceDraft> pasted, List<Path> files) {
            this.pasted = pasted;
            this.files = files;
        }

        @Override
        public Optional<SourceDraft> askForPastedSource() {
            return pasted;
        }

        @Override
        public Optional<Source> askForEditedMetadata(Source source) {
            return Optional.empty();
        }

        @Override
        public List<Path> askForFiles() {
            return files;
        }

        Optional<Path> folder = Optional.empty();

        @Override
        public Optional<Path> askForFolder() {
            return folder;
        }

        /** The questions about copies, as "file: existing outlet"; answered with {@link #addCopies}. */
        final List<String> copyQuestions = new ArrayList<>();
        boolean addCopies;

        @Override
        public boolean askToAddDuplicate(String fileName, Source existing) {
            copyQuestions.add(fileName + ": " + existing.outlet());
            return addCopies;
        }

        /** The imports shown for review, by heading; each is added as extracted and proposed. */
        final List<String> reviews = new ArrayList<>();

        @Override
        public ImportDecision reviewImport(ImportReview review) {
            reviews.add(review.heading());
            return ImportDecision.add(ImportReviews.asProposed(review));
        }
    }
}

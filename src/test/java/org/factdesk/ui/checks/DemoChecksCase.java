package org.factdesk.ui.checks;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.Fact;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.common.UserMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Checks panel's view-model on the demo story, with direct executors, so every run completes at once; "nell"
 * ignores and chooses at a fixed time. A failure reported to the editor fails the test. {@link #open} opens the
 * file again, as the next start of the app would.
 */
abstract class DemoChecksCase {

    static final Instant NOW = Instant.parse("2031-06-14T09:30:00Z");

    @TempDir
    Path folder;

    final H2ProjectFiles files = new H2ProjectFiles();
    Path file;
    long storyId;
    EditorSession session;
    ChecksModel checks;

    @BeforeEach
    void openDemo() throws Exception {
        file = folder.resolve("demo.mv.db");
        storyId = DemoProject.write(files, file);
        open();
    }

    void open() {
        session = new EditorSession(files, Runnable::run, TaskRunner.onCallerThread(),
                (what, problem) -> fail(what + ": " + UserMessages.describe(problem)));
        checks = new ChecksModel(session, "nell", Clock.fixed(NOW, ZoneOffset.UTC));
        session.open(file, false, storyId).join();
    }

    @AfterEach
    void close() {
        session.closeCurrent();
    }

    Fact fact(int index) {
        return session.story().documentProperty().get().facts().get(index);
    }

    /** The findings listed, as "Warning Narrative 2". */
    List<String> shown() {
        return checks.rows().stream().map(row -> row.severityText() + " " + row.placeText()).toList();
    }
}

package org.factdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ScratchFolder;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor session on the demo project as the window runs it: project work on its own thread, results on
 * the JavaFX thread. Create it in a TestFX {@code @Start} method; close it after each test.
 */
public final class FxSession {

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private final EditorSession session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
    private final ScratchFolder folder;

    /** Call in {@code @Start}: the views are styled for AtlantaFX, whose looked-up colours their CSS uses. */
    public FxSession() throws Exception {
        folder = ScratchFolder.create("factdesk-ui");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public EditorSession session() {
        return session;
    }

    /** Opens the demo project; call on the JavaFX thread, then {@link #awaitOpen()} on the test thread. */
    @SuppressWarnings("FutureReturnValueIgnored") // awaitOpen() waits; the session fails the test on any error
    public void open() throws Exception {
        session.open(DemoSession.writeDemo(folder.path()), false, 0);
    }

    public void awaitOpen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> session.story().documentProperty().get() != null));
    }

    /** Runs {@code work} on the JavaFX thread and returns its result. */
    public <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until every piece of project work queued so far has run and its result has reached the JavaFX
     * thread. Deterministic: the marker read runs after all earlier work on the one project thread, and its
     * result is handed to the JavaFX thread after theirs.
     */
    public void settle() throws Exception {
        CompletableFuture<Object> marker = onFx(() -> session.project().read("Settling", project -> null));
        marker.get(10, TimeUnit.SECONDS);
        // One more turn of the JavaFX thread runs whatever those results posted in their turn.
        onFx(() -> null);
    }

    /** The open story as the project file has it, after every write queued so far. */
    public StoryDocument stored() throws Exception {
        CompletableFuture<StoryDocument> read = onFx(() -> {
            long storyId = session.story().documentProperty().get().story().id();
            return session.project().read("Reading", project -> project.stories().loadStory(storyId));
        });
        return read.get(10, TimeUnit.SECONDS);
    }

    /** Closes the project after its queued work, stops the project thread and deletes the folder. */
    public void close() throws Exception {
        try {
            onFx(() -> {
                session.closeCurrent();
                return null;
            });
            projectThread.shutdown();
            projectThread.awaitTermination(10, TimeUnit.SECONDS);
        } finally {
            folder.close();
        }
    }
}

package org.factdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSession;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor session on the demo project as the window runs it: project work on its own thread, results on
 * the JavaFX thread. Create it in a TestFX {@code @Start} method; close it after each test.
 */
public final class FxSession implements AutoCloseable {

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private final EditorSession session = DemoSession.create(projectThread, Platform::runLater);
    private final Path folder;

    /** Call in {@code @Start}: the views are styled for AtlantaFX, whose looked-up colours their CSS uses. */
    public FxSession() throws Exception {
        folder = Files.createTempDirectory("factdesk-ui");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public EditorSession session() {
        return session;
    }

    /** Opens the demo project; call on the JavaFX thread, then {@link #awaitOpen()} on the test thread. */
    public void open() throws Exception {
        session.open(DemoSession.writeDemo(folder), false, 0);
    }

    public void awaitOpen() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> session.documentProperty().get() != null));
    }

    /** Runs {@code work} on the JavaFX thread and returns its result. */
    public <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** The open story as the project file has it, after every write queued so far. */
    public StoryDocument stored() throws Exception {
        CompletableFuture<StoryDocument> read = onFx(() -> {
            long storyId = session.documentProperty().get().story().id();
            return session.read("Reading", project -> project.stories().loadStory(storyId));
        });
        return read.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            session.closeCurrent();
            return null;
        });
        projectThread.shutdown();
    }
}

package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.ProjectFileException;
import org.factdesk.store.H2ProjectFiles;

/** Editor sessions on a fresh demo project, for view-model and view tests. */
public final class DemoSessions {

    private DemoSessions() {
    }

    /** A session whose project work and UI hops run on the caller's thread: every call completes at once. */
    public static EditorSession synchronous(Path folder) throws ProjectFileException {
        EditorSession session = new EditorSession(new H2ProjectFiles(), Runnable::run, Runnable::run,
                (what, problem) -> fail(what + " failed", problem));
        session.open(writeDemo(folder), false, 0).join();
        return session;
    }

    /** A session as the app runs it: a real project thread, results back through {@code uiThread}. */
    public static EditorSession threaded(Executor projectThread, Executor uiThread) {
        return new EditorSession(new H2ProjectFiles(), projectThread, uiThread,
                (what, problem) -> fail(what + " failed", problem));
    }

    public static Path writeDemo(Path folder) throws ProjectFileException {
        Path file = folder.resolve("demo.mv.db");
        DemoProject.write(new H2ProjectFiles(), file);
        return file;
    }
}

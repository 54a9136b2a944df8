package org.factdesk.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.factdesk.logic.demo.DemoProject;
import org.factdesk.model.StoryDocument;
import org.factdesk.store.H2ProjectFiles;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.TaskRunner;

/** Editor sessions on the demo project, for view-model and view tests. */
public final class DemoSession {

    private DemoSession() {
    }

    /** Writes the demo project into {@code folder} and returns its file. */
    public static Path writeDemo(Path folder) throws Exception {
        Path file = folder.resolve("demo" + H2ProjectFiles.SUFFIX);
        DemoProject.write(new H2ProjectFiles(), file);
        return file;
    }

    /** A session on the demo project where every step runs at once on the calling thread. */
    public static EditorSession openDirect(Path folder) throws Exception {
        EditorSession session = create(Runnable::run, TaskRunner.onCallerThread());
        session.open(writeDemo(folder), false, 0).join();
        return session;
    }

    /** A session that fails the test on any reported error. */
    public static EditorSession create(Executor projectThread, TaskRunner tasks) {
        return new EditorSession(new H2ProjectFiles(), projectThread, tasks, (what, e) -> fail(what, e));
    }

    /** The open story as the project file has it, read after every queued write. */
    public static StoryDocument stored(EditorSession session, long storyId) throws Exception {
        return session.project().read("Reading", project -> project.stories().loadStory(storyId)).get(10, TimeUnit.SECONDS);
    }
}

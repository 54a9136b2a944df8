package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.logic.command.StoryScript.Edit;
import org.factdesk.logic.command.StoryScript.StoryState;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test's edits without the kill: {@link RandomEdits} drives a {@link StoryEditor} and a real
 * {@link ProjectQueue} on its own thread over a few sessions of one file, and after every batch the story the
 * editor shows, the story in the file and the replay of the edits must all be the same. A divergence here is
 * deterministic for its seed, so it is a reproduction, where the crash test can only catch it by chance.
 */
class EditedStoryFileAgreementTest {

    private static final int SESSIONS = 2;
    private static final int EDITS_PER_SESSION = 40;
    /** Numbers apart between sessions, so that every text is unique; more than a session's edits. */
    private static final int NUMBERS_PER_SESSION = 100;

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(longs = {20261130L, 41L})
    void randomEditsLeaveTheFileAsTheEditorShowsThem(long seed) throws Exception {
        Path file = folder.resolve("agree.mv.db");
        long storyId = createProject(file);
        StoryState replayed = null;
        for (int session = 0; session < SESSIONS; session++) {
            replayed = editOneSession(file, storyId, seed + session, session * NUMBERS_PER_SESSION,
                    replayed, "seed " + seed + ", session " + session);
        }
    }

    private static StoryState editOneSession(Path file, long storyId, long seed, int firstNumber,
            StoryState before, String where) throws Exception {
        ExecutorService projectThread = Executors.newSingleThreadExecutor();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        try (Project project = new H2ProjectFiles().open(file)) {
            ProjectQueue queue = new ProjectQueue(project, projectThread, failures::add);
            MemoryWorkspace workspace = new MemoryWorkspace(project.stories().loadStory(storyId), queue);
            StoryState replayed = before == null ? StoryState.of(workspace.document()) : before;
            assertEquals(replayed, StoryState.of(workspace.document()), where + ": the file reopened otherwise");
            Source source = project.library().sources().get(0);
            RandomEdits edits = new RandomEdits(new StoryEditor(workspace, new CommandStack()), workspace, source,
                    project.library().sourceText(source.id()), seed, firstNumber);
            List<Edit> made = new ArrayList<>();
            while (made.size() < EDITS_PER_SESSION) {
                int batch = edits.batchSize();
                for (int i = 0; i < batch; i++) {
                    replayed = replayed.after(edits.editOnce(made::add));
                }
                StoryState shown = StoryState.of(workspace.document());
                StoryState stored = StoryState.of(queue.read(p -> p.stories().loadStory(storyId))
                        .get(30, TimeUnit.SECONDS));
                String context = where + ", after edit " + made.size() + " (last edits "
                        + made.subList(Math.max(0, made.size() - batch), made.size()) + ")";
                assertTrue(failures.isEmpty(), () -> context + ": writes failed: " + failures);
                assertEquals(replayed, shown, context + ": the editor shows another story than the replay");
                assertEquals(shown, stored, context + ": the file holds another story than the editor shows");
            }
            return replayed;
        } finally {
            projectThread.shutdown();
            projectThread.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static long createProject(Path file) throws Exception {
        String text = IntStream.range(0, SESSIONS * NUMBERS_PER_SESSION).mapToObj(RandomEdits::sentence)
                .collect(Collectors.joining("\n\n"));
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            project.library().addSource(new SourceDraft("Harbour Log", "Ferries by night", "", "", null, "", text,
                    "test"));
            return project.stories().createStory("Night crossings", "The sound stays open.", HouseStyle.DEFAULT)
                    .id();
        }
    }
}

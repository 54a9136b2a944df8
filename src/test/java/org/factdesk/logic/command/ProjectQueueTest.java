package org.factdesk.logic.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectQueueTest {

    @TempDir
    Path folder;

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private Project project;
    private ProjectQueue queue;
    private long storyId;

    @BeforeEach
    void open() throws Exception {
        project = new H2ProjectFiles().openOrCreate(folder.resolve("queue.mv.db"));
        storyId = project.stories().createStory("Queue", "", HouseStyle.DEFAULT).id();
        queue = new ProjectQueue(project, projectThread, failures::add);
    }

    @AfterEach
    void close() throws Exception {
        projectThread.shutdown();
        projectThread.awaitTermination(10, TimeUnit.SECONDS);
        project.close();
    }

    @Test
    void writesLandInOrderAndReadsSeeEveryEarlierWrite() throws Exception {
        for (int i = 0; i < 50; i++) {
            String text = "Fact " + i + ".";
            long localId = -1L - i;
            queue.write((p, ids) -> ids.bind(localId, p.stories().addFact(storyId, 999, text, List.of(), 0).id()));
        }
        queue.write((p, ids) -> p.stories().moveFact(ids.resolve(-50), 0));

        List<String> texts = queue.read(p -> p.stories().loadStory(storyId).facts().stream().map(Fact::text)
                .toList()).get(10, TimeUnit.SECONDS);

        assertEquals(50, texts.size());
        assertEquals("Fact 49.", texts.get(0), "the move ran after the insert it depends on");
        assertEquals("Fact 0.", texts.get(1));
        assertTrue(failures.isEmpty());
    }

    @Test
    void aFailedWriteIsReportedAndLaterWritesStillRun() throws Exception {
        queue.write((p, ids) -> p.stories().updateFactText(ids.resolve(-7), "never inserted"));
        queue.write((p, ids) -> {
            throw new AssertionError("not even an exception");
        });
        queue.write((p, ids) -> p.stories().addFact(storyId, 0, "Still saved.", List.of(), 1));

        List<Fact> facts = queue.read(p -> p.stories().loadStory(storyId).facts()).get(10, TimeUnit.SECONDS);

        assertEquals(List.of("Still saved."), facts.stream().map(Fact::text).toList());
        assertEquals(2, failures.size());
        assertTrue(failures.get(0).getMessage().contains("local id -7 was never written"));
    }

    @Test
    void aWriteThatFailsAfterItsFirstInsertLeavesNothingOfItselfAndNoBinding() throws Exception {
        queue.write((p, ids) -> {
            ids.bind(-1, p.stories().addFact(storyId, 0, "Half an edit.", List.of(), 2).id());
            throw new IllegalStateException("failed after the insert");
        });
        queue.write((p, ids) -> p.stories().updateFactText(ids.resolve(-1), "resolved a row that was rolled back"));
        queue.write((p, ids) -> ids.bind(-2, p.stories().addFact(storyId, 0, "A later edit.", List.of(), 3).id()));
        queue.write((p, ids) -> p.stories().updateFactText(ids.resolve(-2), "A later edit, revised."));

        List<String> texts = queue.read(p -> p.stories().loadStory(storyId).facts().stream().map(Fact::text)
                .toList()).get(10, TimeUnit.SECONDS);

        assertEquals(List.of("A later edit, revised."), texts, "the failed write's insert was rolled back");
        assertEquals(2, failures.size());
        assertEquals("failed after the insert", failures.get(0).getMessage());
        assertTrue(failures.get(1).getMessage().contains("local id -1 was never written"),
                "the binding of the failed write was taken back: " + failures.get(1).getMessage());
    }

    @Test
    void aRolledBackRebindingRestoresTheEarlierBinding() throws Exception {
        queue.write((p, ids) -> ids.bind(-3, p.stories().addFact(storyId, 0, "Kept.", List.of(), 4).id()));
        queue.write((p, ids) -> {
            ids.bind(-3, p.stories().addFact(storyId, 1, "Rolled back.", List.of(), 5).id());
            throw new IllegalStateException("undone");
        });
        queue.write((p, ids) -> p.stories().updateFactText(ids.resolve(-3), "Kept, revised."));

        List<String> texts = queue.read(p -> p.stories().loadStory(storyId).facts().stream().map(Fact::text)
                .toList()).get(10, TimeUnit.SECONDS);

        assertEquals(List.of("Kept, revised."), texts);
        assertEquals(1, failures.size());
    }
}

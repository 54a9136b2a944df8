package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.factdesk.logic.bench.LargeProjectGenerator;
import org.factdesk.model.Project;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchChecksTest {

    @TempDir
    Path folder;

    @Test
    void theChecksFigureTimesAStoryShapedAsTheLargeProjectsOnes() throws Exception {
        // The large project's story shape (25 facts over 10 sources of about 33,000 characters), one story only.
        LargeProjectGenerator.Size size = new LargeProjectGenerator.Size(10, 10, 1, 25, 10, 33_000);
        try (Project project = new H2ProjectFiles().openOrCreate(folder.resolve("bench.mv.db"))) {
            new LargeProjectGenerator(BenchCommand.SEED, size).generate(project);
            long storyId = project.stories().stories().get(0).id();

            BenchFigure figure = new BenchChecks(5).measure(project, storyId);

            System.out.println(figure.line());
            assertEquals("check 1 story (25 facts)", figure.name());
            assertTrue(figure.medianMillis() > 0 && figure.rawMillis() > 0, figure.line());
        }
    }
}

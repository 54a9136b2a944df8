package org.factdesk.app.cli;

import org.factdesk.logic.check.StoryChecks;
import org.factdesk.logic.check.StorySnapshot;
import org.factdesk.model.Project;

/**
 * The checks figure of the benchmark: every trust check on one 25-fact story of the large project, from a
 * snapshot already in memory (as the window will hand one to a worker), so the figure is the checks' own cost.
 * One measurement per instance, on the calling thread.
 */
final class BenchChecks {

    static final int TARGET_MILLIS = 30;

    private final int runs;

    BenchChecks(int runs) {
        this.runs = runs;
    }

    BenchFigure measure(Project project, long storyId) throws Exception {
        StorySnapshot snapshot = StorySnapshot.read(project, storyId);
        StoryChecks checks = new StoryChecks();
        // The raw counterpart: reading the same snapshot from the project, which the window does before checking.
        PairedTimer.Medians medians = new PairedTimer(10, 3 * runs).measure(
                () -> checks.run(snapshot).findings().size(),
                () -> StorySnapshot.read(project, storyId).sourceTexts().size());
        return new BenchFigure("check 1 story (25 facts)", medians.appMillis(), TARGET_MILLIS, medians.rawMillis(),
                "snapshot");
    }
}

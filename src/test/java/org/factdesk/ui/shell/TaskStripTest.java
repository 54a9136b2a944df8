package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.factdesk.ui.common.RunningTask;
import org.factdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's task strip: what runs, how far it is, and a cancel button that the work obeys. */
@ExtendWith(ApplicationExtension.class)
class TaskStripTest {

    private final TaskRunner tasks = new TaskRunner(Executors.newCachedThreadPool(), Platform::runLater);
    private TaskStrip strip;

    @Start
    void start(Stage stage) {
        strip = new TaskStrip(tasks);
        stage.setScene(new Scene(strip, 500, 40));
        stage.show();
    }

    @Test
    void aRunningTaskShowsItsStepAndProgressAndStopsWhenCancelled(FxRobot robot) throws Exception {
        assertFalse(strip.isVisible(), "nothing runs yet");
        CountDownLatch halfWay = new CountDownLatch(1);
        RunningTask<Integer> task = WaitForAsyncUtils.asyncFx(() -> tasks.start("Adding 4 files", progress -> {
            int done = 0;
            while (!progress.cancelled()) {
                progress.update(2, 4, "Reading pier.txt");
                done = 2;
                halfWay.countDown();
                Thread.sleep(5);
            }
            return done;
        })).get(5, TimeUnit.SECONDS);
        assertTrue(halfWay.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> strip.isVisible()
                && robot.lookup(".task-strip .label").queryAs(Label.class).getText()
                        .equals("Adding 4 files: Reading pier.txt"));
        assertEquals(0.5, robot.lookup(".task-strip .progress-bar").queryAs(ProgressBar.class).getProgress());

        robot.clickOn(robot.lookup(".task-cancel").queryAs(Button.class));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> task.result().isDone());
        assertTrue(task.result().isCompletedExceptionally(), "the result says it was cancelled");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !strip.isVisible());
    }
}

package org.factdesk.ui.shell;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Finds the dialogs and windows the workstation opens, and their buttons, as a user sees them. Test helper. */
final class OpenDialogs {

    private OpenDialogs() {
    }

    /** Waits for a showing dialog titled {@code title}. */
    static Stage await(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> find(robot, title).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return find(robot, title).orElseThrow();
    }

    static Optional<Stage> find(FxRobot robot, String title) {
        return robot.listTargetWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance)
                .map(Stage.class::cast).filter(window -> title.equals(window.getTitle())
                        && window.getScene().getRoot() instanceof DialogPane).findFirst();
    }

    /** Waits for a showing window titled {@code title}, a dialog or not (the user guide is a window of its own). */
    static Stage awaitWindow(FxRobot robot, String title) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> findWindow(robot, title).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return findWindow(robot, title).orElseThrow();
    }

    static Optional<Stage> findWindow(FxRobot robot, String title) {
        return robot.listTargetWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance)
                .map(Stage.class::cast).filter(window -> title.equals(window.getTitle())).findFirst();
    }

    static Button button(Stage dialog, String text) {
        return dialog.getScene().getRoot().lookupAll(".button").stream().map(Button.class::cast)
                .filter(button -> text.equals(button.getText())).findFirst().orElseThrow();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(15, TimeUnit.SECONDS);
    }
}

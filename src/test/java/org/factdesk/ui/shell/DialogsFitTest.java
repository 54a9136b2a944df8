package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.OpenDialogs.button;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.ui.common.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog of the workstation, opened as the editor opens it: each is resizable, at least its preferred
 * size, and shows its buttons whole, also after a validation message appears. On a maximised window at a
 * laptop's 1280×720.
 */
@ExtendWith(ApplicationExtension.class)
class DialogsFitTest {

    @TempDir
    Path folder;

    private DemoWindow demo;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        demo = new DemoWindow(stage, DemoWindow.LAPTOP_WIDTH, DemoWindow.LAPTOP_HEIGHT);
    }

    @BeforeEach
    void openDemo() throws Exception {
        demo.openDemo(folder);
    }

    @AfterEach
    void close() throws Exception {
        demo.close();
    }

    @Test
    void keyboardShortcutsOpenWithRowsVisibleAndLeaveTheMaximisedWindowMaximised(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));

        robot.type(KeyCode.F1);
        Stage dialog = OpenDialogs.await(robot, "Keyboard shortcuts");

        assertFits(dialog);
        TableView<?> table = robot.from(dialog.getScene().getRoot()).lookup(".table-view").queryAs(TableView.class);
        assertTrue(table.getHeight() > 200, "the table shows rows, not only its header: " + table.getHeight());
        assertTrue(fx(stage::isMaximized), "F1 left the main window maximised");
        robot.interact(dialog::close);
    }

    @Test
    void pasteSourceShowsItsTextBoxAndButtonsAlsoWithEveryProblemShown(FxRobot robot) throws Exception {
        // An empty clipboard opens the empty paste dialog; an earlier test may have copied something.
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        Stage dialog = OpenDialogs.await(robot, "Paste a source");
        assertFits(dialog);
        assertTrue(robot.from(dialog.getScene().getRoot()).lookup("#source-text").tryQuery().isPresent());

        // Adding an empty form shows a problem under each required field: the dialog grows to keep its buttons.
        double before = dialog.getHeight();
        robot.clickOn(button(dialog, "Add source"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(dialog.getScene().getRoot()).lookup("#text-problem").query().isVisible());
        assertTrue(dialog.getHeight() > before, "the dialog grew for the messages");
        assertFits(dialog);
        robot.clickOn(button(dialog, "Cancel"));
    }

    @Test
    void theImportReviewOfABatchFitsWithItsButtonsAndItsProblemShown(FxRobot robot) throws Exception {
        List<Path> pages = List.of(org.factdesk.ui.source.JunkPages.write(folder, "gulls.html"),
                org.factdesk.ui.source.JunkPages.write(folder, "gulls-again.html"));
        robot.interact(() -> org.factdesk.ui.source.PaneImports.openFiles(
                robot.lookup(".source-pane").queryAs(org.factdesk.ui.source.SourcePane.class), pages));
        Stage dialog = OpenDialogs.await(robot, "Review the source");
        assertFits(dialog);

        robot.clickOn(button(dialog, "_Keep every line"));
        robot.lookup(".cleanup-line .check-box").queryAll().forEach(robot::clickOn);
        robot.clickOn(button(dialog, "_Add"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(dialog.getScene().getRoot()).lookup("#lines-problem").query().isVisible(),
                "dropping every line leaves nothing to add, and the dialog says so");
        assertFits(dialog);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(4, fx(() -> demo.session().library().list().size()), "Esc stopped the batch; nothing added");
    }

    @Test
    void sourceDetailsFit(FxRobot robot) throws Exception {
        robot.clickOn("Coastal Broadcasting");
        robot.clickOn("File").clickOn("Edit source details…");
        Stage dialog = OpenDialogs.await(robot, "Source details");

        assertFits(dialog);
        robot.clickOn(button(dialog, "Cancel"));
    }

    @Test
    void correctTextFitsOnAMaximisedLaptopWindow(FxRobot robot) throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        robot.clickOn("Coastal Broadcasting");
        robot.clickOn("File").clickOn("Correct text…");
        Stage dialog = OpenDialogs.await(robot, "Correct text");

        assertFits(dialog);
        assertTrue(dialog.getHeight() <= DemoWindow.LAPTOP_HEIGHT, "within 720: " + dialog.getHeight());
        robot.clickOn(button(dialog, "Cancel"));
    }

    @Test
    void projectWordingAndItsFormsFitOnAMaximisedLaptopWindowAlsoWithEveryProblemShown(FxRobot robot)
            throws Exception {
        robot.interact(() -> stage.setMaximized(true));
        robot.clickOn("Story").clickOn("Project wording…");
        Stage wording = OpenDialogs.await(robot, "Project wording");
        assertFits(wording);

        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        Stage watch = OpenDialogs.await(robot, "Watch for a word");
        assertFits(watch);
        double before = watch.getHeight();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.from(watch.getScene().getRoot()).lookup("#wording-why-problem").query().isVisible(),
                "Enter on the empty form shows what is missing");
        assertTrue(watch.getHeight() > before, "the dialog grew for the messages");
        assertFits(watch);
        assertTrue(watch.getHeight() <= DemoWindow.LAPTOP_HEIGHT, "within 720: " + watch.getHeight());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !watch.isShowing());
        assertTrue(wording.isShowing(), "Esc closed the form only");

        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        Stage silence = OpenDialogs.await(robot, "Silence a shipped word");
        assertFits(silence);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !silence.isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !wording.isShowing());
    }

    @Test
    void theDeleteConfirmationFits(FxRobot robot) throws Exception {
        robot.clickOn("Story").clickOn("Delete story…");
        Stage dialog = OpenDialogs.await(robot, "Delete story");

        assertFits(dialog);
        robot.clickOn(button(dialog, "Cancel"));
        assertEquals(1, fx(() -> demo.session().story().documentProperty().get() == null ? 0 : 1), "the story is still open");
    }

    @Test
    void anErrorAlertWithALongMessageFits(FxRobot robot) throws Exception {
        robot.interact(() -> new AlertErrorReporter(() -> stage).report("Open Harbour desk.mv.db",
                new UserFacingException("This project is open in another window. ".repeat(8)
                        + "Close it there, or open a copy.")));
        Stage dialog = OpenDialogs.await(robot, "Factdesk");

        assertFits(dialog);
        robot.interact(dialog::close);
    }

    @Test
    void aHiddenPreviewStaysHiddenAtTheNextStart(FxRobot robot) throws Exception {
        robot.clickOn("View").clickOn("Show preview");

        assertTrue(!new WorkstationSettings(demo.preferences()).showPreview(), "remembered");
        MainWindow next = fx(() -> new MainWindow(demo.shell()));
        assertEquals(0, fx(() -> countPreview(next)),
                "the next window opens without the preview");
    }

    private static int countPreview(MainWindow window) {
        return (int) window.lookupAll("*").stream()
                .filter(org.factdesk.ui.preview.PreviewPane.class::isInstance).count();
    }

    /** Resizable, not squeezed below its preferred height, and every button inside the dialog's scene. */
    private static void assertFits(Stage dialog) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialog.isResizable(), dialog.getTitle() + " is resizable");
        Scene scene = dialog.getScene();
        DialogPane pane = (DialogPane) scene.getRoot();
        double preferred = fx(() -> pane.prefHeight(pane.getWidth()));
        assertTrue(pane.getHeight() >= preferred - 1, dialog.getTitle() + " is " + pane.getHeight()
                + " high, below its preferred " + preferred);
        List<Node> buttons = List.copyOf(pane.lookupAll(".button-bar .button"));
        assertTrue(!buttons.isEmpty(), "the dialog has buttons");
        for (Node button : buttons) {
            Bounds bounds = button.localToScene(button.getLayoutBounds());
            assertTrue(bounds.getMinX() >= 0 && bounds.getMinY() >= 0 && bounds.getMaxX() <= scene.getWidth()
                    && bounds.getMaxY() <= scene.getHeight(), ((Button) button).getText() + " at " + bounds
                    + " is cut off in a scene of " + scene.getWidth() + "×" + scene.getHeight());
        }
    }
}

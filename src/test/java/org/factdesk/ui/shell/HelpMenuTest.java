package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.logic.about.ProductVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > User guide and Help > About, opened from the menu of the whole window at a laptop's 1280×720. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {

    @TempDir
    Path folder;

    private DemoWindow demo;
    private Path project;
    private MenuBar menus;

    @Start
    void start(Stage stage) {
        demo = new DemoWindow(stage, DemoWindow.LAPTOP_WIDTH, DemoWindow.LAPTOP_HEIGHT);
        menus = (MenuBar) demo.window().lookup(".menu-bar");
    }

    @BeforeEach
    void openDemo() throws Exception {
        project = demo.openDemo(folder);
    }

    @AfterEach
    void close() throws Exception {
        demo.close();
    }

    @Test
    void aboutTellsTheVersionTheRuntimesAndTheProjectFileAndCopiesThem(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("About Factdesk");
        Stage dialog = OpenDialogs.await(robot, AboutDialog.TITLE);

        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        assertEquals("Factdesk " + ProductVersion.current(), pane.getHeaderText());
        assertEquals(ProductVersion.current(), field(pane, "#about-version"));
        assertEquals(System.getProperty("javafx.runtime.version"), field(pane, "#about-javafx"));
        assertTrue(field(pane, "#about-java").startsWith(System.getProperty("java.version")));
        assertEquals(project.toAbsolutePath().normalize().toString(), field(pane, "#about-project-file"));
        assertTrue(dialog.isResizable());
        assertEquals(4, pane.lookupAll(".about-label").size());
        for (Node label : pane.lookupAll(".about-label")) {
            double shown = fx(((Label) label)::getWidth);
            double needed = fx(() -> label.prefWidth(-1));
            assertTrue(shown >= needed - 0.5, ((Label) label).getText() + " is cut: " + shown + " < " + needed);
        }
        assertInside(dialog, pane.lookupButton(javafx.scene.control.ButtonType.CLOSE));

        robot.clickOn("Copy details");
        String copied = fx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.startsWith("Factdesk " + ProductVersion.current() + "\n"), copied);
        assertTrue(copied.contains("Project file: " + project.toAbsolutePath().normalize()), copied);
        robot.interact(dialog::close);
    }

    @Test
    void theUserGuideOpensInItsOwnWindowOnceAndEscapeClosesIt(FxRobot robot) throws Exception {
        robot.clickOn("Help").clickOn("User guide");
        Stage guide = OpenDialogs.awaitWindow(robot, UserGuideWindow.TITLE);

        assertTrue(texts(guide).contains("Factdesk user guide"));
        assertTrue(texts(guide).contains("Making facts"));
        Bounds screen = fx(() -> new javafx.geometry.BoundingBox(0, 0,
                javafx.stage.Screen.getPrimary().getVisualBounds().getWidth(),
                javafx.stage.Screen.getPrimary().getVisualBounds().getHeight()));
        assertTrue(guide.getHeight() <= screen.getHeight() && guide.getWidth() <= screen.getWidth(),
                "the guide fits the screen: " + guide.getWidth() + "×" + guide.getHeight());

        fx(() -> {
            menuItem("User guide").fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.listTargetWindows().stream().filter(Window::isShowing)
                .filter(window -> window instanceof Stage stage && UserGuideWindow.TITLE.equals(stage.getTitle()))
                .count(), "asked again, the one window comes to the front");

        robot.interact(() -> guide.getScene().getRoot().requestFocus());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(guide::isShowing), "Escape closed the guide");
    }

    private MenuItem menuItem(String text) {
        return menus.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private static String texts(Stage window) throws Exception {
        return fx(() -> window.getScene().getRoot().lookupAll(".guide-text").stream().map(Text.class::cast)
                .map(Text::getText).reduce("", (all, next) -> all + next + "\n"));
    }

    private static String field(DialogPane pane, String id) throws Exception {
        return fx(() -> ((TextField) pane.lookup(id)).getText());
    }

    private static void assertInside(Stage dialog, Node node) throws Exception {
        Bounds bounds = fx(() -> node.localToScene(node.getLayoutBounds()));
        Scene scene = dialog.getScene();
        assertTrue(bounds.getMinY() >= 0 && bounds.getMaxY() <= scene.getHeight()
                && bounds.getMaxX() <= scene.getWidth(), "the button shows whole: " + bounds);
    }
}

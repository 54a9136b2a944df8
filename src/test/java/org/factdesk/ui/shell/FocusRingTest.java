package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Focus is visible where AtlantaFX shows little or none: a ring in the theme's accent on flat and icon buttons,
 * citation chips, check boxes, the library and the source text, in the light and the dark theme alike; taking
 * the focus moves nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {

    @TempDir
    Path folder;

    private DemoWindow demo;

    @Start
    void start(Stage stage) {
        demo = new DemoWindow(stage);
    }

    @BeforeEach
    void openDemo() throws Exception {
        demo.openDemo(folder);
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            Theme.apply(false);
            return null;
        });
        demo.close();
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @CsvSource({"false, #0969da", "true, #58a6ff"})
    void everyFocusableControlShowsARingInTheAccentColour(boolean dark, String accent, FxRobot robot)
            throws Exception {
        fx(() -> {
            Theme.apply(dark);
            return null;
        });
        Color ring = Color.web(accent);
        Button paste = robot.lookup("#source-paste").queryButton();
        String unfocused = fx(() -> bounds(paste));
        assertFalse(fx(() -> hasRing(paste, ring)), "no ring without the focus");

        assertRing(robot, paste, paste, ring);
        assertEquals(unfocused, fx(() -> bounds(paste)), "the ring moves and resizes nothing");
        Button up = robot.lookup(".button").match(node -> node instanceof Button button && button.getTooltip() != null
                && button.getTooltip().getText().startsWith("Move the current fact up")).queryButton();
        assertRing(robot, up, up, ring);
        Node chip = robot.lookup(".citation-chip").query();
        assertRing(robot, chip, chip, ring);
        Node remove = robot.lookup(".narrative-card .button.danger").query();
        assertRing(robot, remove, remove, ring);
        Node text = robot.lookup("#source-text-area").query();
        assertRing(robot, text, text, ring);
        Node library = robot.lookup("#source-library").query();
        assertRing(robot, library, library, ring);
        CheckBox serialComma = robot.lookup(".check-box").queryAs(CheckBox.class);
        assertRing(robot, serialComma, serialComma.lookup(".box"), ring);
    }

    private void assertRing(FxRobot robot, Node focused, Node ringed, Color ring) throws Exception {
        robot.interact(focused::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(focused::isFocused), focused + " took the focus");
        assertTrue(fx(() -> hasRing(ringed, ring)), focused + " shows a 2 px ring in " + ring + ": "
                + fx(() -> describe(((Region) ringed).getBorder())));
    }

    private static boolean hasRing(Node node, Color ring) {
        node.applyCss();
        Border border = ((Region) node).getBorder();
        if (border == null) {
            return false;
        }
        for (BorderStroke stroke : border.getStrokes()) {
            if (ring.equals(stroke.getTopStroke()) && ring.equals(stroke.getLeftStroke())
                    && stroke.getWidths().getTop() >= 2 && stroke.getWidths().getLeft() >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Where layout put the node and its neighbour: what a ring that took space would shift. */
    private static String bounds(Node node) {
        node.getParent().layout();
        StringBuilder placed = new StringBuilder();
        for (Node child : node.getParent().getChildrenUnmodifiable()) {
            Bounds size = child.getLayoutBounds();
            placed.append(child.getLayoutX()).append(',').append(child.getLayoutY()).append(' ')
                    .append(size.getWidth()).append('×').append(size.getHeight()).append("; ");
        }
        return placed.toString();
    }

    private static String describe(Border border) {
        if (border == null) {
            return "no border";
        }
        StringBuilder text = new StringBuilder();
        for (BorderStroke stroke : border.getStrokes()) {
            text.append(stroke.getTopStroke()).append(' ').append(stroke.getWidths().getTop()).append("; ");
        }
        return text.toString();
    }
}

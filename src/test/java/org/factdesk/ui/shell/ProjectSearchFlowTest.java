package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.ui.common.SourceSpan;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Search the project" by the keyboard alone, in the whole window at a laptop's 1280×720: Ctrl+Shift+F, type,
 * Down to the hits, Enter shows the hit in its source; the window keeps its query for the next time, Esc closes
 * it; Ctrl+L still reaches the library's filter.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectSearchFlowTest {

    @TempDir
    Path folder;

    private DemoWindow demo;

    @Start
    void start(Stage stage) {
        demo = new DemoWindow(stage, DemoWindow.LAPTOP_WIDTH, DemoWindow.LAPTOP_HEIGHT);
    }

    @BeforeEach
    void openDemo() throws Exception {
        demo.openDemo(folder);
        waitUntil(() -> fx(() -> demo.session().search().readyProperty().get()));
    }

    @AfterEach
    void close() throws Exception {
        demo.close();
    }

    @Test
    void aHitIsFoundAndShownInItsSourceByTheKeyboardAlone(FxRobot robot) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> robot.lookup("#search-query").tryQuery().map(Node::isFocused).orElse(false));

        // TestFX types into the window it targets, not the focused one: aim it at the search window.
        robot.targetWindow(robot.lookup("#search-query").query().getScene().getWindow());
        robot.write("SALTMERE");
        Label status = robot.lookup("#search-status").queryAs(Label.class);
        waitUntil(() -> fx(() -> status.getText().equals("1 hit in 1 source.")));
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        waitUntil(() -> robot.lookup(".search-hit").tryQuery().isPresent());
        assertEquals("Saltmere", fx(() -> robot.lookup(".search-hit").queryAs(Label.class).getText()),
                "the hit's words, in bold");
        Window searchWindow = fx(() -> results.getScene().getWindow());
        assertFitsTheScreen(searchWindow);

        keys(robot, KeyCode.DOWN);
        waitUntil(() -> fx(results::isFocused));
        keys(robot, KeyCode.ENTER);

        waitUntil(() -> fx(() -> !searchWindow.isShowing()));
        StyleClassedTextArea text = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> fx(() -> text.getText().startsWith("Property agents")));
        SourceSpan revealed = fx(() -> demo.session().selection().revealedTextProperty().get());
        assertEquals("Saltmere", fx(() -> text.getText().substring(revealed.start(), revealed.end())));
        assertEquals("Regional Ledger", fx(() -> demo.session().selection().selectedSourceProperty().get().outlet()));
        waitUntil(() -> demo.focusIsIn(text));

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        TextField query = robot.lookup("#search-query").queryAs(TextField.class);
        waitUntil(() -> fx(query::isFocused));
        assertEquals("SALTMERE", fx(query::getSelectedText), "the last query, selected to be typed over");
        keys(robot, KeyCode.ESCAPE);
        waitUntil(() -> fx(() -> !searchWindow.isShowing()));

        keys(robot, KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> fx(() -> robot.lookup(".source-filter").query().isFocused()));
    }

    private static void assertFitsTheScreen(Window window) throws Exception {
        Bounds bounds = fx(() -> new javafx.geometry.BoundingBox(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()));
        assertTrue(bounds.getWidth() <= DemoWindow.LAPTOP_WIDTH && bounds.getHeight() <= DemoWindow.LAPTOP_HEIGHT,
                bounds.toString());
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        KeyCode[] reversed = new KeyCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            reversed[i] = codes[codes.length - 1 - i];
        }
        robot.release(reversed);
    }
}

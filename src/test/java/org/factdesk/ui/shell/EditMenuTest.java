package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.logic.text.TextMatches;
import org.factdesk.ui.common.Shortcut;
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
 * The Edit menu on the focused text, Find in the shown source, and the menus' keys, which all come from the
 * shortcut registry.
 */
@ExtendWith(ApplicationExtension.class)
class EditMenuTest {

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
        demo.close();
    }

    @Test
    void cutCopyPasteAndSelectAllActOnTheFocusedField(FxRobot robot) throws Exception {
        TextField title = robot.lookup(".story-title").queryAs(TextField.class);
        String text = fx(title::getText);
        robot.interact(title::requestFocus);
        robot.type(KeyCode.END);
        assertTrue(fx(() -> item("Cut").isDisable()), "nothing selected, nothing to cut");
        assertFalse(fx(() -> item("Paste").isDisable()));

        fire("Select all");
        assertEquals(text, fx(title::getSelectedText));
        fire("Copy");
        assertEquals(text, fx(() -> Clipboard.getSystemClipboard().getString()));
        fire("Cut");
        assertEquals("", fx(title::getText));
        fire("Paste");
        assertEquals(text, fx(title::getText));
        waitUntil(() -> demo.stored().story().title().equals(text));
    }

    @Test
    void theSourceTextCanBeCopiedAndSelectedButNotCutOrPastedInto(FxRobot robot) throws Exception {
        StyleClassedTextArea source = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);

        assertEquals(fx(source::getLength), fx(() -> source.getSelection().getLength()), "Ctrl+A selected it all");
        assertTrue(fx(() -> item("Cut").isDisable()));
        assertTrue(fx(() -> item("Paste").isDisable()));
        assertFalse(fx(() -> item("Copy").isDisable()));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        assertEquals(fx(source::getText), fx(() -> Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void findSelectsEachMatchInTurnAndEscGivesTheTextBackItsFocus(FxRobot robot) throws Exception {
        StyleClassedTextArea source = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        String text = fx(source::getText);
        TextMatches matches = TextMatches.of(text, "the");
        int count = matches.count();
        assertTrue(count >= 3, "the demo's first source says the " + count + " times");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertEquals(SourceFindBarIds.FIELD, demo.focusOwner().getId());
        robot.write("THE");
        assertEquals("1 of " + count, status(robot));
        assertEquals(matches.start(0), (int) fx(() -> source.getSelection().getStart()));
        assertEquals("the", fx(source::getSelectedText).toLowerCase(java.util.Locale.ROOT));

        robot.type(KeyCode.ENTER);
        assertEquals("2 of " + count, status(robot));
        robot.type(KeyCode.F3);
        assertEquals("3 of " + count, status(robot));
        robot.press(KeyCode.SHIFT, KeyCode.F3).release(KeyCode.F3, KeyCode.SHIFT);
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertEquals("1 of " + count, status(robot));
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertEquals(count + " of " + count, status(robot), "round to the last");
        assertEquals(matches.start(count - 1), (int) fx(() -> source.getSelection().getStart()));

        robot.type(KeyCode.ESCAPE);
        assertSame(source, demo.focusOwner());
        assertFalse(fx(() -> robot.lookup("#" + SourceFindBarIds.FIELD).query().getParent().isVisible()));
        assertEquals(matches.start(count - 1), (int) fx(() -> source.getSelection().getStart()),
                "the match stays selected, ready to become a fact");
        assertNotNull(fx(() -> demo.session().selection().selectedPassageProperty().get()));
    }

    @Test
    void everyMenuKeyIsTheRegistrysAndEveryWindowShortcutHasItsMenuItem() throws Exception {
        List<Shortcut> inMenus = new ArrayList<>();
        for (MenuItem item : fx(this::allItems)) {
            if (item.getAccelerator() == null) {
                continue;
            }
            Shortcut shortcut = ShortcutItems.shortcutOf(item).orElseThrow(() -> new AssertionError(
                    item.getText() + " has keys that are not in ui/common/Shortcut.java"));
            assertEquals(shortcut.keys(), item.getAccelerator(), shortcut.name());
            if (!item.textProperty().isBound()) {
                assertEquals(shortcut.label(), item.getText(), shortcut.name());
            }
            inMenus.add(shortcut);
        }
        for (Shortcut shortcut : Shortcut.values()) {
            boolean menuKey = shortcut.scope() == Shortcut.Scope.WINDOW && shortcut != Shortcut.NEXT_FIELD
                    && shortcut != Shortcut.PREVIOUS_FIELD;
            if (menuKey) {
                assertEquals(1, inMenus.stream().filter(shortcut::equals).count(), shortcut + " has one menu item");
            }
        }
    }

    private static String status(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".source-find-status").queryAs(Label.class).getText());
    }

    private MenuItem item(String text) {
        return allItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private void fire(String text) throws Exception {
        fx(() -> {
            item(text).fire();
            return null;
        });
    }

    private List<MenuItem> allItems() {
        MenuBar bar = (MenuBar) demo.window().lookup(".menu-bar");
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, items));
        return items;
    }

    private static void collect(Menu menu, List<MenuItem> items) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, items);
            } else {
                items.add(item);
            }
        }
    }

    /** The find bar's node ids, which live in the source pane's package. */
    private static final class SourceFindBarIds {
        static final String FIELD = "source-find-field";
    }
}

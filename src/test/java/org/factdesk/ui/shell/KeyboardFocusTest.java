package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Narrative;
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
 * Where the focus goes by the keyboard in the whole window: Tab out of every text box and back with Shift+Tab,
 * the order inside the cards, the pane shortcuts, and Delete on a fact with its Undo offer.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFocusTest {

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
    void tabLeavesTheTitleAndTheLedeWithoutTypingAndShiftTabComesBack(FxRobot robot) throws Exception {
        TextField title = robot.lookup(".story-title").queryAs(TextField.class);
        TextArea lede = robot.lookup(".story-lede").queryAs(TextArea.class);
        String ledeBefore = fx(lede::getText);
        robot.interact(title::requestFocus);

        robot.type(KeyCode.TAB);
        assertSame(lede, demo.focusOwner());
        robot.type(KeyCode.TAB);
        assertEquals("source-filter", demo.focusOwner().getId(), "the next stop after the lede is the filter");
        assertEquals(ledeBefore, fx(lede::getText), "no tab character was typed into the lede");

        shiftTab(robot);
        assertSame(lede, demo.focusOwner());
        shiftTab(robot);
        assertSame(title, demo.focusOwner());
        assertEquals(ledeBefore, demo.stored().story().lede());
    }

    @Test
    void tabLeavesThePasteDialogsTextBoxWithoutTypingOnToItsButtons(FxRobot robot) throws Exception {
        // An empty clipboard opens the empty paste dialog; an earlier test may have copied something.
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        javafx.stage.Stage dialog = OpenDialogs.await(robot, "Paste a source");
        TextArea text = robot.from(dialog.getScene().getRoot()).lookup("#source-text").queryAs(TextArea.class);
        robot.interact(text::requestFocus);

        robot.type(KeyCode.TAB);
        assertEquals("", fx(text::getText), "no tab character was typed into the text box");
        assertTrue(fx(() -> dialog.getScene().getFocusOwner() instanceof Button), "on to the dialog's buttons: "
                + fx(() -> dialog.getScene().getFocusOwner()));
        robot.interact(dialog::close);
    }

    @Test
    void tabLeavesTheReadOnlySourceTextBothWays(FxRobot robot) throws Exception {
        StyleClassedTextArea text = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        ctrl(robot, KeyCode.DIGIT2);
        assertSame(text, demo.focusOwner());

        robot.type(KeyCode.TAB);
        assertTrue(demo.focusIsIn(robot.lookup(".fact-builder").query()), "on to the facts: " + demo.focusOwner());
        shiftTab(robot);
        assertSame(text, demo.focusOwner());
        shiftTab(robot);
        assertInstanceOf(ListView.class, demo.focusOwner(), "back to the library");
    }

    @Test
    void aNarrativeCardIsTabbedLabelOutletTextThenItsButtonsAndKeepsTheOutlet(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fx(() -> demo.session().story().documentProperty().get().narratives().size() == 3));
        Node card = fx(() -> demo.focusOwner().getParent().getParent());
        assertTrue(demo.focusOwner().getStyleClass().contains("narrative-card-label"));

        robot.write("Harbour view");
        robot.type(KeyCode.TAB);
        assertTrue(demo.focusOwner().getStyleClass().contains("narrative-card-provider"), "label, then outlet");
        robot.write("Quayside Gazette");
        robot.type(KeyCode.TAB);
        assertTrue(demo.focusOwner().getStyleClass().contains("narrative-card-text"), "outlet, then text");
        robot.write("Gulls nest on the old quay.");
        robot.type(KeyCode.TAB);
        assertInstanceOf(Button.class, demo.focusOwner(), "text, then the card's buttons");
        assertTrue(demo.focusIsIn(card), "still in the same card");

        waitUntil(() -> demo.stored().narratives().size() == 3);
        Narrative added = demo.stored().narratives().get(2);
        assertEquals("Harbour view", added.label());
        assertEquals("Quayside Gazette", added.providedBy(), "the typed outlet reached the file");
        assertEquals("Gulls nest on the old quay.", added.text());
    }

    @Test
    void aFactsTextIsLeftByTabOntoItsChipsThenTheNextCard(FxRobot robot) throws Exception {
        ctrl(robot, KeyCode.DIGIT3);
        Node first = demo.focusOwner();
        assertTrue(first.getStyleClass().contains("fact-card"));
        String before = demo.stored().facts().get(0).text();

        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".fact-editor").tryQuery().isPresent());
        robot.type(KeyCode.END).write(" Two abstained.");
        robot.type(KeyCode.TAB);
        assertInstanceOf(Hyperlink.class, demo.focusOwner(), "from the text to the fact's citation chip");
        assertTrue(demo.focusIsIn(first));
        assertTrue(robot.lookup(".fact-editor").tryQuery().isEmpty(), "editing ended");
        waitUntil(() -> demo.stored().facts().get(0).text().equals(before + " Two abstained."));

        robot.type(KeyCode.TAB);
        Node second = demo.focusOwner();
        assertTrue(second.getStyleClass().contains("fact-card") && second != first, "then the next fact");
        shiftTab(robot);
        shiftTab(robot);
        assertSame(first, demo.focusOwner());
    }

    @Test
    void eachPaneIsOneShortcutAwayEvenFromInsideAField(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup(".story-lede").query().requestFocus());

        ctrl(robot, KeyCode.DIGIT1);
        assertEquals("source-library", demo.focusOwner().getId());
        ctrl(robot, KeyCode.DIGIT2);
        assertEquals("source-text-area", demo.focusOwner().getId());
        ctrl(robot, KeyCode.DIGIT3);
        long current = fx(() -> demo.session().selection().selectedFactIdProperty().get());
        assertTrue(demo.focusOwner().getStyleClass().contains("fact-card"));
        assertEquals(current, fx(() -> demo.session().selection().selectedFactIdProperty().get()));
        ctrl(robot, KeyCode.DIGIT4);
        assertTrue(demo.focusOwner().getStyleClass().contains("narrative-card-label"));
        assertEquals("Pro-council narrative", ((TextField) demo.focusOwner()).getText(), "the first narrative");
        ctrl(robot, KeyCode.L);
        assertEquals("source-filter", demo.focusOwner().getId());
        robot.write("ledger");
        waitUntil(() -> fx(() -> robot.lookup(".source-library").queryListView().getItems().size() == 1));
    }

    @Test
    void deleteOnAFocusedFactDeletesItAndTheStatusBarOffersUndo(FxRobot robot) throws Exception {
        String first = demo.stored().facts().get(0).text();
        ctrl(robot, KeyCode.DIGIT3);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> demo.stored().facts().size() == 3);

        Label message = robot.lookup(".status-undo-message").queryAs(Label.class);
        assertTrue(fx(() -> message.getParent().isVisible()), "the offer shows");
        assertTrue(fx(message::getText).startsWith("Deleted fact 1: “" + first.substring(0, 20)), fx(message::getText));
        assertTrue(demo.focusOwner().getStyleClass().contains("fact-card"), "the next fact has the focus");
        assertEquals(fx(() -> demo.session().story().documentProperty().get().facts().get(0).id()),
                fx(() -> demo.session().selection().selectedFactIdProperty().get()));

        // Delete belongs to the fact cards: in the library and in the source text it deletes nothing.
        ctrl(robot, KeyCode.DIGIT1);
        robot.type(KeyCode.DELETE);
        ctrl(robot, KeyCode.DIGIT2);
        robot.type(KeyCode.DELETE);
        assertEquals(3, demo.stored().facts().size());

        Hyperlink undo = robot.lookup(".status-undo").queryAs(Hyperlink.class);
        robot.interact(undo::requestFocus);
        robot.type(KeyCode.SPACE);
        waitUntil(() -> demo.stored().facts().size() == 4);
        assertEquals(first, demo.stored().facts().get(0).text());
        assertFalse(fx(() -> message.getParent().isVisible()), "the offer is gone once taken");
        assertEquals(4, robot.lookup(".fact-card").queryAll().size());
    }

    @Test
    void theKeyboardShortcutsDialogListsTheRegistry(FxRobot robot) throws Exception {
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#" + KeyboardShortcutsDialog.TABLE_ID).tryQuery().isPresent());
        javafx.scene.control.TableView<?> table = robot.lookup("#" + KeyboardShortcutsDialog.TABLE_ID)
                .queryAs(javafx.scene.control.TableView.class);
        assertEquals(List.copyOf(org.factdesk.ui.common.ShortcutTable.rows()), fx(() -> List.copyOf(table.getItems())));
        assertTrue(fx(() -> table.getWidth() >= table.prefWidth(-1) - 1), "the three columns are not cut short: "
                + fx(table::getWidth) + " of " + fx(() -> table.prefWidth(-1)));
        robot.type(KeyCode.ESCAPE);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private static void shiftTab(FxRobot robot) {
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
    }
}

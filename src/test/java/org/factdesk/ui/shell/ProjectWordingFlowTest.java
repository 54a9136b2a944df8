package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Fact;
import org.factdesk.ui.checks.ChecksPane;
import org.factdesk.ui.checks.ProjectWordingDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The project's own wording in the whole window at a laptop's 1280×720, by keyboard: a word watched from
 * Story › Project wording… shows up in the Checks panel and goes when it is removed; a shipped word typed in
 * another form is silenced from the panel's own button.
 */
class ProjectWordingFlowTest extends LaptopWindowCase {

    @BeforeEach
    void waitForTheChecks() throws Exception {
        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (2)"));
    }

    private static <T extends Node> T in(FxRobot robot, Stage dialog, String query, Class<T> type) {
        return robot.from(dialog.getScene().getRoot()).lookup(query).queryAs(type);
    }

    private static boolean focused(Stage dialog, Node node) throws Exception {
        return fx(() -> dialog.getScene().getFocusOwner() == node);
    }

    @Test
    void aWordWatchedFromTheStoryMenuIsFlaggedInTheChecksUntilItIsRemoved(FxRobot robot) throws Exception {
        robot.clickOn("Story").clickOn("Project wording…");
        Stage wording = OpenDialogs.await(robot, ProjectWordingDialog.TITLE);
        @SuppressWarnings("unchecked")
        ListView<Object> choices = in(robot, wording, "#wording-choices", ListView.class);
        assertEquals(0, (int) fx(() -> choices.getItems().size()), "the demo project has no choices");

        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        Stage watch = OpenDialogs.await(robot, "Watch for a word");
        assertTrue(focused(watch, in(robot, watch, "#wording-term", Node.class)), "the word's field has the keyboard");
        Button watchButton = OpenDialogs.button(watch, "Watch");
        robot.targetWindow(watch); // TestFX writes text into its target window, not the focused one
        robot.write("pitch");
        assertTrue(watchButton.isDisabled(), "Watch waits for a valid form");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Choose what kind of wording it is.",
                in(robot, watch, "#wording-category-problem", Label.class).getText(), "Enter shows what is missing");

        robot.type(KeyCode.TAB);
        ComboBox<?> category = in(robot, watch, "#wording-category", ComboBox.class);
        assertTrue(focused(watch, category), "Tab goes to the kind of wording");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(category::isShowing));
        robot.type(KeyCode.ESCAPE);
        assertFalse(fx(category::isShowing));
        assertTrue(fx(watch::isShowing), "Esc in an open list of choices closes only the list");
        robot.press(KeyCode.ALT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("EUPHEMISM", fx(() -> String.valueOf(category.getValue())));

        robot.type(KeyCode.TAB, KeyCode.DOWN);
        robot.type(KeyCode.SPACE);
        RadioButton noun = in(robot, watch, "#wording-inflection-noun", RadioButton.class);
        assertTrue(fx(noun::isSelected), "arrow keys and Space choose how it changes");
        assertEquals("Flags pitch, pitches.", in(robot, watch, "#wording-forms", Label.class).getText(),
                () -> "term " + robot.lookup("#wording-term").queryTextInputControl().getText() + " focus "
                        + watch.getScene().getFocusOwner());

        robot.type(KeyCode.TAB); // the three choices are one stop for Tab
        assertTrue(focused(watch, in(robot, watch, "#wording-suggestions", Node.class)));
        robot.write("stall");
        robot.type(KeyCode.TAB);
        robot.write("It sells a stall.");
        assertFalse(watchButton.isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !watch.isShowing());
        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (3)"));
        assertEquals(1, (int) fx(() -> choices.getItems().size()));
        assertTrue(focused(wording, choices), "back on the list, with the new word chosen");
        assertTrue(in(robot, wording, "#wording-note", Label.class).getText().contains("\u201Cpitch\u201D"));

        robot.type(KeyCode.DELETE);
        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (2)"));
        assertEquals(0, (int) fx(() -> choices.getItems().size()));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wording.isShowing());
    }

    @Test
    void aShippedWordTypedInAnotherFormIsSilencedFromTheChecksPanel(FxRobot robot) throws Exception {
        Fact first = fx(() -> demo.session().story().documentProperty().get().facts().get(0));
        fx(() -> {
            demo.session().story().editor().typeFactText(first.id(), first.text() + " The mayor claimed it was safe.");
            return null;
        });
        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (3)"));

        robot.clickOn(robot.lookup("#" + ChecksPane.WORDING_BUTTON_ID).queryButton());
        Stage wording = OpenDialogs.await(robot, ProjectWordingDialog.TITLE);
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);
        Stage silence = OpenDialogs.await(robot, "Silence a shipped word");
        robot.targetWindow(silence);
        robot.write("claims");
        WaitForAsyncUtils.waitForFxEvents();
        String finding = in(robot, silence, "#wording-silence-finding", Label.class).getText();
        assertTrue(finding.startsWith("The shipped lexicon flags \u201Cclaims\u201D as a form of \u201Cclaim\u201D"),
                finding);

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !silence.isShowing());

        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (2)"));
        @SuppressWarnings("unchecked")
        ListView<Object> choices = in(robot, wording, "#wording-choices", ListView.class);
        assertEquals(1, (int) fx(() -> choices.getItems().size()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !wording.isShowing());
    }
}

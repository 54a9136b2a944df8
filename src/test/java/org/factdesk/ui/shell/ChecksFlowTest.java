package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Fact;
import org.factdesk.ui.checks.ChecksPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Checks panel in the whole window at a laptop's 1280×720: findings follow the editor's typing, the keyboard
 * walks them and goes to their places, and an export asks first while errors remain.
 */
class ChecksFlowTest extends LaptopWindowCase {

    private static final String MISQUOTE = " The leader called it \u201Ca sad night for the quay\u201D.";

    @BeforeEach
    void waitForTheChecks() throws Exception {
        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (2)"));
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> findings() {
        return (ListView<Object>) demo.window().lookup(".checks-pane .list-view");
    }

    private Fact fact(int index) throws Exception {
        return fx(() -> demo.session().story().documentProperty().get().facts().get(index));
    }

    private void misquoteFirstFact() throws Exception {
        Fact first = fact(0);
        fx(() -> {
            demo.session().story().editor().typeFactText(first.id(), first.text() + MISQUOTE);
            return null;
        });
        waitUntil(() -> fx(() -> checksTab().getText()).equals("Checks (3)"));
    }

    @Test
    void aMisquoteShowsAsAnErrorAndTheKeyboardGoesFromItToTheFact(FxRobot robot) throws Exception {
        misquoteFirstFact();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(demo.focusIsIn(findings()), "Ctrl+5 goes to the findings");
        assertEquals(0, (int) fx(() -> findings().getSelectionModel().getSelectedIndex()));
        assertTrue(robot.lookup(".checks-summary").queryLabeled().getText().startsWith("1 error"));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(fact(0).id(), (long) fx(() -> demo.session().selection().selectedFactIdProperty().get()));
        Node focused = demo.focusOwner();
        assertTrue(focused.getStyleClass().contains("fact-card"), "the fact's card has the keyboard: " + focused);
    }

    @Test
    void arrowKeysShowEachFindingsPlaceWithoutLeavingTheList(FxRobot robot) throws Exception {
        misquoteFirstFact();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(demo.focusIsIn(findings()), "the list keeps the keyboard");
        assertEquals("NARRATIVE", fx(() -> demo.session().selection().requestedPlaceProperty().get().part().name()));
    }

    @Test
    void theChosenFindingStaysChosenWhileTheEditorTypesElsewhere(FxRobot robot) throws Exception {
        misquoteFirstFact();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Fact second = fact(1);

        fx(() -> {
            demo.session().story().editor().typeFactText(second.id(), second.text() + " More.");
            return null;
        });
        waitUntil(() -> fx(() -> demo.session().story().documentProperty().get().facts().get(1).text()
                .endsWith("More.")));
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, (int) fx(() -> findings().getSelectionModel().getSelectedIndex()),
                "the narrative's finding is still the chosen one, so F8 and Alt+I go on from it");
    }

    @Test
    void exportingWhileAnErrorRemainsAsksAndShowingTheChecksExportsNothing(FxRobot robot) throws Exception {
        misquoteFirstFact();

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        Stage question = OpenDialogs.await(robot, "Export story");
        DialogPane pane = (DialogPane) question.getScene().getRoot();
        assertEquals("1 error remains in this story", pane.getHeaderText());
        assertTrue(pane.getContentText().startsWith("Fact 1: "), pane.getContentText());

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(Files.exists(demo.exportTarget()), "Enter does not export");
        assertTrue(demo.focusIsIn(findings()), "the findings are shown instead");
        assertEquals(0, (int) fx(() -> findings().getSelectionModel().getSelectedIndex()), "the error chosen");
        assertEquals(fact(0).id(), (long) fx(() -> demo.session().selection().selectedFactIdProperty().get()),
                "and its fact shown");

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        robot.clickOn(OpenDialogs.button(OpenDialogs.await(robot, "Export story"), "Export anyway"));
        waitUntil(() -> Files.exists(demo.exportTarget()));
    }

    @Test
    void aStoryWithoutErrorsExportsWithoutAQuestion(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);

        waitUntil(() -> Files.exists(demo.exportTarget()));
        assertTrue(OpenDialogs.find(robot, "Export story").isEmpty(), "warnings alone ask nothing");
    }

    @Test
    void f8GoesToTheNextFindingsPlaceAndRoundAgain(FxRobot robot) throws Exception {
        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        Node narratives = demo.window().lookup(".narrative-panel");
        assertTrue(demo.focusIsIn(narratives), "the first finding is on narrative 2: " + demo.focusOwner());

        robot.type(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(demo.focusIsIn(demo.window().lookup(".source-library")),
                "the second is on the sources: the library: " + demo.focusOwner());

        robot.press(KeyCode.SHIFT, KeyCode.F8).release(KeyCode.F8, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(demo.focusIsIn(narratives), "Shift+F8 goes back");
        assertTrue(fx(() -> checksTab().isSelected()), "the checks' tab is shown");
        assertTrue(demo.window().lookup(".checks-pane") instanceof ChecksPane);
    }
}

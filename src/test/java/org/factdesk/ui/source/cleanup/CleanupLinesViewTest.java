package org.factdesk.ui.source.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.logic.cleanup.CleanupProposal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The clean-up view in a stage: marked lines, Space and the boxes toggle, and a long text stays quick. */
@ExtendWith(ApplicationExtension.class)
class CleanupLinesViewTest {

    private static final String PAGE = """
            Home | News | Sport | Weather
            The harbour board of Tarn Bay voted on Thursday to rebuild the crumbling north wall of the old quay \
            before the spring tides reach it.
            Latest Posts
            Gull count rises""";

    private CleanupLinesModel model;
    private CleanupLinesView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        model = new CleanupLinesModel(PAGE, CleanupProposal.propose(PAGE));
        view = new CleanupLinesView(model);
        stage.setScene(new Scene(view, 700, 400));
        stage.show();
    }

    @Test
    void proposedLinesAreStruckThroughWithTheirReasonAndSpaceKeepsTheFocusedOne(FxRobot robot) {
        assertEquals("3 of 4 lines will be dropped", robot.lookup("#" + CleanupLinesView.SUMMARY_ID)
                .queryAs(Label.class).getText());
        assertEquals(3, robot.lookup("." + CleanupLinesView.DROPPED).queryAll().size());
        assertTrue(robot.lookup("looks like navigation").tryQuery().isPresent());

        robot.interact(() -> view.list().requestFocus());
        robot.type(KeyCode.SPACE);
        assertFalse(model.lines().get(0).dropped(), "Space kept the focused first line");
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE);
        assertFalse(model.lines().get(2).dropped(), "the arrows move on, and Space keeps the third line");
        assertEquals("1 of 4 lines will be dropped", robot.lookup("#" + CleanupLinesView.SUMMARY_ID)
                .queryAs(Label.class).getText());
        assertTrue(view.list().isFocused(), "the list keeps the focus");
    }

    @Test
    void clickingALinesBoxDropsItAndTheButtonsResetTheWhole(FxRobot robot) {
        CheckBox secondBox = robot.lookup("." + CleanupLinesView.LINE).queryAll().stream()
                .map(cell -> (javafx.scene.control.ListCell<?>) cell).filter(cell -> cell.getIndex() == 1)
                .findFirst().orElseThrow().getGraphic().lookup(".check-box") instanceof CheckBox box ? box : null;
        robot.clickOn(secondBox);
        assertTrue(model.lines().get(1).dropped());
        assertEquals("dropped by you", model.lines().get(1).note());

        robot.clickOn("Keep every line");
        assertEquals(0, model.droppedCountProperty().get());
        robot.clickOn("Accept proposal");
        assertEquals(3, model.droppedCountProperty().get());
        assertFalse(model.lines().get(1).dropped());
    }

    @Test
    void tenThousandLinesShowAtOnceAndOnlyTheVisibleRowsBecomeCells(FxRobot robot) throws Exception {
        String text = IntStream.range(0, 10_000).mapToObj(i -> i % 40 == 0 ? "Share on Facebook"
                : "Line " + i + " of the council minutes, which list every berth let on the quay this year, one by one.")
                .collect(Collectors.joining("\n"));
        CleanupLinesModel big = new CleanupLinesModel(text, CleanupProposal.propose(text));
        long start = System.nanoTime();
        robot.interact(() -> stage.setScene(new Scene(new CleanupLinesView(big), 700, 400)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 3_000, "shown within 3 s");
        int cells = robot.lookup("." + CleanupLinesView.LINE).queryAll().size();
        assertTrue(cells < 100, "virtualised: " + cells + " cells");
        assertEquals("250 of 10000 lines will be dropped", robot.lookup("#" + CleanupLinesView.SUMMARY_ID)
                .queryAs(Label.class).getText());
    }
}

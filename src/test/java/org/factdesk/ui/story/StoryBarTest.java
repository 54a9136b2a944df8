package org.factdesk.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.factdesk.model.Story;
import org.factdesk.ui.FxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StoryBarTest {

    private FxSession fx;
    private StoryBarModel model;

    @Start
    void start(Stage stage) throws Exception {
        fx = new FxSession();
        model = new StoryBarModel(fx.session().story(), fx.session().stories());
        stage.setScene(new Scene(new StoryBar(model), 900, 240));
        stage.show();
        fx.open();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.onFx(condition));
    }

    @Test
    void newStoryGetsItsTitleTypedThenIsDeletedAfterConfirming(FxRobot robot) throws Exception {
        fx.awaitOpen();
        robot.clickOn("New story");
        TextField title = robot.lookup(".story-title").queryAs(TextField.class);
        waitUntil(() -> title.isFocused() && title.getText().equals(StoryBarModel.NEW_TITLE));

        robot.write("Ferry fares");
        fx.settle();
        assertEquals("Ferry fares", fx.onFx(() -> model.currentProperty().get().title()));
        assertEquals("Ferry fares", fx.stored().story().title());
        assertEquals(2, (int) fx.onFx(() -> fx.session().stories().list().size()));
        assertEquals(2, storedStoryCount());

        robot.clickOn(robot.lookup(node -> "Delete story…".equals(node.getAccessibleText())).queryButton());
        robot.lookup("Delete \u201cFerry fares\u201d?").query();
        robot.clickOn("Delete");

        fx.settle();
        assertEquals(1, (int) fx.onFx(() -> fx.session().stories().list().size()));
        assertEquals(1, storedStoryCount());
        Story open = fx.onFx(() -> model.currentProperty().get());
        assertEquals("Tidewater votes to close Old Quay market", open.title());
        assertEquals(open.title(), fx.stored().story().title());
    }

    @Test
    void cancellingTheConfirmationKeepsTheStory(FxRobot robot) throws Exception {
        fx.awaitOpen();
        robot.clickOn(robot.lookup(node -> "Delete story…".equals(node.getAccessibleText())).queryButton());
        robot.clickOn("Cancel");
        fx.settle();
        assertEquals(1, (int) fx.onFx(() -> fx.session().stories().list().size()));
        assertEquals(1, storedStoryCount());
    }

    @Test
    void serialCommaCheckBoxFollowsUndo(FxRobot robot) throws Exception {
        fx.awaitOpen();
        robot.clickOn("Serial comma");
        fx.settle();
        assertFalse(fx.onFx(() -> fx.session().story().documentProperty().get().story().style().serialComma()));
        assertFalse(fx.stored().story().style().serialComma());
        fx.onFx(() -> {
            fx.session().history().undo();
            return null;
        });
        fx.settle();
        assertTrue(fx.onFx(() -> robot.lookup(".check-box").queryAs(javafx.scene.control.CheckBox.class)
                .isSelected()));
        assertTrue(fx.stored().story().style().serialComma());
    }

    @Test
    void pickerKeepsShowingTheStoryWhileItsTitleIsTypedAndStillSwitchesStories(FxRobot robot) throws Exception {
        fx.awaitOpen();
        robot.clickOn("New story");
        TextField title = robot.lookup(".story-title").queryAs(TextField.class);
        waitUntil(() -> title.isFocused() && title.getText().equals(StoryBarModel.NEW_TITLE));
        robot.write("Ferry fares");
        fx.settle();

        ComboBox<?> picker = robot.lookup(".story-chooser").queryAs(ComboBox.class);
        assertEquals("Ferry fares", fx.onFx(() -> picker.getButtonCell().getText()));

        robot.clickOn(picker);
        robot.clickOn(robot.lookup(".list-cell").match(node -> node instanceof ListCell<?> cell
                && "Tidewater votes to close Old Quay market".equals(cell.getText())).queryAs(ListCell.class));
        fx.settle();
        assertEquals("Tidewater votes to close Old Quay market",
                fx.onFx(() -> model.currentProperty().get().title()));
        assertEquals("Tidewater votes to close Old Quay market", fx.onFx(() -> picker.getButtonCell().getText()));
        robot.clickOn(picker);
        robot.lookup(".list-cell").match(node -> node instanceof ListCell<?> cell
                && "Ferry fares".equals(cell.getText())).queryAs(ListCell.class);
    }

    @Test
    void pickerKeepsShowingTheOnlyStoryWhileItsTitleIsTyped(FxRobot robot) throws Exception {
        fx.awaitOpen();
        ComboBox<?> picker = robot.lookup(".story-chooser").queryAs(ComboBox.class);
        robot.clickOn(".story-title").type(javafx.scene.input.KeyCode.END).write(" today");
        fx.settle();
        assertEquals("Tidewater votes to close Old Quay market today",
                fx.onFx(() -> picker.getButtonCell().getText()));
    }

    /** How many stories the project file holds, after every queued write. */
    private int storedStoryCount() throws Exception {
        return fx.onFx(() -> fx.session().project().read("Counting", project -> project.stories().stories().size()))
                .get(10, TimeUnit.SECONDS);
    }
}

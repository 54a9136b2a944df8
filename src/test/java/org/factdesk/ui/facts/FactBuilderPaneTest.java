package org.factdesk.ui.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.DemoSessions;
import org.factdesk.ui.common.EditorSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FactBuilderPaneTest {

    @TempDir
    Path folder;

    private final ExecutorService projectThread = Executors.newSingleThreadExecutor();
    private EditorSession session;
    private FactBuilderPane pane;

    @Start
    void start(Stage stage) {
        org.factdesk.ui.shell.Theme.apply(false);
        session = DemoSessions.threaded(projectThread, Platform::runLater);
        pane = new FactBuilderPane(new FactBuilderModel(session));
        stage.setScene(new Scene(pane, 520, 760));
        stage.show();
    }

    @BeforeEach
    void openDemo() throws Exception {
        Path file = DemoSessions.writeDemo(folder);
        WaitForAsyncUtils.asyncFx(() -> session.open(file, false, 0)).get().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> session.closeCurrent()).get();
        projectThread.shutdown();
    }

    @Test
    void cardsShowFactsWithTheirNumbersAndTheSourcesLine(FxRobot robot) {
        assertEquals(4, robot.lookup(".fact-card").queryAll().size());
        assertEquals(List.of("1", "1,2", "1", "2"), robot.lookup(".fact-marks").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertEquals("Sources: 1Tidewater Courier and 2Coastal Broadcasting.",
                robot.lookup(".sources-line").queryAs(Label.class).getText());
    }

    @Test
    void typingInAFactSavesItAsItIsTyped(FxRobot robot) throws Exception {
        TextArea first = textOf(robot, 0);
        robot.clickOn(first).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Council votes.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Council votes.".equals(stored().facts().get(0).text()));
        assertEquals("Council votes.", first.getText());
    }

    @Test
    void altUpMovesTheFocusedFactAndTheNumbersFollow(FxRobot robot) throws Exception {
        robot.clickOn(textOf(robot, 3));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> marks(stored()).equals(List.of("1", "2", "1,2", "1")));
        assertEquals(List.of("1", "2", "1,2", "1"), robot.lookup(".fact-marks").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(textOf(robot, 1).getText().startsWith("A petition"));
        assertEquals("Sources: 1Tidewater Courier and 2Coastal Broadcasting.",
                robot.lookup(".sources-line").queryAs(Label.class).getText());
    }

    @Test
    void deleteButtonRemovesTheSelectedFact(FxRobot robot) throws Exception {
        robot.clickOn(textOf(robot, 2));
        robot.clickOn(robot.lookup(".button").match(node -> node instanceof javafx.scene.control.Button button
                && button.getTooltip() != null && button.getTooltip().getText().startsWith("Delete"))
                .queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored().facts().size() == 3);
        assertEquals(3, robot.lookup(".fact-card").queryAll().size());
    }

    @Test
    void clickingACitationChipRevealsThePassage(FxRobot robot) {
        robot.clickOn(robot.lookup(".citation-chip").match(node -> ((Hyperlink) node).getText()
                .equals("2 Coastal Broadcasting")).queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Coastal Broadcasting", session.selectedSourceProperty().get().outlet());
        assertTrue(session.revealedExcerptProperty().get().quote().startsWith("two of the eight support piers"));
    }

    private TextArea textOf(FxRobot robot, int index) {
        return robot.lookup(".fact-text").queryAllAs(TextArea.class).stream().toList().get(index);
    }

    private StoryDocument stored() throws Exception {
        long storyId = session.documentProperty().get().story().id();
        return projectThreadRead(storyId);
    }

    private StoryDocument projectThreadRead(long storyId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> session.read("check", p -> p.stories().loadStory(storyId))).get()
                .get(10, TimeUnit.SECONDS);
    }

    private static List<String> marks(StoryDocument document) {
        return HouseFormat.format(document).facts().stream().map(f -> f.marks()).toList();
    }
}

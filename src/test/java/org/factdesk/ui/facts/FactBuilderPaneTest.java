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
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.DemoSession;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.FactColors;
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
        session = DemoSession.create(projectThread, TaskRunner.withDaemonThreads(Platform::runLater));
        pane = new FactBuilderPane(new FactBuilderModel(session.story(), session.selection(), session.history()));
        stage.setScene(new Scene(pane, 520, 760));
        stage.show();
    }

    @BeforeEach
    @SuppressWarnings("FutureReturnValueIgnored") // the second get() awaits the inner future
    void openDemo() throws Exception {
        Path file = DemoSession.writeDemo(folder);
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
    void aFactCitingFourSourcesShowsAllItsNumbersWhole(FxRobot robot) throws Exception {
        for (String outlet : List.of("Regional Ledger", "The Market Voice")) {
            java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<Void>> cited =
                    new java.util.concurrent.atomic.AtomicReference<>();
            WaitForAsyncUtils.asyncFx(() -> {
                org.factdesk.model.Source source = session.library().list().stream()
                        .filter(candidate -> candidate.outlet().equals(outlet)).findFirst().orElseThrow();
                cited.set(session.library().sourceText(source.id()).thenAccept(text -> {
                    session.selection().selectFact(session.story().documentProperty().get().facts().get(1).id());
                    session.selection().selectPassage(
                            org.factdesk.logic.command.Passage.of(source, text, 0, text.indexOf('.') + 1));
                    session.story().citeSelection();
                }));
            }).get(10, TimeUnit.SECONDS);
            cited.get().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> session.project().pendingWorkProperty().get() == 0).get());
        }
        WaitForAsyncUtils.waitForFxEvents();
        Label marks = robot.lookup(".fact-marks").nth(1).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> marks.getText().equals("1,2,3,4"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> marks.getWidth() >= marks.prefWidth(-1) - 0.5).get(),
                "the numbers " + marks.getText() + " are shown whole, not cut to \"1,…\"");
    }

    @Test
    void clickingAFactEditsItAndTypingIsSavedAsItIsTyped(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".fact-text").queryAs(Label.class));
        TextArea editor = robot.lookup(".fact-editor").queryAs(TextArea.class);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Council votes.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Council votes.".equals(stored().facts().get(0).text()));
        assertEquals("Council votes.", editor.getText());

        robot.type(KeyCode.ENTER);
        assertEquals("Council votes.", cardTexts(robot).get(0), "Enter ends the edit and shows the text");
        assertTrue(robot.lookup(".fact-editor").tryQuery().isEmpty());
    }

    @Test
    void eachCardsStripeWearsItsFactsOwnColourThroughAMove(FxRobot robot) throws Exception {
        List<String> before = stripeColours(robot);
        assertEquals(WaitForAsyncUtils.asyncFx(() -> session.story().documentProperty().get().facts().stream()
                .map(FactColors::styleClass).toList()).get(), before);
        assertEquals(before.size(), before.stream().distinct().count(), "the demo's facts differ in colour");

        WaitForAsyncUtils.asyncFx(() -> session.story().editor().moveFact(
                session.story().documentProperty().get().facts().get(0).id(), 3)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(before.get(1), before.get(2), before.get(3), before.get(0)), stripeColours(robot),
                "the colours move with their facts");
    }

    /** The fact-color class of each card's stripe, top to bottom. */
    private static List<String> stripeColours(FxRobot robot) {
        return robot.lookup("." + FactCard.STRIPE).queryAll().stream()
                .map(stripe -> stripe.getStyleClass().stream().filter(style -> style.startsWith("fact-color-"))
                        .reduce((one, other) -> one + " " + other).orElse(""))
                .toList();
    }

    @Test
    void altUpMovesTheFocusedFactAndTheNumbersFollow(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".fact-text").queryAllAs(Label.class).stream().toList().get(3));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> marks(stored()).equals(List.of("1", "2", "1,2", "1")));
        assertEquals(List.of("1", "2", "1,2", "1"), robot.lookup(".fact-marks").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertTrue(cardTexts(robot).get(1).startsWith("A petition"));
        assertEquals("Sources: 1Tidewater Courier and 2Coastal Broadcasting.",
                robot.lookup(".sources-line").queryAs(Label.class).getText());
    }

    @Test
    void onlyTheClickedCardIsMarkedSelected(FxRobot robot) {
        robot.clickOn(robot.lookup(".fact-text").queryAllAs(Label.class).stream().toList().get(2));
        WaitForAsyncUtils.waitForFxEvents();

        List<Integer> selected = new java.util.ArrayList<>();
        List<javafx.scene.Node> cards = List.copyOf(robot.lookup(".fact-card").queryAll());
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected"))) {
                selected.add(i);
            }
        }
        assertEquals(List.of(2), selected);
    }

    @Test
    void deleteButtonRemovesTheSelectedFact(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".fact-text").queryAllAs(Label.class).stream().toList().get(2));
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
        assertEquals("Coastal Broadcasting", session.selection().selectedSourceProperty().get().outlet());
        assertTrue(session.selection().revealedExcerptProperty().get().quote().startsWith("two of the eight support piers"));
    }

    /** Each card's text as shown: the field's while it is edited, else the label's. */
    private static List<String> cardTexts(FxRobot robot) {
        return robot.lookup(".fact-card").queryAll().stream().map(card -> {
            javafx.scene.Node editor = card.lookup(".fact-editor");
            return editor != null ? ((TextArea) editor).getText() : ((Label) card.lookup(".fact-text")).getText();
        }).toList();
    }

    private StoryDocument stored() throws Exception {
        long storyId = session.story().documentProperty().get().story().id();
        return projectThreadRead(storyId);
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the second get() awaits the inner future
    private StoryDocument projectThreadRead(long storyId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> session.project().read("check", p -> p.stories().loadStory(storyId))).get()
                .get(10, TimeUnit.SECONDS);
    }

    private static List<String> marks(StoryDocument document) {
        return HouseFormat.format(document).facts().stream().map(f -> f.marks()).toList();
    }
}

package org.factdesk.ui.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Narrative;
import org.factdesk.ui.FxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class NarrativePanelTest {

    private FxSession fx;
    private NarrativePanelModel model;
    private NarrativePanel panel;

    @Start
    void start(Stage stage) throws Exception {
        fx = new FxSession();
        model = new NarrativePanelModel(fx.session().story(), fx.session().library());
        panel = new NarrativePanel(model);
        stage.setScene(new Scene(panel, 640, 760));
        stage.show();
        fx.open();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.onFx(condition));
    }

    @Test
    void twoNarrativesAddedByClickingAndTypingReachTheFile(FxRobot robot) throws Exception {
        fx.awaitOpen();
        fx.onFx(() -> {
            fx.session().stories().create("Harbour lights");
            return null;
        });
        waitUntil(() -> fx.session().story().documentProperty().get().story().title().equals("Harbour lights"));
        assertTrue(robot.lookup(".narrative-empty-hint").query().isVisible());

        addNarrative(robot, "Pro-port", "Quay Radio", "Lights help ships.");
        addNarrative(robot, "Anti-port", "Ferry Post", "Lights cost too much money.");

        List<Narrative> stored = fx.stored().narratives();
        assertEquals(List.of("Pro-port", "Anti-port"), stored.stream().map(Narrative::label).toList());
        assertEquals(List.of("Quay Radio", "Ferry Post"), stored.stream().map(Narrative::providedBy).toList());
        assertEquals("Lights cost too much money.", stored.get(1).text());
        assertFalse(robot.lookup(".narrative-empty-hint").query().isVisible());
        assertEquals("5 words", fx.onFx(() -> model.cards().get(1).wordCountProperty().get()));
    }

    private void addNarrative(FxRobot robot, String label, String outlet, String text) throws Exception {
        int before = fx.onFx(() -> model.cards().size());
        robot.clickOn("Add narrative");
        waitUntil(() -> model.cards().size() == before + 1);
        NarrativeCard card = fx.onFx(() -> panel.cardFor(model.cards().get(before).id()));
        waitUntil(() -> card.labelField().isFocused());
        robot.write(label);
        robot.clickOn(card.providerField()).write(outlet);
        robot.clickOn(card.textArea()).write(text);
    }

    @Test
    void typingKeepsTheCaretWhileTheBalanceStripAndOtherCardsUpdate(FxRobot robot) throws Exception {
        fx.awaitOpen();
        NarrativeCard trader = fx.onFx(() -> panel.cardFor(model.cards().get(1).id()));
        TextArea area = trader.textArea();
        robot.clickOn(area);
        fx.onFx(() -> {
            area.positionCaret(area.getLength());
            return null;
        });
        int wordsBefore = fx.onFx(() -> model.cards().get(1).wordsProperty().get());

        robot.write(" Stalls matter.");
        // A change from elsewhere (another pane, an undo) reaches the other card while this one is typed in.
        fx.onFx(() -> {
            Narrative council = fx.session().story().documentProperty().get().narratives().get(0);
            fx.session().story().editor().typeNarrative(new Narrative(council.id(), "Council view", council.providedBy(),
                    council.text()));
            return null;
        });
        robot.write(" Yes.");

        waitUntil(() -> area.getText().endsWith("Stalls matter. Yes."));
        assertTrue(fx.onFx(area::isFocused));
        assertEquals(area.getLength(), (int) fx.onFx(area::getCaretPosition));
        int wordsNow = wordsBefore + 3;
        assertEquals(wordsNow, (int) fx.onFx(() -> model.cards().get(1).wordsProperty().get()));
        Set<Label> counts = robot.lookup(".balance-count").queryAllAs(Label.class);
        assertTrue(counts.stream().anyMatch(count -> count.getText().equals(wordsNow + " words")));
        assertEquals("Council view", fx.onFx(() -> panel.cardFor(model.cards().get(0).id()).labelField().getText()));
        assertTrue(fx.stored().narratives().get(1).text().endsWith("Stalls matter. Yes."));
    }

    @Test
    void altUpMovesTheFocusedCardAndKeepsFocus(FxRobot robot) throws Exception {
        fx.awaitOpen();
        NarrativeCard trader = fx.onFx(() -> panel.cardFor(model.cards().get(1).id()));
        robot.clickOn(trader.textArea());
        robot.press(KeyCode.ALT).press(KeyCode.UP).release(KeyCode.UP).release(KeyCode.ALT);

        waitUntil(() -> model.cards().get(0) == trader.model());
        assertTrue(fx.onFx(() -> trader.textArea().isFocused()));
        assertEquals("Pro-trader narrative", fx.stored().narratives().get(0).label());
    }

    @Test
    void removeButtonDeletesTheNarrativeUndoably(FxRobot robot) throws Exception {
        fx.awaitOpen();
        NarrativeCard council = fx.onFx(() -> panel.cardFor(model.cards().get(0).id()));
        robot.clickOn(robot.from(council).lookup(".button")
                .match(node -> "Remove narrative".equals(((javafx.scene.control.Button) node).getAccessibleText()))
                .queryButton());
        waitUntil(() -> model.cards().size() == 1);
        assertEquals(1, fx.stored().narratives().size());

        fx.onFx(() -> {
            fx.session().history().undo();
            return null;
        });
        assertEquals(2, fx.stored().narratives().size());
    }

    @Test
    void draggingACardByItsGripMovesIt(FxRobot robot) throws Exception {
        fx.awaitOpen();
        NarrativeCard council = fx.onFx(() -> panel.cardFor(model.cards().get(0).id()));
        NarrativeCard trader = fx.onFx(() -> panel.cardFor(model.cards().get(1).id()));
        robot.drag(robot.from(council).lookup(".narrative-drag-handle").queryLabeled()).dropTo(trader.textArea());

        waitUntil(() -> model.cards().get(1) == council.model());
        assertEquals("Pro-council narrative", fx.stored().narratives().get(1).label());
    }
}

package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.factdesk.ui.shell.OpenDialogs.button;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Anchoring;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.StoryDocument;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Correcting a source's text in the window: the preview, the question before a loss, and what follows. */
class CorrectTextFlowTest extends LaptopWindowCase {

    private static final String PETITION = "The decision to shut Old Quay market has divided the town, with a "
            + "petition against the closure gathering more than 11,000 signatures in three weeks.";

    @Test
    void deletingACitedSentenceLosesItsPassageAfterOneMoreQuestion(FxRobot robot) throws Exception {
        robot.clickOn("Coastal Broadcasting");
        waitUntil(() -> fx(() -> demo.session().selection().selectedSourceProperty().get() != null));
        robot.clickOn("File").clickOn("Correct text…");
        Stage dialog = OpenDialogs.await(robot, "Correct text");
        TextArea text = robot.from(dialog.getScene().getRoot()).lookup("#correct-text").queryAs(TextArea.class);
        Label note = robot.from(dialog.getScene().getRoot()).lookup("#correct-extract-note").queryAs(Label.class);
        assertTrue(note.getText().contains("no original file"), "the demo's sources were typed in: " + note.getText());

        robot.clickOn(text);
        robot.interact(() -> text.selectRange(0, PETITION.length() + 2));
        robot.type(KeyCode.DELETE);
        Label preview = robot.from(dialog.getScene().getRoot()).lookup("#correct-preview").queryAs(Label.class);
        waitUntil(() -> fx(() -> preview.getText().equals("Passages: 0 unchanged, 1 moved, 1 lost.")));
        @SuppressWarnings("unchecked")
        ListView<String> lost = robot.from(dialog.getScene().getRoot()).lookup("#correct-lost").queryAs(ListView.class);
        String row = fx(() -> lost.getItems().get(0));
        assertTrue(row.contains("a petition against the closure") && row.contains("cited by"), row);
        assertTrue(row.contains("petition against the closure has gathered"), "the citing fact is named: " + row);

        robot.clickOn(button(dialog, "Apply correction"));
        Stage question = OpenDialogs.await(robot, "Passages lost");
        robot.clickOn(button(question, "Apply and lose it"));

        waitUntil(() -> robot.lookup(".citation-chip").queryAllAs(Hyperlink.class).stream()
                .anyMatch(chip -> chip.getPseudoClassStates().contains(PseudoClass.getPseudoClass("orphaned"))));
        Hyperlink chip = robot.lookup(".citation-chip").queryAllAs(Hyperlink.class).stream()
                .filter(each -> each.getPseudoClassStates().contains(PseudoClass.getPseudoClass("orphaned")))
                .findFirst().orElseThrow();
        assertTrue(chip.getText().endsWith("· passage lost"), chip.getText());
        waitUntil(() -> statusSays(robot, "Corrected Old Quay closure divides town: 1 passage moved, 1 lost"));
        long flags = robot.lookup(".review-flag").queryAll().stream().filter(Node::isVisible).count();
        assertEquals(2, flags, "the fact that lost its passage and the one whose passage moved");
        StyleClassedTextArea shown = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> fx(() -> shown.getText().startsWith("Engineers' reports")));
        assertFalse(fx(() -> demo.session().history().canUndoProperty().get()), "the history was cleared");

        StoryDocument stored = demo.stored();
        assertEquals(1, stored.excerpts().values().stream().filter(e -> e.anchoring() == Anchoring.ORPHANED).count());
        assertEquals(2, stored.facts().stream().filter(f -> f.reviewStatus() == ReviewStatus.NEEDS_WORK).count());
    }

    @Test
    void aCorrectionNeedsNoMouse(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        Stage dialog = OpenDialogs.await(robot, "Correct text");
        TextArea text = robot.from(dialog.getScene().getRoot()).lookup("#correct-text").queryAs(TextArea.class);
        waitUntil(() -> fx(text::isFocused));

        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        // TestFX types characters into the first focused window it lists, which may be the window behind.
        robot.targetWindow(dialog);
        robot.write(" Two stalls stay.");
        Label preview = robot.from(dialog.getScene().getRoot()).lookup("#correct-preview").queryAs(Label.class);
        waitUntil(() -> fx(() -> text.getText().endsWith("Two stalls stay.")
                && !button(dialog, "Apply correction").isDisabled()));
        assertEquals("Passages: 3 unchanged, 0 moved, 0 lost.", fx(preview::getText));
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < 3 && !fx(() -> focusedButton(dialog).equals("Apply correction")); i++) {
            robot.type(KeyCode.TAB);
            path.append(fx(() -> String.valueOf(dialog.getScene().getFocusOwner()))).append(" / ");
        }
        assertEquals("Apply correction", fx(() -> focusedButton(dialog)), "Tab leaves the text and reaches Apply: "
                + path);
        robot.type(KeyCode.SPACE);

        waitUntil(() -> statusSays(robot, "Corrected Council votes to close Old Quay market: no passage moved or lost"));
        assertFalse(OpenDialogs.find(robot, "Correct text").isPresent());
        StyleClassedTextArea shown = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        waitUntil(() -> fx(() -> shown.getText().endsWith("before the vote was taken. Two stalls stay.")));
    }

    private static String focusedButton(Stage dialog) {
        return dialog.getScene().getFocusOwner() instanceof javafx.scene.control.Button button ? button.getText() : "";
    }

    private static boolean statusSays(FxRobot robot, String message) throws Exception {
        List<Label> labels = robot.lookup(".status-activity").queryAllAs(Label.class).stream().toList();
        return fx(() -> labels.stream().anyMatch(label -> label.getText() != null
                && label.getText().startsWith(message)));
    }
}

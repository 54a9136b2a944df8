package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.model.Narrative;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;
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
 * The editor's main flow by the keyboard alone, not one click or pointer move: pick a source, select a passage,
 * make a fact and reword it, cite a second source, reorder, write a narrative, export. Save dialogs are answered
 * by the window's file-chooser seam, as in {@link MainFlowTest}. Checks what the window shows and what the
 * project file and the export hold.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyFlowTest {

    private static final String LEDGER_PASSAGE = "broadly welcomed the move";
    private static final String VOICE_PASSAGE = "two thirds of customers";
    private static final String REWORDED = "Business groups welcomed the move to a covered hall on Ferry Street.";

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
    void theMainFlowNeedsNoMouse(FxRobot robot) throws Exception {
        StyleClassedTextArea text = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);

        // 1. Pick a source: Ctrl+1, then the arrow keys.
        pickSource(robot, "Regional Ledger");
        waitUntil(() -> fx(() -> text.getText().startsWith("Property agents")));

        // 2. Select a passage: Ctrl+2, Ctrl+F and its words; Esc leaves it selected in the text.
        selectPassage(robot, LEDGER_PASSAGE);

        // 3. Make a fact (Ctrl+Enter); it opens for editing: reword it, Enter.
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> robot.lookup(".fact-editor").tryQuery().isPresent()
                && fx(() -> robot.lookup(".fact-editor").query().isFocused()));
        keys(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(REWORDED).type(KeyCode.ENTER);
        waitUntil(() -> demo.stored().facts().size() == 5 && demo.stored().facts().get(1).text().equals(REWORDED));
        assertEquals(List.of("1", "2", "1,3", "1", "3"), marks(robot));

        // 4. Cite a second source in the same fact (Ctrl+Shift+Enter).
        pickSource(robot, "The Market Voice");
        waitUntil(() -> fx(() -> text.getText().startsWith("For the families")));
        selectPassage(robot, VOICE_PASSAGE);
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> marks(robot).get(1).equals("2,3"));

        // 5. Reorder: Ctrl+3 goes to the current fact, Alt+Up moves it to the top.
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT3);
        keys(robot, KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> marks(robot).equals(List.of("1,2", "3", "3,4", "3", "4")));
        assertEquals("Sources: 1Regional Ledger, 2The Market Voice, 3Tidewater Courier, and 4Coastal Broadcasting.",
                fx(() -> robot.lookup(".sources-line").queryAs(Label.class).getText()));

        // 6. A narrative: Ctrl+Shift+A, then label, Tab, outlet, Tab, text.
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> robot.lookup(".narrative-card").queryAll().size() == 3);
        robot.write("Pro-business narrative").type(KeyCode.TAB);
        robot.write("Regional Ledger");
        // The outlet completion may be showing; Esc closes it and keeps what was typed.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.listTargetWindows().stream().filter(Window::isShowing).count() == 1);
        robot.type(KeyCode.TAB).write("A covered hall can trade all year.");
        waitUntil(() -> demo.stored().narratives().size() == 3
                && demo.stored().narratives().get(2).text().equals("A covered hall can trade all year."));

        // 7. Export HTML (Ctrl+E); the save dialog is answered with the target.
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        Path html = demo.exportTarget();
        waitUntil(() -> Files.exists(html) && Files.size(html) > 0);

        // What the window shows.
        List<TextField> labels = List.copyOf(robot.lookup(".narrative-card-label").queryAllAs(TextField.class));
        assertEquals(3, labels.size());
        assertTrue(fx(() -> robot.lookup(".narrative-card-label").queryAllAs(TextField.class).stream()
                .anyMatch(field -> field.getText().equals("Pro-business narrative"))));
        assertTrue(fx(() -> robot.lookup(".narrative-card-text").queryAllAs(TextArea.class).stream()
                .anyMatch(area -> area.getText().equals("A covered hall can trade all year."))));
        waitUntil(() -> fx(() -> robot.lookup(".status-activity").queryAs(Label.class).getText()
                .startsWith("Exported to " + html)));

        // What the project file holds.
        StoryDocument stored = demo.stored();
        FormattedStory formatted = HouseFormat.format(stored);
        assertEquals(REWORDED + "1,2", formatted.facts().get(0).markedText());
        assertEquals(List.of("Regional Ledger", "The Market Voice"), stored.facts().get(0).citations().stream()
                .map(citation -> stored.sources().get(citation.sourceId()).outlet()).toList());
        Narrative written = stored.narratives().get(2);
        assertEquals("Pro-business narrative", written.label());
        assertEquals("Regional Ledger", written.providedBy());
        assertEquals("A covered hall can trade all year.", written.text());

        // What the export holds.
        String exported = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(exported.contains(REWORDED), "the reworded fact is exported");
        assertTrue(exported.contains("Pro-business narrative"));
        assertTrue(exported.contains("href=\"#source-2\">2</a>"), "its second citation links to its source");
    }

    /** Ctrl+1, then Down or Up until the library's selection is the source; never a click. */
    private void pickSource(FxRobot robot, String outlet) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        ListView<Source> library = robot.lookup(".source-library").queryListView();
        int wanted = fx(() -> indexOf(library, outlet));
        for (int guard = 0; guard < 20 && fx(() -> library.getSelectionModel().getSelectedIndex()) != wanted;
                guard++) {
            robot.type(fx(() -> library.getSelectionModel().getSelectedIndex()) < wanted ? KeyCode.DOWN : KeyCode.UP);
        }
        assertEquals(outlet, fx(() -> demo.session().selection().selectedSourceProperty().get().outlet()));
    }

    private static int indexOf(ListView<Source> library, String outlet) {
        for (int i = 0; i < library.getItems().size(); i++) {
            if (library.getItems().get(i).outlet().equals(outlet)) {
                return i;
            }
        }
        throw new AssertionError("no source " + outlet);
    }

    private void selectPassage(FxRobot robot, String passage) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write(passage);
        waitUntil(() -> fx(() -> robot.lookup(".source-find-status").queryAs(Label.class).getText())
                .equals("1 of 1"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> passage.equals(fx(() -> demo.session().selection().selectedPassageProperty().get() == null ? null
                : demo.session().selection().selectedPassageProperty().get().draft().quote())));
    }

    private static List<String> marks(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup(".fact-marks").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    /** Presses the keys in order and releases them in reverse, as fingers do. */
    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        KeyCode[] reversed = new KeyCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            reversed[i] = codes[codes.length - 1 - i];
        }
        robot.release(reversed);
    }
}

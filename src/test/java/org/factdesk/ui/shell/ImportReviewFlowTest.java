package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.factdesk.ui.shell.DemoWindow.waitUntil;
import static org.factdesk.ui.shell.OpenDialogs.button;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.model.Source;
import org.factdesk.model.SourceOriginal;
import org.factdesk.ui.source.JunkPages;
import org.factdesk.ui.source.PaneImports;
import org.factdesk.ui.source.SourcePane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor imports a saved page with site junk on a laptop's screen: the clean-up proposal is marked, she keeps
 * one proposed line by keyboard, corrects the outlet and adds it; and a page copied from a browser is pasted.
 */
class ImportReviewFlowTest extends LaptopWindowCase {

    private static final String REVIEW = "Review the source";

    @Test
    void aSavedPageIsReviewedLineByLineAndAddedWithItsOriginal(FxRobot robot) throws Exception {
        Path page = JunkPages.write(folder, "kittiwakes.html");
        robot.interact(() -> PaneImports.openFiles(robot.lookup(".source-pane").queryAs(SourcePane.class),
                List.of(page)));
        Stage dialog = OpenDialogs.await(robot, REVIEW);
        assertTrue(dialog.getWidth() <= DemoWindow.LAPTOP_WIDTH && dialog.getHeight() <= DemoWindow.LAPTOP_HEIGHT,
                "fits a laptop's screen: " + dialog.getWidth() + "×" + dialog.getHeight());
        assertTrue(fx(() -> text(dialog, "#import-notices").contains("taken from the end of the page's title")));
        assertEquals("5 of 7 lines will be dropped", fx(() -> text(dialog, "#cleanup-lines-summary")));
        assertEquals(5, robot.from(dialog.getScene().getRoot()).lookup(".cleanup-line-dropped").queryAll().size());
        assertTrue(robot.from(dialog.getScene().getRoot()).lookup("before the article").tryQuery().isPresent());

        ListView<?> lines = robot.from(dialog.getScene().getRoot()).lookup("#cleanup-lines-list")
                .queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, lines::isFocused);
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.SPACE);
        assertEquals("4 of 7 lines will be dropped", fx(() -> text(dialog, "#cleanup-lines-summary")));

        TextField outlet = robot.from(dialog.getScene().getRoot()).lookup("#source-outlet").queryAs(TextField.class);
        assertEquals(JunkPages.OUTLET, fx(outlet::getText), "prefilled from the page");
        robot.clickOn(outlet).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Kestrel Times").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());

        waitUntil(() -> fx(() -> {
            Source shown = demo.session().selection().selectedSourceProperty().get();
            return shown != null && "Kestrel Times".equals(shown.outlet());
        }));
        StyleClassedTextArea area = robot.lookup(".source-text").queryAs(StyleClassedTextArea.class);
        String expected = String.join("\n\n", JunkPages.TOWN, JunkPages.FIRST, JunkPages.SECOND);
        waitUntil(() -> fx(area::getText).equals(expected));
        assertTrue(robot.lookup(JunkPages.TITLE).tryQuery().isPresent(), "the title is in the pane");
        long id = fx(() -> demo.session().selection().selectedSourceProperty().get().id());
        SourceOriginal original = fx(() -> demo.session().project().read("check",
                p -> p.library().original(id))).get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("kittiwakes.html", original.fileName());
        assertArrayEquals(Files.readAllBytes(page), original.bytes());
    }

    @Test
    void theReviewIsWorkedByKeysTabFromTheLinesReachesAddAndEscAddsNothing(FxRobot robot) throws Exception {
        Path page = JunkPages.write(folder, "kittiwakes.html");
        robot.interact(() -> PaneImports.openFiles(robot.lookup(".source-pane").queryAs(SourcePane.class),
                List.of(page)));
        Stage dialog = OpenDialogs.await(robot, REVIEW);
        ListView<?> lines = robot.from(dialog.getScene().getRoot()).lookup("#cleanup-lines-list")
                .queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, lines::isFocused);

        robot.type(KeyCode.TAB);
        // The button bar orders Cancel and Add as the platform does; Add is the default, so Enter adds.
        assertTrue(fx(() -> dialog.getScene().getFocusOwner().getParent().getStyleClass().contains("container")
                && dialog.getScene().getFocusOwner() instanceof javafx.scene.control.Button),
                "from the lines on to the dialog's buttons: " + fx(() -> dialog.getScene().getFocusOwner()));
        assertTrue(fx(() -> button(dialog, "_Add source").isDefaultButton()));
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertTrue(fx(lines::isFocused), "and back");
        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertEquals(4, fx(() -> demo.session().library().list().size()), "Esc added nothing");
    }

    @Test
    void enterOnTheLinesWhereTheReviewOpensAddsTheSourceAsTheDefaultButton(FxRobot robot) throws Exception {
        Path page = JunkPages.write(folder, "kittiwakes.html");
        robot.interact(() -> PaneImports.openFiles(robot.lookup(".source-pane").queryAs(SourcePane.class),
                List.of(page)));
        Stage dialog = OpenDialogs.await(robot, REVIEW);
        ListView<?> lines = robot.from(dialog.getScene().getRoot()).lookup("#cleanup-lines-list")
                .queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, lines::isFocused);

        robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialog.isShowing());
        waitUntil(() -> fx(() -> demo.session().library().list().size()) == 5);
    }

    @Test
    void pastingACopiedPageReviewsItsArticleAndKeepsTheHtml(FxRobot robot) throws Exception {
        String html = JunkPages.html();
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putHtml(html);
            content.putString("Gull colony returns");
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        Stage dialog = OpenDialogs.await(robot, REVIEW);
        assertEquals("Pasted web page", fx(() -> text(dialog, "#import-heading")));

        robot.clickOn(button(dialog, "_Add source"));

        waitUntil(() -> fx(() -> demo.session().library().list().stream()
                .anyMatch(source -> source.title().equals(JunkPages.TITLE))));
        long id = fx(() -> demo.session().selection().selectedSourceProperty().get().id());
        SourceOriginal original = fx(() -> demo.session().project().read("check",
                p -> p.library().original(id))).get(10, TimeUnit.SECONDS).orElseThrow();
        assertEquals("text/html", original.mediaType());
        assertArrayEquals(html.getBytes(StandardCharsets.UTF_8), original.bytes());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
    }

    private static String text(Stage dialog, String query) {
        return ((Label) dialog.getScene().getRoot().lookup(query)).getText();
    }
}

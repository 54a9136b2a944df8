package org.factdesk.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.factdesk.logic.export.HtmlExport;
import org.factdesk.ui.FxSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {

    private FxSession fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new FxSession();
        stage.setScene(new Scene(new PreviewPane(new PreviewModel(fx.session().story())), 700, 700));
        stage.show();
        fx.open();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    private boolean showsText(FxRobot robot, String words) {
        return robot.lookup(".preview-text").queryAllAs(Text.class).stream()
                .anyMatch(text -> text.getText().equals(words));
    }

    @Test
    void showsATypedTitleAfterThePause(FxRobot robot) throws Exception {
        fx.awaitOpen();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> showsText(robot, "Tidewater votes to close Old Quay market"));

        boolean shownAtOnce = fx.onFx(() -> {
            fx.session().story().editor().typeTitle("Old Quay market to close");
            return showsText(robot, "Old Quay market to close");
        });

        assertEquals(false, shownAtOnce, "the preview waits for a pause in typing");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx.onFx(() -> showsText(robot, "Old Quay market to close")));
        assertTrue(robot.lookup(".preview-narrative-label").queryAllAs(Text.class).stream()
                .anyMatch(text -> text.getText().equals("Pro-council narrative")), "narrative labels stand apart");
    }

    @Test
    void copyAsTextPutsThePlainTextOnTheClipboard(FxRobot robot) throws Exception {
        fx.awaitOpen();
        robot.clickOn("Copy as text");
        String copied = fx.onFx(() -> Clipboard.getSystemClipboard().getString());
        assertTrue(copied.startsWith("Tidewater votes to close Old Quay market\n"));
        assertTrue(copied.contains("\nNarratives\n"));
    }

    @Test
    void copyAsHtmlPutsTheHtmlExportOnTheClipboardAsHtmlAndAsText(FxRobot robot) throws Exception {
        fx.awaitOpen();
        robot.clickOn("Copy as HTML");

        String html = fx.onFx(() -> Clipboard.getSystemClipboard().getHtml());
        String text = fx.onFx(() -> Clipboard.getSystemClipboard().getString());
        String export = fx.onFx(() -> HtmlExport.render(fx.session().story().formattedProperty().get()));
        assertEquals(export, html);
        assertEquals(export, text, "editors that take only text get the same markup");
        assertTrue(html.contains("<h1>Tidewater votes to close Old Quay market</h1>"), html);
    }
}

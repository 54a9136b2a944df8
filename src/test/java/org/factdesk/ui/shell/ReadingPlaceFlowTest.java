package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.DemoWindow.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.stage.Stage;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.DemoSession;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor reads far down a long source, quits, and the next start shows that source at the same place. */
@ExtendWith(ApplicationExtension.class)
class ReadingPlaceFlowTest {

    private static final String LONG_SOURCE = IntStream.rangeClosed(1, 120)
            .mapToObj(n -> "Harbour log, entry " + n + ": the ferry left on time and the quay lights were checked.")
            .collect(Collectors.joining("\n\n"));

    @TempDir
    Path folder;

    private final Preferences preferences = DemoWindow.newPreferences();
    private Stage stage;
    private DemoWindow demo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        quit();
        preferences.removeNode();
    }

    /** Starts the workstation on {@code project} as the app does: a new session, a new window, the same settings. */
    private void startOn(Path project) throws Exception {
        demo = fx(() -> new DemoWindow(stage, DemoWindow.LAPTOP_WIDTH, DemoWindow.LAPTOP_HEIGHT, preferences));
        demo.open(project);
    }

    private void quit() throws Exception {
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }

    private StyleClassedTextArea reader(FxRobot robot) {
        return robot.lookup("#source-text-area").queryAs(StyleClassedTextArea.class);
    }

    private int topParagraph(FxRobot robot) throws Exception {
        return fx(() -> reader(robot).firstVisibleParToAllParIndex());
    }

    @Test
    void theNextStartShowsTheSourceLastReadScrolledToWhereItWas(FxRobot robot) throws Exception {
        Path project = DemoSession.writeDemo(folder);
        startOn(project);
        fx(() -> {
            demo.session().library().addSource(new SourceDraft("Quay Log", "A season of crossings", "", "", null, "",
                    LONG_SOURCE, "paste"));
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> reader(robot).getText().contains("entry 120")));
        // The editor scrolls down to the middle of the log (a scroll wheel or the scroll bar would do the same).
        robot.interact(() -> reader(robot).showParagraphAtTop(60));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> topParagraph(robot) == 60);
        quit();

        startOn(project);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> reader(robot).getText().contains("entry 120")));
        assertEquals("Quay Log", fx(() -> demo.session().selection().selectedSourceProperty().get().outlet()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> topParagraph(robot) == 60);
        assertEquals(60, topParagraph(robot));
    }
}

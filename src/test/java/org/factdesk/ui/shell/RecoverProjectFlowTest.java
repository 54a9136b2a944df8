package org.factdesk.ui.shell;

import static org.factdesk.ui.shell.OpenDialogs.button;
import static org.factdesk.ui.shell.OpenDialogs.fx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.store.DamagedProjectFixture;
import org.factdesk.store.StoredBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor whose project file is damaged recovers it from the window: File › Recover a damaged project…, picks
 * the damaged file and a name for the new one, reads what was left out, and opens the recovered project. The
 * damaged file is not changed.
 */
@ExtendWith(ApplicationExtension.class)
class RecoverProjectFlowTest {

    @TempDir
    Path folder;

    private final List<FileChoosers.Request> asked = new ArrayList<>();
    private DemoWindow demo;
    private DamagedProjectFixture damaged;
    private Path recovered;

    @Start
    void start(Stage stage) {
        demo = new DemoWindow(stage, DemoWindow.LAPTOP_WIDTH, DemoWindow.LAPTOP_HEIGHT, new FileChoosers() {
            @Override
            public Optional<Path> open(Window owner, Request request) {
                asked.add(request);
                return Optional.of(damaged.file());
            }

            @Override
            public Optional<Path> save(Window owner, Request request) {
                asked.add(request);
                return Optional.of(recovered);
            }
        });
    }

    @BeforeEach
    void openDemoAndDamageAnotherProject() throws Exception {
        demo.openDemo(folder);
        damaged = DamagedProjectFixture.createIn(java.nio.file.Files.createDirectories(folder.resolve("damaged")));
        damaged.alter("Quillmarsh", "Quillmarsk");
        recovered = folder.resolve("harbour recovered.mv.db");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        demo.close();
    }

    @Test
    void recoveringShowsWhatWasLeftOutAndOpensTheNewProject(FxRobot robot) throws Exception {
        String before = StoredBytes.sha256(damaged.file());

        robot.clickOn("File").clickOn("Recover a damaged project…");
        Stage report = OpenDialogs.await(robot, "Recovery");

        assertEquals("harbour recovered.mv.db", asked.get(1).suggestedName(), "the new file is named after the old");
        String summary = robot.from(report.getScene().getRoot()).lookup("#recovery-summary").queryAs(Label.class)
                .getText();
        assertTrue(summary.startsWith("Copied 1 of 2 sources and 2 of 2 stories from harbour.mv.db into "), summary);
        ListView<?> leftOut = robot.from(report.getScene().getRoot()).lookup("#recovery-left-out")
                .queryAs(ListView.class);
        assertEquals("warning source " + damaged.heraldId() + ": left out: its text does not match its checksum",
                leftOut.getItems().get(0));

        robot.clickOn(button(report, "Open the recovered project"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> isOpen(recovered)));
        assertEquals(List.of("Tidewater bridge shut", "Ferry timetable"),
                fx(() -> demo.session().stories().list().stream().map(Story::title).toList()));
        assertEquals(before, StoredBytes.sha256(damaged.file()), "the damaged file was only read");
    }

    private boolean isOpen(Path file) {
        Project open = demo.session().project().projectProperty().get();
        return open != null && open.file().getFileName().equals(file.getFileName());
    }
}

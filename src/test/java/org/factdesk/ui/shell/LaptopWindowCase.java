package org.factdesk.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * The whole window on the demo project at a laptop's 1280×720, opened before each test and closed after it:
 * the common start of the flow tests. A test class that needs more before each test adds its own
 * {@code @BeforeEach}, which runs after this one's.
 */
@ExtendWith(ApplicationExtension.class)
abstract class LaptopWindowCase {

    @TempDir
    Path folder;

    DemoWindow demo;

    /**
     * Builds the window on TestFX's stage and opens the demo. Not a {@code @Start} method: TestFX looks for those
     * in the test class itself, never in a class it extends.
     */
    @BeforeEach
    void openDemo() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            demo = new DemoWindow(stage, DemoWindow.LAPTOP_WIDTH, DemoWindow.LAPTOP_HEIGHT);
        });
        demo.openDemo(folder);
    }

    @AfterEach
    void close() throws Exception {
        demo.close();
    }

    /** The Checks tab, first under the narratives. */
    Tab checksTab() {
        TabPane tabs = (TabPane) demo.window().lookup(".tab-pane");
        return tabs.getTabs().get(0);
    }
}

package org.factdesk.app.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.factdesk.app.StartupProbe;

/** The yardstick for start-up: an empty JavaFX window of the workstation's size, reporting when it is shown. */
public final class EmptyWindowProbe extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1360, 860));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> {
            StartupProbe.print("shown");
            Platform.exit();
        });
        stage.show();
    }
}

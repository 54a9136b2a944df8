package org.factdesk.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.factdesk.model.Project;
import org.factdesk.ui.common.EditorSession;

/**
 * The strip along the bottom: the project file, and what runs in the background with a progress spinner; when
 * nothing runs it says that every change is saved, after what last finished ("Exported to …"). JavaFX thread.
 */
final class StatusBar extends HBox {

    static final String STYLE = "status-bar";

    StatusBar(EditorSession session) {
        getStyleClass().add(STYLE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            Project project = session.projectProperty().get();
            return project == null ? "No project open" : project.file().toString();
        }, session.projectProperty()));
        file.getStyleClass().add("status-file");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(session.pendingWorkProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Label activity = new Label();
        activity.getStyleClass().add("status-activity");
        activity.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!session.activityProperty().get().isEmpty()) {
                return session.activityProperty().get();
            }
            if (!session.noticeProperty().get().isEmpty()) {
                return session.noticeProperty().get() + "  ·  All changes saved";
            }
            return session.projectProperty().get() == null ? "" : "All changes saved";
        }, session.activityProperty(), session.noticeProperty(), session.projectProperty()));
        getChildren().addAll(file, spacer, progress, activity);
    }
}

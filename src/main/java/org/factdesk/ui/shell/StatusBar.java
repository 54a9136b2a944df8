package org.factdesk.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.factdesk.model.Project;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.common.UndoNotice;

/**
 * The strip along the bottom: the project file, an offer to undo a deletion just made, the task the editor
 * waits for (an import) with its progress and a cancel button, and project work with a progress spinner; when nothing runs it says that every change is saved, after what last
 * finished ("Exported to …"). JavaFX thread.
 */
final class StatusBar extends HBox {

    static final String STYLE = "status-bar";
    static final String UNDO_MESSAGE = "status-undo-message";
    static final String UNDO_LINK = "status-undo";

    StatusBar(EditorSession session) {
        getStyleClass().add(STYLE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label file = new Label();
        file.textProperty().bind(Bindings.createStringBinding(() -> {
            Project project = session.project().projectProperty().get();
            return project == null ? "No project open" : project.file().toString();
        }, session.project().projectProperty()));
        file.getStyleClass().add("status-file");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(14, 14);
        progress.visibleProperty().bind(session.project().pendingWorkProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Label activity = new Label();
        activity.getStyleClass().add("status-activity");
        activity.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!session.project().activityProperty().get().isEmpty()) {
                return session.project().activityProperty().get();
            }
            if (!session.project().noticeProperty().get().isEmpty()) {
                return session.project().noticeProperty().get() + "  ·  All changes saved";
            }
            return session.project().projectProperty().get() == null ? "" : "All changes saved";
        }, session.project().activityProperty(), session.project().noticeProperty(), session.project().projectProperty()));
        getChildren().addAll(file, spacer, undoOffer(session.history().undoNotice()), new TaskStrip(session.tasks()),
                progress, activity);
    }

    /** "Deleted fact 2: “…”  Undo", while the deletion is still the last step of the history. */
    private static HBox undoOffer(UndoNotice notice) {
        Label message = new Label();
        message.getStyleClass().add(UNDO_MESSAGE);
        message.textProperty().bind(notice.messageProperty());
        Hyperlink undo = new Hyperlink("Undo");
        undo.getStyleClass().add(UNDO_LINK);
        undo.setAccessibleText("Undo the deletion");
        undo.setTooltip(new Tooltip("Undo the deletion (" + Shortcut.UNDO.keysText() + ")"));
        undo.setOnAction(event -> notice.undo());
        HBox offer = new HBox(4, message, undo);
        offer.setAlignment(Pos.CENTER_LEFT);
        offer.visibleProperty().bind(notice.offeredProperty());
        offer.managedProperty().bind(offer.visibleProperty());
        return offer;
    }
}

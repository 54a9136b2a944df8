package org.factdesk.ui.checks;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * One finding in the Checks list: its severity as an icon (and in words for screen readers), its place, the
 * message wrapped to the list's width, and who ignored it. JavaFX thread.
 */
final class FindingCell extends ListCell<FindingRow> {

    static final String STYLE = "finding-cell";

    private final Label icon = new Label();
    private final Label place = new Label();
    private final Label message = new Label();
    private final Label ignored = new Label();
    private final HBox layout;

    FindingCell() {
        getStyleClass().add(STYLE);
        place.getStyleClass().add("finding-place");
        message.getStyleClass().add("finding-message");
        message.setWrapText(true);
        ignored.getStyleClass().add("finding-ignored");
        ignored.managedProperty().bind(ignored.visibleProperty());
        VBox text = new VBox(2, place, message, ignored);
        HBox.setHgrow(text, Priority.ALWAYS);
        layout = new HBox(8, icon, text);
        layout.setAlignment(Pos.TOP_LEFT);
        // Wrap to the list's width instead of widening the cell, which would bring a sideways scroll bar.
        setPrefWidth(0);
        message.prefWidthProperty().bind(widthProperty().subtract(48));
        message.setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(FindingRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().remove("ignored");
        if (empty || row == null) {
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        icon.setGraphic(Icons.of(row.isError() ? Feather.X_CIRCLE : Feather.ALERT_TRIANGLE));
        icon.getStyleClass().setAll("label", "finding-icon", row.isError() ? "error" : "warning");
        place.setText(row.placeText());
        message.setText(row.sentence());
        ignored.setText(row.ignoredText());
        ignored.setVisible(row.isIgnored());
        if (row.isIgnored()) {
            getStyleClass().add("ignored");
        }
        setAccessibleText(row.severityText() + ", " + row.placeText() + ": " + row.message()
                + (row.isIgnored() ? ". " + row.ignoredText() : ""));
        setText(null);
        setGraphic(layout);
    }
}

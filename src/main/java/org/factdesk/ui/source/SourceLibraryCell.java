package org.factdesk.ui.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.model.Source;

/**
 * One source in the library, on two lines: outlet, perspective and date; then the title. Built once per cell
 * and refilled as the list scrolls. JavaFX thread.
 */
final class SourceLibraryCell extends ListCell<Source> {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Label outlet = new Label();
    private final Label perspective = new Label();
    private final Label date = new Label();
    private final Label title = new Label();
    private final VBox lines;

    SourceLibraryCell() {
        outlet.getStyleClass().add(SourcePane.LIBRARY_OUTLET);
        perspective.getStyleClass().add(SourcePane.LIBRARY_PERSPECTIVE);
        date.getStyleClass().add(SourcePane.LIBRARY_DATE);
        title.getStyleClass().add(SourcePane.LIBRARY_TITLE);
        outlet.setMinWidth(Region.USE_PREF_SIZE);
        date.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox first = new HBox(6, outlet, perspective, spring, date);
        first.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        lines = new VBox(2, first, title);
        // Let the cell shrink with the pane; labels then cut their text with an ellipsis.
        lines.setMinWidth(0);
        lines.setPrefWidth(1);
        getStyleClass().add(SourcePane.LIBRARY_CELL);
        setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Source source, boolean empty) {
        super.updateItem(source, empty);
        if (empty || source == null) {
            setGraphic(null);
            return;
        }
        outlet.setText(source.outlet().isBlank() ? "Unknown outlet" : source.outlet());
        perspective.setText(source.perspective());
        perspective.setVisible(!source.perspective().isBlank());
        perspective.setManaged(!source.perspective().isBlank());
        date.setText(formatted(source.published()));
        title.setText(source.title().isBlank() ? "Untitled" : source.title());
        setGraphic(lines);
    }

    static String formatted(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}

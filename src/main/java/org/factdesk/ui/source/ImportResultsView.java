package org.factdesk.ui.source;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The last batch import's results under the library: a heading that counts them, a line per file with its
 * outcome, and a button to close them. Enter or a double click on an added file shows its source. Hidden while
 * there are none. JavaFX thread.
 */
final class ImportResultsView extends VBox {

    static final String ID = "import-results";
    static final String LIST_ID = "import-results-list";
    static final String CLOSE_ID = "import-results-close";
    private static final String STYLE = "import-results";

    ImportResultsView(SourcePaneModel model) {
        ImportResults results = model.importResults();
        setId(ID);
        getStyleClass().add(STYLE);
        Label heading = new Label();
        heading.textProperty().bind(results.headingProperty());
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Button close = new Button(null, Icons.of(Feather.X));
        close.setId(CLOSE_ID);
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setTooltip(new Tooltip("Close the import results"));
        close.setAccessibleText("Close the import results");
        close.setOnAction(event -> results.close());
        HBox top = new HBox(4, heading, spring, close);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<ImportResultLine> lines = new ListView<>(results.lines());
        lines.setId(LIST_ID);
        lines.setCellFactory(list -> new LineCell());
        // Three lines; a longer batch scrolls, and the library above keeps its room on a laptop's screen.
        lines.setPrefHeight(3 * 26 + 4);
        lines.setMinHeight(3 * 26 + 4); // the library above gives way first: it scrolls as well
        // A filter: the list's own behaviour takes Enter for itself.
        lines.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && lines.getSelectionModel().getSelectedItem() != null) {
                model.showImported(lines.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                results.close();
                event.consume();
            }
        });
        lines.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2
                    && lines.getSelectionModel().getSelectedItem() != null) {
                model.showImported(lines.getSelectionModel().getSelectedItem());
            }
        });
        // A new batch scrolls to its newest line, so a long batch shows where it is.
        results.lines().addListener((javafx.collections.ListChangeListener<ImportResultLine>) change ->
                lines.scrollTo(Math.max(0, results.lines().size() - 1)));
        getChildren().addAll(top, lines);
        setSpacing(2);
        visibleProperty().bind(results.shownProperty());
        managedProperty().bind(visibleProperty());
    }

    /** "ferry.txt · Added: source 12: …", with the outcome's icon, the whole line in its tooltip. */
    private static final class LineCell extends ListCell<ImportResultLine> {

        private final Tooltip tooltip = new Tooltip();

        LineCell() {
            // Cut to the list's width with an ellipsis (the tooltip holds the whole line), never scrolled sideways.
            setPrefWidth(1);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(480);
        }

        @Override
        protected void updateItem(ImportResultLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String text = (line.file().isEmpty() ? "" : line.file() + " · ") + line.outcome().words() + ": "
                    + line.detail();
            setText(text);
            setGraphic(Icons.of(icon(line.outcome())));
            tooltip.setText(text);
            setTooltip(tooltip);
            setAccessibleText(text);
        }

        private static Ikon icon(ImportResultLine.Outcome outcome) {
            return switch (outcome) {
                case ADDED -> Feather.CHECK;
                case KEPT_OUT -> Feather.COPY;
                case SKIPPED -> Feather.SKIP_FORWARD;
                case FAILED -> Feather.ALERT_TRIANGLE;
                case NOT_READ -> Feather.MINUS;
                case NOTE -> Feather.INFO;
            };
        }
    }
}

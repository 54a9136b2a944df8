package org.factdesk.ui.shell;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.common.ShortcutTable;
import org.factdesk.ui.common.ShortcutTable.Row;

/**
 * Help > Keyboard shortcuts: every shortcut, read from {@link Shortcut} (the registry the menus and panes read
 * too), so the list cannot drift from the keys. JavaFX thread.
 */
final class KeyboardShortcutsDialog {

    static final String TABLE_ID = "keyboard-shortcuts";
    private static final int MAX_WIDTH = 1600;

    private KeyboardShortcutsDialog() {
    }

    static void show(Window owner) {
        TableView<Row> table = new TableView<>();
        table.setId(TABLE_ID);
        table.getColumns().add(column("Keys", 190, Row::keys));
        table.getColumns().add(column("Action", 430, Row::action));
        table.getColumns().add(column("Where", 180, Row::where));
        table.getItems().setAll(ShortcutTable.rows());
        table.setPrefSize(820, 460);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        // AtlantaFX's stylesheet caps dialogs at 600 px, which cut the three columns short; an inline style is the
        // one thing that outranks it here, so this dialog may be as wide as its table.
        dialog.getDialogPane().setStyle("-fx-max-width: " + MAX_WIDTH + "px;");
        DialogSizing.fitToContent(dialog).show();
    }

    private static TableColumn<Row, String> column(String name, double width,
                                                   Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(name);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

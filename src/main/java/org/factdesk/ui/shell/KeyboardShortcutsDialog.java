package org.factdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.factdesk.ui.common.DialogSizing;

/**
 * Help > Keyboard shortcuts: every menu shortcut, read from the menus themselves so the list cannot drift,
 * plus the keys that work inside the panes. JavaFX thread.
 */
final class KeyboardShortcutsDialog {

    /** One row: what the keys do, and the keys. */
    record Shortcut(String action, String keys) {
    }

    /** Keys handled inside the panes rather than by a menu. */
    static final List<Shortcut> IN_PANES = List.of(
            new Shortcut("Move the current fact or narrative up / down", "Alt+Up / Alt+Down"),
            new Shortcut("Finish editing a fact", "Enter"),
            new Shortcut("Undo your typing in the field you are in", "Ctrl+Z"),
            new Shortcut("New fact: drag a passage onto the fact list", "Drag"),
            new Shortcut("Edit the focused fact", "Enter or F2"));

    private KeyboardShortcutsDialog() {
    }

    static List<Shortcut> shortcuts(MenuBar menus) {
        List<Shortcut> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, "", rows);
        }
        rows.addAll(IN_PANES);
        return rows;
    }

    /** {@code prefix} names the submenu, so that "HTML" reads "Export story › HTML". */
    private static void collect(Menu menu, String prefix, List<Shortcut> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, prefix + submenu.getText() + " › ", rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Shortcut(prefix + item.getText().replace("…", ""),
                        item.getAccelerator().getDisplayText()));
            }
        }
    }

    static void show(Window owner, MenuBar menus) {
        TableView<Shortcut> table = new TableView<>();
        TableColumn<Shortcut, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().action()));
        action.setPrefWidth(400);
        TableColumn<Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().keys()));
        keys.setPrefWidth(200);
        table.getColumns().add(action);
        table.getColumns().add(keys);
        table.getItems().setAll(shortcuts(menus));
        table.setPrefSize(620, 460);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setHeaderText("Keyboard shortcuts");
        dialog.getDialogPane().setContent(table);
        DialogSizing.fitToContent(dialog).show();
    }
}

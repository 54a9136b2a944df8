package org.factdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Sends each shortcut to the right place, whatever has the focus:
 * <ul>
 * <li>Undo and redo go to the focused text field while it holds typing of its own since it took the focus
 * (the field's own undo), and otherwise to the one history of structural edits.</li>
 * <li>Menu shortcuts also work while the source text has the focus: RichTextFX areas swallow the key events
 * that would otherwise reach the menu bar's accelerators.</li>
 * <li>"New fact" and "Cite selection" are never text keys, so no field may keep them.</li>
 * </ul>
 * JavaFX thread.
 */
final class ShortcutRouter {

    private final MenuBar menus;
    private final MenuItem undo;
    private final MenuItem redo;
    private final List<MenuItem> alwaysOurs;
    private TextInputControl focusedField;
    private String textAtFocus = "";

    ShortcutRouter(MenuBar menus, MenuItem undo, MenuItem redo, List<MenuItem> alwaysOurs) {
        this.menus = menus;
        this.undo = undo;
        this.redo = redo;
        this.alwaysOurs = List.copyOf(alwaysOurs);
    }

    void install(Scene scene) {
        scene.focusOwnerProperty().addListener((observable, old, now) -> {
            focusedField = now instanceof TextInputControl field ? field : null;
            textAtFocus = focusedField == null ? "" : focusedField.getText();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> route(event, scene.getFocusOwner()));
    }

    private void route(KeyEvent event, Node focus) {
        if (matches(undo, event)) {
            if (!(fieldHasOwnTyping() && focusedField.isUndoable())) {
                fire(undo, event);
            }
            return;
        }
        if (matches(redo, event) || isAlternativeRedo(event)) {
            if (!(fieldHasOwnTyping() && focusedField.isRedoable())) {
                fire(redo, event);
            }
            return;
        }
        for (MenuItem item : alwaysOurs) {
            if (matches(item, event)) {
                fire(item, event);
                return;
            }
        }
        if (!(focus instanceof TextInputControl)) {
            for (MenuItem item : allItems()) {
                if (matches(item, event)) {
                    fire(item, event);
                    return;
                }
            }
        }
    }

    private boolean fieldHasOwnTyping() {
        return focusedField != null && !focusedField.getText().equals(textAtFocus);
    }

    private static boolean isAlternativeRedo(KeyEvent event) {
        return KeyCombination.keyCombination("Shortcut+Y").match(event);
    }

    private static boolean matches(MenuItem item, KeyEvent event) {
        return item.getAccelerator() != null && item.getAccelerator().match(event);
    }

    private static void fire(MenuItem item, KeyEvent event) {
        event.consume();
        if (item.isDisable()) {
            return;
        }
        // As JavaFX's own accelerators do: firing alone does not flip a check item.
        if (item instanceof CheckMenuItem check) {
            check.setSelected(!check.isSelected());
        }
        item.fire();
    }

    private List<MenuItem> allItems() {
        List<MenuItem> items = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, items);
        }
        return items;
    }

    private static void collect(Menu menu, List<MenuItem> items) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, items);
            } else {
                items.add(item);
            }
        }
    }
}

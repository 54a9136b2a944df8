package org.factdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import org.factdesk.ui.common.Shortcut;

/**
 * Sends each key of a menu's {@link Shortcut} to its menu item by the registry's rules, whatever has the focus:
 * <ul>
 * <li>Undo and redo go to the focused text field while it holds typing of its own since it took the focus
 * (the field's own undo), and otherwise to the one history of structural edits.</li>
 * <li>The other text-editing keys ({@link Shortcut#fieldsKeepIt()}: cut, copy, paste, select all) stay with a
 * focused text field; elsewhere (the source text) they run the Edit menu's item.</li>
 * <li>Every other window shortcut runs its item wherever the focus is, also in a field and in the RichTextFX
 * source text, which swallows the key events that would otherwise reach the menu bar's accelerators.</li>
 * <li>A shortcut that belongs to a pane (Delete on a fact card) is left to the pane that has the focus, and
 * never runs its menu item from anywhere else.</li>
 * </ul>
 * JavaFX thread.
 */
final class ShortcutRouter {

    private final MenuBar menus;
    private TextInputControl focusedField;
    private String textAtFocus = "";

    ShortcutRouter(MenuBar menus) {
        this.menus = menus;
    }

    void install(Scene scene) {
        scene.focusOwnerProperty().addListener((observable, old, now) -> {
            focusedField = now instanceof TextInputControl field ? field : null;
            textAtFocus = focusedField == null ? "" : focusedField.getText();
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> route(event, scene.getFocusOwner()));
        // Scene handlers run before JavaFX looks for accelerators: a pane's key that no pane took ends here.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (paneShortcutOfAMenu(event)) {
                event.consume();
            }
        });
    }

    private void route(KeyEvent event, Node focus) {
        for (MenuItem item : allItems()) {
            Optional<Shortcut> keyed = ShortcutItems.shortcutOf(item);
            if (keyed.isEmpty() || !keyed.get().matches(event)) {
                continue;
            }
            Shortcut shortcut = keyed.get();
            if (shortcut.scope() != Shortcut.Scope.WINDOW || fieldTakes(shortcut, focus)) {
                return;
            }
            fire(item, event);
            return;
        }
    }

    /** Whether the focused text field acts on these keys itself. */
    private boolean fieldTakes(Shortcut shortcut, Node focus) {
        if (shortcut == Shortcut.UNDO) {
            return fieldHasOwnTyping() && focusedField.isUndoable();
        }
        if (shortcut == Shortcut.REDO) {
            return fieldHasOwnTyping() && focusedField.isRedoable();
        }
        return shortcut.fieldsKeepIt() && focus instanceof TextInputControl;
    }

    private boolean paneShortcutOfAMenu(KeyEvent event) {
        return allItems().stream().map(ShortcutItems::shortcutOf).flatMap(Optional::stream)
                .anyMatch(shortcut -> shortcut.scope() != Shortcut.Scope.WINDOW && shortcut.matches(event));
    }

    private boolean fieldHasOwnTyping() {
        return focusedField != null && !focusedField.getText().equals(textAtFocus);
    }

    private static void fire(MenuItem item, KeyEvent event) {
        event.consume();
        for (MenuItem at = item; at != null; at = at.getParentMenu()) {
            if (at.isDisable()) {
                return;
            }
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

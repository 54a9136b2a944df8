package org.factdesk.ui.shell;

import java.util.Optional;
import javafx.scene.control.MenuItem;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.kordamp.ikonli.feather.Feather;

/**
 * Makes menu items whose text and keys come from {@link Shortcut}, and tells which shortcut an item carries, so
 * the {@link ShortcutRouter} sends each key to its item by the registry's rules. JavaFX thread.
 */
final class ShortcutItems {

    private ShortcutItems() {
    }

    /** An item labelled and keyed by {@code shortcut}; {@code icon} may be null. */
    static MenuItem item(Shortcut shortcut, Feather icon, Runnable action) {
        return keyed(item(shortcut.label(), icon, action), shortcut);
    }

    /** An item without a shortcut; {@code icon} may be null. */
    static MenuItem item(String text, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Gives {@code item} the shortcut's keys as its accelerator and marks it as the shortcut's item. */
    static <T extends MenuItem> T keyed(T item, Shortcut shortcut) {
        item.setAccelerator(shortcut.keys());
        item.getProperties().put(Shortcut.class, shortcut);
        return item;
    }

    /** The shortcut an item was made for, if any. */
    static Optional<Shortcut> shortcutOf(MenuItem item) {
        return Optional.ofNullable((Shortcut) item.getProperties().get(Shortcut.class));
    }
}

package org.factdesk.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The shortcuts as a table of keys, action and place, read from {@link Shortcut}: the Keyboard shortcuts dialog
 * shows {@link #rows()}, and the README's keyboard table is {@link #markdown()}, which a test holds to this.
 * Stateless; any thread (the rows read the platform only to write the keys).
 */
public final class ShortcutTable {

    /** One line of the table. */
    public record Row(String keys, String action, String where) {
    }

    private ShortcutTable() {
    }

    /** Every shortcut, keys as this platform shows them in menus. */
    public static List<Row> rows() {
        return Arrays.stream(Shortcut.values())
                .map(shortcut -> new Row(shortcut.keysText(), shortcut.description(), shortcut.scope().where()))
                .toList();
    }

    /** The README's table: keys written as on Linux and Windows ("Ctrl+Shift+Enter"), whatever runs this. */
    public static String markdown() {
        List<String> lines = new ArrayList<>();
        lines.add("| Keys | Action | Where |");
        lines.add("|---|---|---|");
        for (Shortcut shortcut : Shortcut.values()) {
            String keys = shortcut.allKeys().stream().map(ShortcutTable::portable)
                    .collect(Collectors.joining(" or "));
            lines.add("| " + keys + " | " + shortcut.description() + " | " + shortcut.scope().where() + " |");
        }
        return String.join("\n", lines) + "\n";
    }

    /** "Ctrl+Shift+Enter": Ctrl for the platform's shortcut key, only the modifiers that must be down. */
    static String portable(KeyCombination keys) {
        StringBuilder text = new StringBuilder();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN
                || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append("Ctrl+");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append("Shift+");
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.append("Alt+");
        }
        if (keys.getMeta() == KeyCombination.ModifierValue.DOWN) {
            text.append("Meta+");
        }
        return text.append(((KeyCodeCombination) keys).getCode().getName()).toString();
    }
}

package org.factdesk.ui.common;

import javafx.scene.control.TextInputControl;
import org.factdesk.logic.command.FieldVisit;

/**
 * Wires text fields to the one typing rule: entering a field begins a {@link FieldVisit}, leaving it ends the
 * visit, so each visit is one undo step whichever field it is (fact text, title, lede, narrative). The fields'
 * text itself is bound by their panes. JavaFX thread.
 */
public final class FieldVisitBinding {

    private FieldVisitBinding() {
    }

    /** Every field in {@code fields} begins {@code visit} when focused and ends it when focus leaves. */
    public static void install(FieldVisit<?> visit, TextInputControl... fields) {
        for (TextInputControl field : fields) {
            field.focusedProperty().addListener((observable, was, focused) -> {
                if (focused) {
                    visit.begin();
                } else {
                    visit.end();
                }
            });
            if (field.isFocused()) {
                visit.begin();
            }
        }
    }
}

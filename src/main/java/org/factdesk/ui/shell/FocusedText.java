package org.factdesk.ui.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The text the Edit menu's Cut, Copy, Paste and Select all act on: the focused text field or text area, or the
 * source text (read-only, so it can be copied and selected but not cut or pasted into). Follows the focus of the
 * window it is shown in and says which of the four can act now. JavaFX thread.
 */
final class FocusedText {

    private final ReadOnlyBooleanWrapper canCut = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canCopy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canPaste = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSelectAll = new ReadOnlyBooleanWrapper();
    private final InvalidationListener refresh = observable -> refresh();
    private Node focused;

    /** Follows the focus in whatever scene {@code window} is shown in. */
    FocusedText(Node window) {
        window.sceneProperty().addListener((observable, old, scene) -> follow(scene));
        follow(window.getScene());
    }

    private void follow(Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((observable, old, now) -> focus(now));
            focus(scene.getFocusOwner());
        }
    }

    private void focus(Node now) {
        watch(focused, false);
        focused = now;
        watch(focused, true);
        refresh();
    }

    /** The selection, the text and whether it is editable decide what can act; follow them while focused. */
    private void watch(Node node, boolean on) {
        if (node instanceof TextInputControl field) {
            for (Observable property : new Observable[] {field.selectionProperty(),
                    field.textProperty(), field.editableProperty()}) {
                toggle(property, on);
            }
        } else if (node instanceof GenericStyledArea<?, ?, ?> area) {
            for (Observable property : new Observable[] {area.selectionProperty(),
                    area.lengthProperty(), area.editableProperty()}) {
                toggle(property, on);
            }
        }
    }

    private void toggle(Observable property, boolean on) {
        if (on) {
            property.addListener(refresh);
        } else {
            property.removeListener(refresh);
        }
    }

    private void refresh() {
        boolean text = false;
        boolean selected = false;
        boolean editable = false;
        boolean secret = false;
        if (focused instanceof TextInputControl field) {
            text = field.getLength() > 0;
            selected = field.getSelection().getLength() > 0;
            editable = field.isEditable();
            secret = field instanceof PasswordField;
        } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
            text = area.getLength() > 0;
            selected = area.getSelection().getLength() > 0;
            editable = area.isEditable();
        }
        canCut.set(selected && editable && !secret);
        canCopy.set(selected && !secret);
        canPaste.set(editable);
        canSelectAll.set(text);
    }

    void cut() {
        if (canCut.get()) {
            if (focused instanceof TextInputControl field) {
                field.cut();
            } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
                area.cut();
            }
        }
    }

    void copy() {
        if (canCopy.get()) {
            if (focused instanceof TextInputControl field) {
                field.copy();
            } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
                area.copy();
            }
        }
    }

    void paste() {
        if (canPaste.get()) {
            if (focused instanceof TextInputControl field) {
                field.paste();
            } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
                area.paste();
            }
        }
    }

    void selectAll() {
        if (canSelectAll.get()) {
            if (focused instanceof TextInputControl field) {
                field.selectAll();
            } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
                area.selectAll();
            }
        }
    }

    ReadOnlyBooleanProperty canCutProperty() {
        return canCut.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canPasteProperty() {
        return canPaste.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canSelectAllProperty() {
        return canSelectAll.getReadOnlyProperty();
    }
}

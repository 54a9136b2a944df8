package org.factdesk.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons for buttons and menus, from one icon font (Feather) so they share a weight and size. */
public final class Icons {

    private Icons() {
    }

    public static FontIcon of(Ikon icon) {
        FontIcon node = new FontIcon(icon);
        node.getStyleClass().add("fd-icon");
        return node;
    }
}

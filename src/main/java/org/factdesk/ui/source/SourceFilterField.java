package org.factdesk.ui.source;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The library's filter box: a search icon, the typed filter, and a clear button while there is text. AtlantaFX's
 * field rather than ControlsFX's clearable one, whose stylesheet expects Modena's colours and draws nothing
 * under an AtlantaFX theme. JavaFX thread.
 */
final class SourceFilterField extends CustomTextField {

    SourceFilterField(StringProperty filter) {
        getStyleClass().add(SourcePane.FILTER);
        setPromptText("Filter by outlet, title, perspective or words of the text");
        setLeft(Icons.of(Feather.SEARCH));
        FontIcon clear = Icons.of(Feather.X);
        clear.setCursor(Cursor.HAND);
        clear.getStyleClass().add(Styles.TEXT_MUTED);
        clear.setOnMouseClicked(event -> {
            setText("");
            requestFocus();
        });
        clear.visibleProperty().bind(textProperty().isNotEmpty());
        setRight(clear);
        textProperty().bindBidirectional(filter);
        setMaxWidth(Double.MAX_VALUE);
    }
}

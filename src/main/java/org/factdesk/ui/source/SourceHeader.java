package org.factdesk.ui.source;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;
import org.factdesk.model.Source;

/**
 * The shown source's details above its text: title, then outlet, author, date and perspective, then the URL.
 * JavaFX thread.
 */
final class SourceHeader extends VBox {

    private final Label title = new Label();
    private final Label details = new Label();
    private final Label url = new Label();

    SourceHeader() {
        super(2);
        getStyleClass().add(SourcePane.HEADER);
        title.getStyleClass().add(SourcePane.HEADER_TITLE);
        title.setWrapText(true);
        details.getStyleClass().add(SourcePane.HEADER_DETAILS);
        url.getStyleClass().add(SourcePane.HEADER_URL);
        url.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        getChildren().addAll(title, details, url);
        show(null);
    }

    void show(Source source) {
        setVisible(source != null);
        setManaged(source != null);
        if (source == null) {
            return;
        }
        title.setText(source.title().isBlank() ? "Untitled" : source.title());
        List<String> parts = new ArrayList<>();
        for (String part : List.of(source.outlet(), source.author(), SourceLibraryCell.formatted(source.published()),
                source.perspective())) {
            if (!part.isBlank()) {
                parts.add(part);
            }
        }
        details.setText(String.join("  ·  ", parts));
        url.setText(source.url());
        url.setVisible(!source.url().isBlank());
        url.setManaged(!source.url().isBlank());
    }
}

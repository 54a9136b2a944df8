package org.factdesk.ui.source;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * What the source text area shows when there is no text to read: how to add a first source (with buttons
 * that do it), a hint to pick one, "loading", or that reading failed. Follows {@link ReaderState}; built in
 * code; JavaFX thread.
 */
final class ReaderPlaceholder extends VBox {

    static final String PASTE_ID = "source-empty-paste";
    static final String OPEN_ID = "source-empty-open";

    private final Label message = new Label();
    private final HBox actions;

    ReaderPlaceholder(SourcePaneModel model) {
        getStyleClass().add(SourcePane.PLACEHOLDER);
        setAlignment(Pos.CENTER);
        setSpacing(12);
        message.setWrapText(true);
        message.getStyleClass().add(SourcePane.PLACEHOLDER);

        Button paste = new Button("Paste a source…", Icons.of(Feather.CLIPBOARD));
        paste.setId(PASTE_ID);
        paste.setOnAction(event -> model.pasteSource());
        Button open = new Button("Open files…", Icons.of(Feather.FOLDER_PLUS));
        open.setId(OPEN_ID);
        open.getStyleClass().add(Styles.ACCENT);
        open.setOnAction(event -> model.openFiles());
        actions = new HBox(8, paste, open);
        actions.setAlignment(Pos.CENTER);
        actions.managedProperty().bind(actions.visibleProperty());
        getChildren().addAll(message, actions);

        model.readerStateProperty().addListener((observable, old, now) -> show(now));
        show(model.readerStateProperty().get());
    }

    private void show(ReaderState state) {
        setVisible(state != ReaderState.SHOWN);
        actions.setVisible(state == ReaderState.NO_SOURCES);
        message.setText(text(state));
    }

    /** The words for each state; public to tests through the view's label. */
    static String text(ReaderState state) {
        return switch (state) {
            case NO_SOURCES -> "This project has no sources yet. Add the articles your story draws on: paste a "
                    + "text, open text, web page, e-mail, PDF or Word files, or drop files here.";
            case NONE_SELECTED -> "Select a source in the library above to read it here.";
            case LOADING -> "Loading the source's text…";
            case FAILED -> "The source's text could not be read.";
            case SHOWN -> "";
        };
    }
}

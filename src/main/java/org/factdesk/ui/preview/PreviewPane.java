package org.factdesk.ui.preview;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The live preview of the open story in the house format, as the HTML export renders it, with "Copy as text"
 * for the plain-text form and "Copy as HTML" for the export's page. Catches up with typing after a short pause, restarted on each change. Built in
 * code; observes its view-model only. JavaFX thread.
 */
public final class PreviewPane extends BorderPane {

    private final PreviewModel model;
    private final StoryPage page = new StoryPage();

    public PreviewPane(PreviewModel model) {
        this.model = model;
        getStyleClass().add(PreviewStyles.PANE);
        getStylesheets().add(PreviewPane.class.getResource(PreviewStyles.STYLESHEET).toExternalForm());

        Label caption = new Label("Preview");
        caption.getStyleClass().addAll(PreviewStyles.CAPTION, Styles.TITLE_4);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button copy = new Button("Copy as text", Icons.of(Feather.CLIPBOARD));
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(event -> copyAsText());
        copy.disableProperty().bind(model.shownProperty().isNull());
        Button copyHtml = new Button("Copy as HTML", Icons.of(Feather.CODE));
        copyHtml.getStyleClass().add(Styles.SMALL);
        copyHtml.setOnAction(event -> copyAsHtml());
        copyHtml.disableProperty().bind(model.shownProperty().isNull());
        HBox toolbar = new HBox(8, caption, gap, copy, copyHtml);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(PreviewStyles.TOOLBAR);
        setTop(toolbar);

        StackPane centred = new StackPane(page);
        StackPane.setAlignment(page, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        PauseTransition pause = new PauseTransition(Duration.millis((double) PreviewModel.PAUSE.toMillis()));
        pause.setOnFinished(event -> model.showLatest());
        model.waitingChangesProperty().addListener((observable, old, now) -> pause.playFromStart());
        model.shownProperty().addListener((observable, old, now) -> page.show(now));
        page.show(model.shownProperty().get());
    }

    /** Puts the story in house-format plain text on the clipboard; for the window's menu too. */
    public void copyAsText() {
        ClipboardContent content = new ClipboardContent();
        content.putString(model.plainText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Puts the story's HTML export on the clipboard: as HTML for editors that paste formatted text, and the same
     * markup as plain text for those that take only text (a CMS's source view), so every paste gets the HTML;
     * "Copy as text" is there for the plain words. For the window's menu too.
     */
    public void copyAsHtml() {
        String html = model.html();
        ClipboardContent content = new ClipboardContent();
        content.putHtml(html);
        content.putString(html);
        Clipboard.getSystemClipboard().setContent(content);
    }
}

package org.factdesk.ui.source.cleanup;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The line-by-line clean-up over a {@link CleanupLinesModel}: a count of the lines to drop, "Accept proposal" and
 * "Keep every line", and the lines in a virtualised list, each with a box to keep it (Space toggles the focused
 * line). Reused by every dialog that lets the editor choose which lines of a text to keep. JavaFX thread.
 */
public final class CleanupLinesView extends VBox {

    static final String STYLESHEET = CleanupLinesView.class.getResource("cleanup-lines.css").toExternalForm();
    static final String VIEW = "cleanup-lines";
    static final String BAR = "cleanup-lines-bar";
    static final String LINE = "cleanup-line";
    static final String LINE_TEXT = "cleanup-line-text";
    static final String LINE_NOTE = "cleanup-line-note";
    static final String DROPPED = "cleanup-line-dropped";
    static final String CHANGED = "cleanup-line-changed";

    /** Node ids, for tests and for a dialog that puts the focus on the lines. */
    public static final String LIST_ID = "cleanup-lines-list";
    public static final String SUMMARY_ID = "cleanup-lines-summary";

    private final CleanupLinesModel model;
    private final ListView<CleanupLine> list;

    public CleanupLinesView(CleanupLinesModel model) {
        this.model = model;
        getStyleClass().add(VIEW);
        getStylesheets().add(STYLESHEET);

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.textProperty().bind(model.summaryProperty());
        Button accept = new Button("Accept _proposal");
        accept.setOnAction(event -> model.acceptProposal());
        // The mnemonics leave Alt+A to a dialog's Add button.
        Button keepAll = new Button("_Keep every line");
        keepAll.setOnAction(event -> model.keepEveryLine());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, gap, accept, keepAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(BAR);

        list = new ListView<>(model.lines());
        list.setId(LIST_ID);
        list.setCellFactory(view -> new CleanupLineCell(this::toggle));
        list.setAccessibleText("Lines of the text; Space keeps or drops the focused line");
        // Space toggles the focused line; consumed so that the list does not also treat it as selection.
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean toDialog = event.getCode() == KeyCode.ESCAPE
                    || (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown());
            if (toDialog && list.getEditingIndex() < 0 && getParent() != null) {
                // The list would swallow Esc and Enter (to end or start an edit it never makes); they go on to
                // the dialog's Cancel and default button, as they do from any other field of the dialog.
                KeyEvent onward = event.copyFor(getParent(), getParent());
                event.consume();
                getParent().fireEvent(onward);
                return;
            }
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
                int focused = list.getFocusModel().getFocusedIndex();
                if (focused >= 0) {
                    toggle(focused);
                }
                event.consume();
            }
        });
        list.setPrefHeight(360);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(bar, list);
        if (!model.lines().isEmpty()) {
            list.getSelectionModel().select(0);
            list.getFocusModel().focus(0);
        }
    }

    /** The list of lines, to give it the focus. */
    public ListView<CleanupLine> list() {
        return list;
    }

    private void toggle(int index) {
        model.toggle(index);
        // Replacing the row may leave the list without a selection or focus: keep the editor where she was.
        list.getSelectionModel().select(index);
        list.getFocusModel().focus(index);
    }
}

package org.factdesk.ui.source.cleanup;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One line of the clean-up list: a box that keeps the line, the line (struck through and greyed when it is to be
 * dropped, wrapped to the list's width) and why it is marked. JavaFX thread.
 */
final class CleanupLineCell extends ListCell<CleanupLine> {

    private final CheckBox keep = new CheckBox();
    private final Label text = new Label();
    private final Label note = new Label();
    private final HBox row;
    private final Tooltip whole = new Tooltip();
    /** Lines longer than this many characters may be cut in the row, so they show whole in a tooltip. */
    static final int WHOLE_AFTER = 120;

    /** @param toggle keeps or drops the line at an index, as the box is clicked */
    CleanupLineCell(IntConsumer toggle) {
        getStyleClass().add(CleanupLinesView.LINE);
        // The list keeps the focus, so that Space and the arrows go on working after a click on a box.
        keep.setFocusTraversable(false);
        keep.setOnAction(event -> {
            if (getItem() != null) {
                toggle.accept(getIndex());
            }
        });
        text.getStyleClass().add(CleanupLinesView.LINE_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        note.getStyleClass().add(CleanupLinesView.LINE_NOTE);
        whole.setWrapText(true);
        whole.setMaxWidth(560);
        VBox words = new VBox(1, text, note);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        row = new HBox(6, keep, words);
        row.setAlignment(Pos.TOP_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // Without this the cell asks for its longest line's width, and the list scrolls sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(CleanupLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll(CleanupLinesView.DROPPED, CleanupLinesView.CHANGED);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        keep.setSelected(!line.dropped());
        keep.setAccessibleText((line.dropped() ? "Dropped: " : "Kept: ") + line.text());
        text.setText(line.text());
        // A long paragraph is cut to the row's lines; the whole of it is there to read before keeping it.
        whole.setText(line.text());
        text.setTooltip(line.text().length() > WHOLE_AFTER ? whole : null);
        note.setText(line.note());
        note.setVisible(!line.note().isEmpty());
        note.setManaged(!line.note().isEmpty());
        if (line.dropped()) {
            getStyleClass().add(CleanupLinesView.DROPPED);
        }
        if (line.changedByEditor()) {
            getStyleClass().add(CleanupLinesView.CHANGED);
        }
        setGraphic(row);
    }
}

package org.factdesk.ui.source;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.common.TextEntryGuard;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The find bar over the source text: a field, the "3 of 17" count, previous and next, and close. The match found
 * is selected in the text and scrolled to, so it can become a fact at once. Enter and F3 go to the next match,
 * Shift+Enter and Shift+F3 to the previous, Esc closes the bar and gives the text back the focus. Observes its
 * {@link SourceFind}. JavaFX thread.
 */
final class SourceFindBar extends HBox {

    static final String STYLE = "source-find-bar";
    static final String FIELD_ID = "source-find-field";
    static final String STATUS = "source-find-status";
    /** A selection longer than this is not taken as the query: it is a passage, not a word to look for. */
    private static final int LONGEST_QUERY_FROM_SELECTION = 80;

    private final SourceFind find;
    private final StyleClassedTextArea area;
    private final TextField field = new TextField();

    SourceFindBar(SourceFind find, StyleClassedTextArea area) {
        this.find = find;
        this.area = area;
        getStyleClass().add(STYLE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);

        field.setId(FIELD_ID);
        field.setPromptText("Find in this source");
        field.setAccessibleText("Find in this source");
        TextEntryGuard.install(field, Kind.LINE);
        field.textProperty().bindBidirectional(find.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        HBox.setHgrow(field, Priority.ALWAYS);
        Label status = new Label();
        status.getStyleClass().addAll(STATUS, Styles.TEXT_MUTED);
        status.textProperty().bind(find.statusProperty());
        status.setMinWidth(Label.USE_PREF_SIZE);
        Button previous = button(Feather.CHEVRON_UP, "Previous match (" + Shortcut.FIND_PREVIOUS.keysText() + ")");
        previous.setOnAction(event -> previous());
        Button next = button(Feather.CHEVRON_DOWN, "Next match (" + Shortcut.FIND_NEXT.keysText() + ")");
        next.setOnAction(event -> next());
        Button close = button(Feather.X, "Close (" + Shortcut.CLOSE_FIND.keysText() + ")");
        close.setOnAction(event -> close());
        getChildren().addAll(field, status, previous, next, close);

        visibleProperty().bind(find.openProperty());
        managedProperty().bind(visibleProperty());
        find.foundProperty().addListener((observable, old, now) -> select(now));
    }

    /** Opens the bar on the selected words, if a few are selected, and puts the caret in its field. */
    void open() {
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.length() <= LONGEST_QUERY_FROM_SELECTION && selected.indexOf('\n') < 0) {
            find.queryProperty().set(selected);
        }
        find.open(area.getSelection().getStart());
        field.requestFocus();
        field.selectAll();
    }

    /** The next match after the selection; opens the bar first if it is closed or has nothing to look for. */
    void next() {
        if (!find.openProperty().get() || field.getText().isEmpty()) {
            open();
        } else {
            find.next(area.getSelection().getEnd());
        }
    }

    void previous() {
        if (!find.openProperty().get() || field.getText().isEmpty()) {
            open();
        } else {
            find.previous(area.getSelection().getStart());
        }
    }

    void close() {
        find.close();
        area.requestFocus();
    }

    private void onKey(KeyEvent event) {
        if (Shortcut.FIND_BAR_NEXT.matches(event)) {
            next();
        } else if (Shortcut.FIND_BAR_PREVIOUS.matches(event)) {
            previous();
        } else if (Shortcut.CLOSE_FIND.matches(event)) {
            close();
        } else {
            return;
        }
        event.consume();
    }

    private void select(TextSpan span) {
        if (span == null || span.end() > area.getLength()) {
            return;
        }
        area.selectRange(span.start(), span.end());
        area.showParagraphAtCenter(area.getCurrentParagraph());
    }

    TextField field() {
        return field;
    }

    private static Button button(Ikon icon, String tip) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }
}

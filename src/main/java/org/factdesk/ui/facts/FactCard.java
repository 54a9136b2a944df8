package org.factdesk.ui.facts;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.model.ReviewStatus;
import org.factdesk.ui.common.FieldVisitBinding;
import org.factdesk.ui.common.FactColors;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.common.TabMovesFocus;
import org.factdesk.ui.common.TextEntryGuard;
import org.kordamp.ikonli.feather.Feather;

/**
 * One fact as a card: its colour, its number in the list, its text, its live citation numbers and one chip per
 * citation. The text shows as a wrapped label and becomes a text field (with its own undo while typing) when
 * the editor clicks it or presses {@link Shortcut#EDIT_FACT}: a field per card would make every new fact slow to
 * appear. {@link Shortcut#DELETE_FACT} on the focused card deletes it.
 * Observes its {@link FactRow}. JavaFX thread.
 */
final class FactCard extends HBox {

    static final String STYLE = "fact-card";
    static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");
    static final String STRIPE = "fact-stripe";
    static final String HANDLE = "fact-handle";
    static final String POSITION = "fact-position";
    static final String TEXT = "fact-text";
    static final String EDITOR = "fact-editor";
    static final String MARKS = "fact-marks";
    static final String CHIP = "citation-chip";
    static final String REVIEW_FLAG = "review-flag";
    /** On a chip whose passage was lost when its source was corrected. */
    static final javafx.css.PseudoClass ORPHANED = javafx.css.PseudoClass.getPseudoClass("orphaned");

    private final FactRow row;
    private final FactBuilderModel model;
    private final Region stripe = new Region();
    private final Label handle = new Label();
    private final Label position = new Label();
    private final Label display = new Label();
    private final VBox body = new VBox(4);
    private TextArea editor;
    private final Label marks = new Label();
    private final FlowPane chips = new FlowPane(6, 4);
    private final Label reviewFlag = new Label("Check");
    private static final javafx.css.PseudoClass EMPTY = javafx.css.PseudoClass.getPseudoClass("empty");

    private boolean updatingFromModel;

    FactCard(FactRow row, FactBuilderModel model) {
        this.row = row;
        this.model = model;
        getStyleClass().add(STYLE);
        createView();
        bind();
    }

    FactRow row() {
        return row;
    }

    Region dragHandle() {
        return handle;
    }

    /** The text field while the fact is being edited, else null. */
    TextArea editor() {
        return editor;
    }

    private void createView() {
        stripe.getStyleClass().addAll(STRIPE, FactColors.styleClass(row.colour()));
        stripe.setMinWidth(5);
        handle.setGraphic(Icons.of(Feather.MENU));
        handle.getStyleClass().add(HANDLE);
        handle.setTooltip(new Tooltip("Drag to reorder (or " + Shortcut.MOVE_UP.keysText() + " / "
                + Shortcut.MOVE_DOWN.keysText() + ")"));
        position.getStyleClass().add(POSITION);
        VBox gutter = new VBox(6, position, handle);
        gutter.setAlignment(Pos.TOP_CENTER);
        gutter.setMinWidth(28);

        display.setWrapText(true);
        display.getStyleClass().add(TEXT);
        display.setMaxWidth(Double.MAX_VALUE);
        display.setMinHeight(Region.USE_PREF_SIZE);
        display.setOnMouseClicked(event -> startEditing());
        marks.getStyleClass().add(MARKS);
        marks.setMinWidth(Region.USE_PREF_SIZE);
        chips.prefWrapLengthProperty().bind(body.widthProperty().subtract(40));
        // A flow pane is never narrower than its widest chip, and "1 Harbour Herald · passage lost" beside the
        // Check flag made the card wider than the pane, cutting the fact's text and the flag off. The chips may
        // shrink instead, and a chip wider than the row shortens its text.
        chips.setMinWidth(0);
        marks.setTooltip(new Tooltip("Citation numbers as the story will print them"));
        reviewFlag.getStyleClass().add(REVIEW_FLAG);
        reviewFlag.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        reviewFlag.setMinWidth(Region.USE_PREF_SIZE);
        reviewFlag.setTooltip(new Tooltip("Needs review: a passage this fact cites moved or was lost when its "
                + "source was corrected. Check the fact against its passages."));
        HBox cites = new HBox(8, marks, chips, reviewFlag);
        cites.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chips, Priority.ALWAYS);
        body.getChildren().setAll(display, cites);
        HBox.setHgrow(body, Priority.ALWAYS);
        setFocusTraversable(true);
        getChildren().addAll(stripe, gutter, body);
        setSpacing(6);
    }

    private void bind() {
        row.positionProperty().addListener((observable, old, now) -> showPosition());
        showPosition();
        showText();
        row.textProperty().addListener((observable, old, now) -> showText());
        focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                model.select(row);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(event -> {
            model.select(row);
            if (editor == null) {
                requestFocus();
            }
        });
        marks.textProperty().bind(row.marksProperty());
        row.citationsProperty().addListener((observable, old, now) -> showChips(now));
        showChips(row.citationsProperty().get());
        reviewFlag.visibleProperty().bind(row.reviewStatusProperty().isEqualTo(ReviewStatus.NEEDS_WORK));
        reviewFlag.managedProperty().bind(reviewFlag.visibleProperty());
    }

    /** Turns the text into a field, with the caret at the end. */
    void startEditing() {
        if (editor != null) {
            editor.requestFocus();
            return;
        }
        model.select(row);
        editor = new TextArea();
        TextEntryGuard.install(editor, Kind.TEXT);
        TabMovesFocus.install(editor);
        editor.setText(row.textProperty().get());
        editor.setWrapText(true);
        editor.getStyleClass().add(EDITOR);
        editor.setPromptText("Write the fact in neutral words");
        fitRows();
        FieldVisitBinding.install(model.textVisit(row), editor);
        editor.textProperty().addListener((observable, old, now) -> {
            if (!updatingFromModel) {
                model.typeText(row, now);
            }
            fitRows();
        });
        editor.widthProperty().addListener((observable, old, now) -> fitRows());
        editor.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                stopEditing();
            }
        });
        body.getChildren().set(0, editor);
        editor.requestFocus();
        editor.positionCaret(editor.getLength());
    }

    private void stopEditing() {
        if (editor == null) {
            return;
        }
        editor = null;
        body.getChildren().set(0, display);
        showText();
    }

    private void onKey(KeyEvent event) {
        boolean editing = editor != null && editor.isFocused();
        if (Shortcut.MOVE_UP.matches(event) || Shortcut.MOVE_DOWN.matches(event)) {
            event.consume();
            model.moveTo(row, row.positionProperty().get() + (Shortcut.MOVE_UP.matches(event) ? -1 : 1));
            if (editing) {
                editor.requestFocus();
            } else {
                requestFocus();
            }
        } else if (editing && Shortcut.FINISH_FACT.matches(event)) {
            // A fact is one bullet: Enter ends the edit instead of breaking the line.
            event.consume();
            requestFocus();
        } else if (isFocused() && Shortcut.EDIT_FACT.matches(event)) {
            event.consume();
            startEditing();
        } else if (isFocused() && Shortcut.DELETE_FACT.matches(event)) {
            event.consume();
            model.select(row);
            model.deleteSelected();
        }
    }

    private void showPosition() {
        int index = row.positionProperty().get();
        position.setText((index + 1) + ".");
    }

    private void showText() {
        String text = row.textProperty().get();
        display.setText(text.isBlank() ? "Write the fact in neutral words" : text);
        display.pseudoClassStateChanged(EMPTY, text.isBlank());
        if (editor != null && !editor.getText().equals(text)) {
            updatingFromModel = true;
            int caret = Math.min(editor.getCaretPosition(), text.length());
            editor.setText(text);
            editor.positionCaret(caret);
            updatingFromModel = false;
        }
    }

    private void fitRows() {
        double width = Math.max(120, editor.getWidth() > 0 ? editor.getWidth() - 24 : body.getWidth() - 24);
        int charsPerLine = Math.max(20, (int) (width / 7.2));
        int lines = 0;
        for (String paragraph : editor.getText().split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + charsPerLine - 1) / charsPerLine);
        }
        editor.setPrefRowCount(Math.max(2, Math.min(lines, 12)));
    }

    /** Updates the chips in place: renumbering touches every card, and new popups per chip are costly. */
    private void showChips(List<CitationChip> citations) {
        while (chips.getChildren().size() > citations.size()) {
            chips.getChildren().remove(chips.getChildren().size() - 1);
        }
        for (int i = 0; i < citations.size(); i++) {
            CitationChip chip = citations.get(i);
            Hyperlink link;
            if (i < chips.getChildren().size()) {
                link = (Hyperlink) chips.getChildren().get(i);
            } else {
                link = new Hyperlink();
                link.getStyleClass().add(CHIP);
                link.maxWidthProperty().bind(chips.widthProperty());
                link.setTooltip(new Tooltip());
                chips.getChildren().add(link);
            }
            link.setText(chip.number() + " " + chip.label() + (chip.orphaned() ? " · passage lost" : ""));
            link.pseudoClassStateChanged(ORPHANED, chip.orphaned());
            link.getTooltip().setText(tooltip(chip));
            link.setOnAction(event -> model.reveal(chip));
            link.setOnContextMenuRequested(event -> {
                MenuItem show = new MenuItem("Show passage", Icons.of(Feather.EYE));
                show.setOnAction(action -> model.reveal(chip));
                MenuItem remove = new MenuItem("Remove citation", Icons.of(Feather.X));
                remove.setOnAction(action -> model.removeCitation(row, chip));
                new ContextMenu(show, remove).show(link, event.getScreenX(), event.getScreenY());
                event.consume();
            });
        }
    }

    /**
     * Marks the card as the selected fact. A pseudo-class, not a style class: a style class change makes JavaFX
     * restyle the card's whole subtree, which made every new fact (two cards change) measurably slower.
     */
    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    private static String tooltip(CitationChip chip) {
        if (chip.orphaned()) {
            return "This passage was not found again when its source was corrected. Last known quote: “"
                    + abbreviate(chip.quote()) + "”";
        }
        return chip.quote().isEmpty() ? "The whole source" : "“" + abbreviate(chip.quote()) + "”";
    }

    private static String abbreviate(String quote) {
        String flat = quote.replace('\n', ' ').strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }
}

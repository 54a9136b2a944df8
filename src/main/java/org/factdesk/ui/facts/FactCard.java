package org.factdesk.ui.facts;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.FactColors;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * One fact as a card: its colour, its number in the list, its text (edited in place, with the text field's own
 * undo while typing), its live citation numbers and one chip per citation. Observes its {@link FactRow}.
 * JavaFX thread.
 */
final class FactCard extends HBox {

    static final String STYLE = "fact-card";
    static final String SELECTED = "selected";
    static final String STRIPE = "fact-stripe";
    static final String HANDLE = "fact-handle";
    static final String POSITION = "fact-position";
    static final String TEXT = "fact-text";
    static final String MARKS = "fact-marks";
    static final String CHIP = "citation-chip";

    private final FactRow row;
    private final FactBuilderModel model;
    private final Region stripe = new Region();
    private final Label handle = new Label();
    private final Label position = new Label();
    private final TextArea text = new TextArea();
    private final Label marks = new Label();
    private final FlowPane chips = new FlowPane(6, 4);
    private boolean updatingFromModel;
    private String textBeforeEditing;

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

    TextArea textField() {
        return text;
    }

    private void createView() {
        stripe.getStyleClass().add(STRIPE);
        stripe.setMinWidth(5);
        handle.setGraphic(Icons.of(Feather.MENU));
        handle.getStyleClass().add(HANDLE);
        handle.setTooltip(new Tooltip("Drag to reorder (or Alt+Up / Alt+Down)"));
        position.getStyleClass().add(POSITION);
        VBox gutter = new VBox(6, position, handle);
        gutter.setAlignment(Pos.TOP_CENTER);
        gutter.setMinWidth(28);

        text.setWrapText(true);
        text.getStyleClass().add(TEXT);
        text.setPromptText("Write the fact in neutral words");
        marks.getStyleClass().add(MARKS);
        marks.setMinWidth(Region.USE_PREF_SIZE);
        chips.prefWrapLengthProperty().bind(text.widthProperty().subtract(40));
        marks.setTooltip(new Tooltip("Citation numbers as the story will print them"));
        HBox cites = new HBox(8, marks, chips);
        cites.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chips, Priority.ALWAYS);
        VBox body = new VBox(4, text, cites);
        HBox.setHgrow(body, Priority.ALWAYS);
        getChildren().addAll(stripe, gutter, body);
        setSpacing(6);
    }

    private void bind() {
        row.positionProperty().addListener((observable, old, now) -> showPosition());
        showPosition();
        showText();
        row.textProperty().addListener((observable, old, now) -> showText());
        text.textProperty().addListener((observable, old, now) -> {
            if (!updatingFromModel) {
                model.typeText(row, now);
            }
            fitRows();
        });
        text.widthProperty().addListener((observable, old, now) -> fitRows());
        text.focusedProperty().addListener((observable, was, focused) -> {
            if (focused) {
                model.select(row);
                textBeforeEditing = row.textProperty().get();
            } else if (textBeforeEditing != null) {
                model.finishText(row, textBeforeEditing);
                textBeforeEditing = null;
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setOnMouseClicked(event -> model.select(row));
        marks.textProperty().bind(row.marksProperty());
        row.citationsProperty().addListener((observable, old, now) -> showChips(now));
        showChips(row.citationsProperty().get());
    }

    private void onKey(KeyEvent event) {
        if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isAltDown()) {
            // A fact is one bullet: Enter ends the edit instead of breaking the line.
            event.consume();
            requestFocus();
        } else if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
            event.consume();
            model.moveTo(row, row.positionProperty().get() + (event.getCode() == KeyCode.UP ? -1 : 1));
            text.requestFocus();
        }
    }

    private void showPosition() {
        int index = row.positionProperty().get();
        position.setText((index + 1) + ".");
        stripe.getStyleClass().removeIf(style -> style.startsWith("fact-color-"));
        stripe.getStyleClass().add(FactColors.styleClass(index));
    }

    private void showText() {
        if (!text.getText().equals(row.textProperty().get())) {
            updatingFromModel = true;
            int caret = Math.min(text.getCaretPosition(), row.textProperty().get().length());
            text.setText(row.textProperty().get());
            text.positionCaret(caret);
            updatingFromModel = false;
        }
    }

    private void fitRows() {
        double width = Math.max(120, text.getWidth() - 24);
        int charsPerLine = Math.max(20, (int) (width / 7.2));
        int lines = 0;
        for (String paragraph : text.getText().split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + charsPerLine - 1) / charsPerLine);
        }
        text.setPrefRowCount(Math.max(2, Math.min(lines, 12)));
    }

    private void showChips(List<CitationChip> citations) {
        chips.getChildren().clear();
        for (CitationChip chip : citations) {
            Hyperlink link = new Hyperlink(chip.number() + " " + chip.label());
            link.getStyleClass().add(CHIP);
            link.setTooltip(new Tooltip(chip.quote().isEmpty() ? "The whole source" : "“" + abbreviate(chip.quote()) + "”"));
            link.setOnAction(event -> model.reveal(chip));
            MenuItem remove = new MenuItem("Remove citation", Icons.of(Feather.X));
            remove.setOnAction(event -> model.removeCitation(row, chip));
            MenuItem show = new MenuItem("Show passage", Icons.of(Feather.EYE));
            show.setOnAction(event -> model.reveal(chip));
            link.setContextMenu(new ContextMenu(show, remove));
            chips.getChildren().add(link);
        }
    }

    void setSelected(boolean selected) {
        if (selected && !getStyleClass().contains(SELECTED)) {
            getStyleClass().add(SELECTED);
        } else if (!selected) {
            getStyleClass().remove(SELECTED);
        }
    }

    private static String abbreviate(String quote) {
        String flat = quote.replace('\n', ' ').strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }
}

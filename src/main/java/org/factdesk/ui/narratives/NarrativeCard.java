package org.factdesk.ui.narratives;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.TextEntryGuard;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * One narrative as a card: its label, the outlet it is credited to (with completion from the project's
 * outlets), its text with a live word count, and buttons to move or remove it. Alt+Up and Alt+Down move the
 * card while one of its fields has focus; the grip at its left drags it onto another card's place. Forwards everything to its {@link NarrativeCardModel}. JavaFX thread.
 */
final class NarrativeCard extends VBox {

    private final NarrativeCardModel model;
    private final TextField label = new TextField();
    private final TextField provider = new TextField();
    private final TextArea text = new TextArea();

    NarrativeCard(NarrativeCardModel model, NarrativePanelModel panel) {
        this.model = model;
        getStyleClass().add(NarrativeStyles.CARD);

        label.setPromptText("Label, e.g. Pro-council narrative");
        label.getStyleClass().add(NarrativeStyles.CARD_LABEL);
        label.setAccessibleText("Narrative label");
        TextEntryGuard.install(label, Kind.LINE);
        label.textProperty().bindBidirectional(model.labelProperty());

        provider.setPromptText("Outlet");
        provider.getStyleClass().add(NarrativeStyles.CARD_PROVIDER);
        provider.setAccessibleText("Provided by");
        TextEntryGuard.install(provider, Kind.LINE);
        provider.textProperty().bindBidirectional(model.providedByProperty());
        TextFields.bindAutoCompletion(provider, request -> panel.outletSuggestions(request.getUserText()));

        text.setPromptText("The narrative, in the outlet's terms");
        text.getStyleClass().add(NarrativeStyles.CARD_TEXT);
        text.setAccessibleText("Narrative text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        TextEntryGuard.install(text, Kind.TEXT);
        text.textProperty().bindBidirectional(model.textProperty());

        for (TextInputControl field : new TextInputControl[] {label, provider, text}) {
            field.focusedProperty().addListener((observable, was, now) -> {
                if (now) {
                    model.beginEdit();
                } else {
                    model.finishEdit();
                }
            });
        }

        Button up = iconButton(Feather.ARROW_UP, "Move up (Alt+Up)", () -> panel.moveUp(model));
        up.disableProperty().bind(model.firstProperty());
        Button down = iconButton(Feather.ARROW_DOWN, "Move down (Alt+Down)", () -> panel.moveDown(model));
        down.disableProperty().bind(model.lastProperty());
        Button remove = iconButton(Feather.TRASH_2, "Remove narrative", () -> panel.remove(model));
        remove.getStyleClass().add(Styles.DANGER);

        HBox.setHgrow(label, Priority.ALWAYS);
        HBox top = new HBox(6, dragHandle(), label, up, down, remove);
        top.setAlignment(Pos.CENTER_LEFT);

        Label providedBy = new Label("as provided by");
        providedBy.getStyleClass().add(Styles.TEXT_MUTED);
        providedBy.setLabelFor(provider);
        HBox.setHgrow(provider, Priority.ALWAYS);
        HBox credit = new HBox(8, providedBy, provider);
        credit.setAlignment(Pos.CENTER_LEFT);

        Label words = new Label();
        words.getStyleClass().add(NarrativeStyles.WORD_COUNT);
        words.textProperty().bind(model.wordCountProperty());
        HBox footer = new HBox(words);
        footer.setAlignment(Pos.CENTER_RIGHT);

        setSpacing(8);
        getChildren().addAll(top, credit, text, footer);

        acceptDrops(panel);

        // A filter, because the text area would otherwise take Alt+Up/Down as caret moves.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.isAltDown() && event.getCode() == KeyCode.UP) {
                panel.moveUp(model);
                event.consume();
            } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
                panel.moveDown(model);
                event.consume();
            }
        });
    }

    /** A grip to drag the card to another place; the drop is handled by the card it lands on. */
    private Node dragHandle() {
        Label grip = new Label(null, Icons.of(Feather.MORE_VERTICAL));
        grip.getStyleClass().add(NarrativeStyles.DRAG_HANDLE);
        grip.setTooltip(new Tooltip("Drag to reorder"));
        grip.setOnDragDetected(event -> {
            Dragboard board = grip.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(model.narrative().label());
            board.setContent(content);
            event.consume();
        });
        return grip;
    }

    private void acceptDrops(NarrativePanelModel panel) {
        setOnDragOver(event -> {
            if (draggedCard(event) != null) {
                event.acceptTransferModes(TransferMode.MOVE);
                pseudoClassStateChanged(NarrativeStyles.DROP_TARGET, draggedCard(event) != this);
            }
            event.consume();
        });
        setOnDragExited(event -> pseudoClassStateChanged(NarrativeStyles.DROP_TARGET, false));
        setOnDragDropped(event -> {
            NarrativeCard dragged = draggedCard(event);
            if (dragged != null && dragged != this) {
                panel.move(dragged.model, panel.cards().indexOf(model));
            }
            event.setDropCompleted(dragged != null);
            event.consume();
        });
    }

    /** The card whose grip started this drag, if the drag came from a narrative card at all. */
    private static NarrativeCard draggedCard(DragEvent event) {
        Object source = event.getGestureSource();
        for (Node node = source instanceof Node start ? start : null; node != null; node = node.getParent()) {
            if (node instanceof NarrativeCard card) {
                return card;
            }
        }
        return null;
    }

    private static Button iconButton(Ikon icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    NarrativeCardModel model() {
        return model;
    }

    void focusLabel() {
        label.requestFocus();
    }

    TextField labelField() {
        return label;
    }

    TextField providerField() {
        return provider;
    }

    TextArea textArea() {
        return text;
    }
}

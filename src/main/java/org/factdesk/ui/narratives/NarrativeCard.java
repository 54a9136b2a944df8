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
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.FieldVisitBinding;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.common.TabMovesFocus;
import org.factdesk.ui.common.TextEntryGuard;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * One narrative as a card: its label, the outlet it is credited to (with completion from the project's
 * outlets), its text with a live word count, and buttons to move or remove it. {@link Shortcut#MOVE_UP} and
 * {@link Shortcut#MOVE_DOWN} move the card while one of its fields has focus; the grip at its left drags it onto
 * another card's place. Tab goes label, outlet, text, then the buttons. Forwards everything to its
 * {@link NarrativeCardModel}. JavaFX thread.
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
        TabMovesFocus.install(text);
        text.textProperty().bindBidirectional(model.textProperty());

        FieldVisitBinding.install(model.visit(), label, provider, text);

        Button up = iconButton(Feather.ARROW_UP, Shortcut.MOVE_UP, "Move up", () -> panel.moveUp(model));
        up.disableProperty().bind(model.firstProperty());
        Button down = iconButton(Feather.ARROW_DOWN, Shortcut.MOVE_DOWN, "Move down", () -> panel.moveDown(model));
        down.disableProperty().bind(model.lastProperty());
        Button remove = iconButton(Feather.TRASH_2, null, "Remove narrative", () -> panel.remove(model));
        remove.getStyleClass().add(Styles.DANGER);

        HBox.setHgrow(label, Priority.ALWAYS);
        HBox top = new HBox(6, dragHandle(), label);
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // The buttons come after the text, so that Tab goes label, outlet, text, then to them: the focus order
        // follows the order of writing, and a Tab from the label never lands on Remove.
        HBox footer = new HBox(4, up, down, remove, gap, words);
        footer.setAlignment(Pos.CENTER_LEFT);

        setSpacing(8);
        getChildren().addAll(top, credit, text, footer);

        acceptDrops(panel);

        // A filter, because the text area would otherwise take Alt+Up/Down as caret moves.
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.MOVE_UP.matches(event)) {
                panel.moveUp(model);
                event.consume();
            } else if (Shortcut.MOVE_DOWN.matches(event)) {
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

    /** An icon button; its tooltip names its shortcut, if it has one. */
    private static Button iconButton(Ikon icon, Shortcut shortcut, String name, Runnable action) {
        String tip = shortcut == null ? name : name + " (" + shortcut.keysText() + ")";
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(name);
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

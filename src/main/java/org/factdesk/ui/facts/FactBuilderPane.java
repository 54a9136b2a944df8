package org.factdesk.ui.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.factdesk.logic.command.IdMap;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.PassageDrag;
import org.factdesk.ui.common.ScrollIntoView;
import org.factdesk.ui.common.Shortcut;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The fact builder: the story's facts as cards in order, a toolbar for the fact commands, and the live Sources
 * line underneath. Cards are reordered by dragging their handle or with {@link Shortcut#MOVE_UP} and
 * {@link Shortcut#MOVE_DOWN}; a passage dragged in from the source pane becomes a new fact. Observes only its
 * {@link FactBuilderModel}. JavaFX thread.
 */
public final class FactBuilderPane extends BorderPane {

    static final String STYLE = "fact-builder";
    static final String SOURCES_LINE = "sources-line";
    static final String EMPTY_HINT = "empty-hint";
    /** On a card or the list while something droppable is dragged over it. */
    static final javafx.css.PseudoClass DROP_TARGET = javafx.css.PseudoClass.getPseudoClass("drop-target");

    /** A fact card being dragged to a new place; carries the fact id. */
    static final DataFormat FACT_DRAG = DataFormat.lookupMimeType("application/x-factdesk-fact") != null
            ? DataFormat.lookupMimeType("application/x-factdesk-fact") : new DataFormat("application/x-factdesk-fact");

    private final FactBuilderModel model;
    private final VBox cards = new VBox(8);
    private final Map<Long, FactCard> cardsById = new HashMap<>();
    private final Label sourcesLine = new Label();
    private final ScrollPane scroller = new ScrollPane();

    public FactBuilderPane(FactBuilderModel model) {
        this.model = model;
        getStyleClass().add(STYLE);
        getStylesheets().add(FactBuilderPane.class.getResource("fact-builder.css").toExternalForm());
        createView();
        model.rows().addListener((ListChangeListener<FactRow>) change -> showRows());
        model.selectedFactIdProperty().addListener((observable, old, now) -> showSelection());
        showRows();
    }

    private void createView() {
        Label title = new Label("Facts");
        title.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newFact = button("New fact", Feather.PLUS, "New fact from the selected passage ("
                + Shortcut.NEW_FACT.keysText() + ")");
        newFact.disableProperty().bind(model.passageSelectedProperty().not());
        newFact.setOnAction(event -> model.newFactFromSelection());
        Button cite = button("Cite", Feather.LINK, "Add the selected passage to the current fact ("
                + Shortcut.CITE.keysText() + ")");
        cite.disableProperty().bind(model.passageSelectedProperty().and(model.factSelectedProperty()).not());
        cite.setOnAction(event -> model.citeSelection());
        Button up = iconButton(Feather.ARROW_UP, "Move the current fact up (" + Shortcut.MOVE_UP.keysText() + ")");
        up.setOnAction(event -> model.moveSelected(-1));
        Button down = iconButton(Feather.ARROW_DOWN, "Move the current fact down ("
                + Shortcut.MOVE_DOWN.keysText() + ")");
        down.setOnAction(event -> model.moveSelected(1));
        Button delete = iconButton(Feather.TRASH_2, "Delete the current fact (" + Shortcut.DELETE_FACT.keysText()
                + " on a fact; undo with " + Shortcut.UNDO.keysText() + ")");
        delete.setOnAction(event -> model.deleteSelected());
        for (Button button : List.of(up, down, delete)) {
            button.disableProperty().bind(model.factSelectedProperty().not());
        }
        HBox toolbar = new HBox(6, title, spacer, newFact, cite, up, down, delete);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("pane-toolbar");
        setTop(toolbar);

        Label hint = new Label("Select a passage in a source, then press " + Shortcut.NEW_FACT.keysText()
                + " (or drag it here) to make your first fact.");
        hint.getStyleClass().add(EMPTY_HINT);
        hint.setWrapText(true);
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        cards.setPadding(new Insets(8));
        cards.setFillWidth(true);
        scroller.setContent(cards);
        scroller.setFitToWidth(true);
        ScrollIntoView.followFocus(scroller);
        scroller.getStyleClass().add("edge-to-edge");
        StackPane centre = new StackPane(scroller, hint);
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        StackPane.setMargin(hint, new Insets(24));
        setCenter(centre);
        acceptDrops(centre, () -> model.rows().size());

        sourcesLine.textProperty().bind(model.sourcesLineProperty());
        sourcesLine.setWrapText(true);
        sourcesLine.getStyleClass().add(SOURCES_LINE);
        sourcesLine.setMaxWidth(Double.MAX_VALUE);
        sourcesLine.visibleProperty().bind(model.sourcesLineProperty().isNotEmpty());
        sourcesLine.managedProperty().bind(sourcesLine.visibleProperty());
        setBottom(sourcesLine);
    }

    private void showRows() {
        cardsById.keySet().removeIf(id -> model.rowOf(id) == null);
        List<FactCard> ordered = model.rows().stream().map(row -> cardsById.computeIfAbsent(row.factId(),
                id -> newCard(row))).toList();
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        FactCard focusedCard = cardHolding(focused);
        placeInOrder(ordered);
        if (focusedCard != null && !cards.getChildren().contains(focusedCard)) {
            // The focused fact was deleted (by the keyboard, say): the fact that took its place takes the focus,
            // so the editor can go on without reaching for the mouse.
            showSelection();
            focusCurrentFact();
        } else if (focused != null && focused.getScene() == null) {
            // A card moved by the keyboard was taken out and put back; give it its focus again.
            focused.requestFocus();
        }
        showSelection();
    }

    /**
     * Puts the cards in order touching only the cards that changed place: re-adding every card would restyle
     * and re-measure the whole list on each new fact.
     */
    private void placeInOrder(List<FactCard> ordered) {
        List<Node> children = cards.getChildren();
        children.retainAll(ordered);
        for (int i = 0; i < ordered.size(); i++) {
            FactCard card = ordered.get(i);
            if (i < children.size() && children.get(i) == card) {
                continue;
            }
            children.remove(card);
            children.add(i, card);
        }
    }

    private FactCard newCard(FactRow row) {
        FactCard card = new FactCard(row, model);
        if (IdMap.isLocal(row.factId())) {
            // A fact just made from a passage: let the editor reword it at once. The session selects the new
            // fact after it is shown, so look on the next pulse.
            Platform.runLater(() -> {
                if (model.isSelected(row) && card.getScene() != null) {
                    card.startEditing();
                }
            });
        }
        card.dragHandle().setOnDragDetected(event -> {
            Dragboard board = card.dragHandle().startDragAndDrop(TransferMode.MOVE);
            board.setDragView(card.snapshot(null, null));
            ClipboardContent content = new ClipboardContent();
            content.put(FACT_DRAG, row.factId());
            board.setContent(content);
            event.consume();
        });
        acceptDrops(card, () -> row.positionProperty().get());
        return card;
    }

    /** Makes {@code target} take fact cards (moved to {@code position}) and passages (a new fact). */
    private void acceptDrops(Node target, java.util.function.IntSupplier position) {
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasContent(FACT_DRAG) || isPassageDrag(event)) {
                event.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                target.pseudoClassStateChanged(DROP_TARGET, true);
            }
            event.consume();
        });
        target.setOnDragExited(event -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped(event -> {
            boolean done = false;
            if (event.getDragboard().hasContent(FACT_DRAG)) {
                FactRow dragged = model.rowOf((Long) event.getDragboard().getContent(FACT_DRAG));
                if (dragged != null) {
                    model.moveTo(dragged, position.getAsInt());
                    done = true;
                }
            } else if (isPassageDrag(event)) {
                model.newFactFromSelection();
                done = true;
            }
            target.pseudoClassStateChanged(DROP_TARGET, false);
            event.setDropCompleted(done);
            event.consume();
        });
    }

    /** A passage dragged out of the source text while it is still the selected passage. */
    private boolean isPassageDrag(DragEvent event) {
        return event.getDragboard().hasContent(PassageDrag.FORMAT) && model.passageSelectedProperty().get();
    }

    private void showSelection() {
        cardsById.values().forEach(card -> card.setSelected(model.isSelected(card.row())));
    }

    /**
     * Puts the focus on the current fact's card (the first card if none is current), or on the fact list itself
     * while it is empty; for the window's "Go to facts".
     */
    public void focusCurrentFact() {
        FactCard card = cardOf(model.selectedFactIdProperty().get());
        if (card == null && !cards.getChildren().isEmpty()) {
            card = (FactCard) cards.getChildren().get(0);
        }
        if (card != null) {
            card.requestFocus();
        } else {
            cards.requestFocus();
        }
    }

    /**
     * Brings a fact's card into view (a finding of the checks chosen); with {@code focus}, the keyboard goes to
     * the card too. The fact is already the current one: the selection says so.
     */
    public void showFact(long factId, boolean focus) {
        FactCard card = cardOf(factId);
        if (card == null) {
            return;
        }
        if (focus) {
            card.requestFocus();
        } else {
            ScrollIntoView.reveal(scroller, card);
        }
    }

    private static FactCard cardHolding(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (current instanceof FactCard card) {
                return card;
            }
        }
        return null;
    }

    /** The card of a fact, for focus after keyboard moves and for tests. */
    FactCard cardOf(long factId) {
        return cardsById.get(factId);
    }

    private static Button button(String text, Ikon icon, String tooltip) {
        Button button = new Button(text, Icons.of(icon));
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static Button iconButton(Ikon icon, String tooltip) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().add("button-icon");
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }
}

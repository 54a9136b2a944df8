package org.factdesk.ui.narratives;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.factdesk.ui.common.ScrollIntoView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The narrative panel: a header with "Add narrative", the balance strip, and one {@link NarrativeCard} per
 * narrative of the open story, or a hint while there are none. Card nodes are kept per card model, so an
 * undo or a move reorders the same nodes and the field being typed in keeps focus and caret. Built in code;
 * observes its view-model only. JavaFX thread.
 */
public final class NarrativePanel extends BorderPane {

    private final NarrativePanelModel model;
    private final Map<NarrativeCardModel, NarrativeCard> nodes = new HashMap<>();
    private final VBox cardBox = new VBox(12);
    private final ScrollPane scroll = new ScrollPane(cardBox);
    private final Button add = new Button("Add narrative", Icons.of(Feather.PLUS));

    public NarrativePanel(NarrativePanelModel model) {
        this.model = model;
        getStyleClass().add(NarrativeStyles.PANEL);
        getStylesheets().add(NarrativePanel.class.getResource(NarrativeStyles.STYLESHEET).toExternalForm());

        Label title = new Label("Narratives");
        title.getStyleClass().addAll(NarrativeStyles.TITLE, Styles.TITLE_4);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        add.setOnAction(event -> addNarrative());
        add.disableProperty().bind(model.storyOpenProperty().not());
        HBox header = new HBox(8, title, gap, add);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(NarrativeStyles.HEADER);
        setTop(new VBox(header, new BalanceStrip(model)));

        cardBox.getStyleClass().add(NarrativeStyles.CARDS);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        ScrollIntoView.followFocus(scroll);
        Label hint = new Label("Add at least two opposing narratives, each credited to an outlet.");
        hint.getStyleClass().add(NarrativeStyles.EMPTY_HINT);
        hint.setWrapText(true);
        hint.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.cards()));
        hint.setMouseTransparent(true);
        StackPane center = new StackPane(scroll, hint);
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        setCenter(center);

        model.cards().addListener((ListChangeListener<NarrativeCardModel>) change -> showCards());
        showCards();
    }

    /** Adds an empty narrative at the end and puts the caret in its label; for the window's menu too. */
    public void addNarrative() {
        NarrativeCardModel added = model.addNarrative();
        NarrativeCard card = nodes.get(added);
        if (card != null) {
            scroll.layout();
            scroll.setVvalue(scroll.getVmax());
            card.focusLabel();
        }
    }

    /** Puts the caret in the first narrative's label, or on "Add narrative" while there is none. */
    public void focusNarratives() {
        if (cardBox.getChildren().isEmpty()) {
            add.requestFocus();
        } else {
            ((NarrativeCard) cardBox.getChildren().get(0)).focusLabel();
        }
    }

    /**
     * Brings a narrative's card into view (a finding chosen); with {@code focus}, the caret goes to its label,
     * or, for one the story lacks, to the first narrative or "Add narrative".
     */
    public void showNarrative(long narrativeId, boolean focus) {
        NarrativeCard card = model.cards().stream().filter(shown -> shown.id() == narrativeId).findFirst()
                .map(nodes::get).orElse(null);
        if (card == null) {
            if (focus) {
                // A narrative the story still needs: go where one is added.
                focusNarratives();
            }
            return;
        }
        if (focus) {
            card.focusLabel();
        } else {
            ScrollIntoView.reveal(scroll, card);
        }
    }

    private void showCards() {
        List<Node> wanted = new ArrayList<>();
        for (NarrativeCardModel card : model.cards()) {
            wanted.add(nodes.computeIfAbsent(card, created -> new NarrativeCard(created, model)));
        }
        nodes.keySet().retainAll(model.cards());
        if (cardBox.getChildren().equals(wanted)) {
            return;
        }
        Node keep = cardWithFocus();
        if (keep == null || !wanted.contains(keep)) {
            cardBox.getChildren().setAll(wanted);
            return;
        }
        // Leave the focused card in the scene and move the others around it: removing it would take its focus.
        cardBox.getChildren().removeIf(node -> node != keep);
        int at = wanted.indexOf(keep);
        cardBox.getChildren().addAll(0, wanted.subList(0, at));
        cardBox.getChildren().addAll(wanted.subList(at + 1, wanted.size()));
    }

    private Node cardWithFocus() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        while (focused != null && focused.getParent() != cardBox) {
            focused = focused.getParent();
        }
        return focused;
    }

    /** The card shown for a narrative, for tests and keyboard focus. */
    NarrativeCard cardFor(long narrativeId) {
        return nodes.get(model.card(narrativeId));
    }
}

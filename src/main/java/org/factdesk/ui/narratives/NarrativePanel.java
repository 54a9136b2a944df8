package org.factdesk.ui.narratives;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The narrative panel. Built in code; observes its view-model only. */
public final class NarrativePanel extends StackPane {

    public NarrativePanel(NarrativePanelModel model) {
        getChildren().add(new Label("narrative panel"));
    }
}

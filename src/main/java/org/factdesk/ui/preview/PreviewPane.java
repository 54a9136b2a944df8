package org.factdesk.ui.preview;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The story preview. Built in code; observes its view-model only. */
public final class PreviewPane extends StackPane {

    public PreviewPane(PreviewModel model) {
        getChildren().add(new Label("story preview"));
    }
}

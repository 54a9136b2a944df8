package org.factdesk.ui.source;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The source pane. Built in code; observes its view-model only. */
public final class SourcePane extends StackPane {

    public SourcePane(SourcePaneModel model) {
        getChildren().add(new Label("source pane"));
    }
}

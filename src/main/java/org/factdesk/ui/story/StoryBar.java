package org.factdesk.ui.story;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** The story bar. Built in code; observes its view-model only. */
public final class StoryBar extends StackPane {

    public StoryBar(StoryBarModel model) {
        getChildren().add(new Label("story bar"));
    }
}

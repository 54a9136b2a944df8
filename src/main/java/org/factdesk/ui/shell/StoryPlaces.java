package org.factdesk.ui.shell;

import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.PlaceRequest;
import org.factdesk.ui.facts.FactBuilderPane;
import org.factdesk.ui.narratives.NarrativePanel;
import org.factdesk.ui.source.SourcePane;
import org.factdesk.ui.story.StoryBar;

/**
 * Hands a request to show a part of the story (a finding chosen in the Checks panel) to the pane that holds
 * it: the title and lede to the story bar, a fact to the fact builder, a narrative to the narrative panel, the
 * sources to the library. The panes never learn of each other; the window, which places them, routes. JavaFX
 * thread.
 */
final class StoryPlaces {

    private StoryPlaces() {
    }

    static void route(EditorSelection selection, StoryBar story, FactBuilderPane facts, NarrativePanel narratives,
                      SourcePane sources) {
        selection.requestedPlaceProperty().addListener((observable, old, request) -> {
            if (request == null) {
                return;
            }
            switch (request.part()) {
                case TITLE, LEDE -> {
                    if (request.focus()) {
                        story.focusTitle(request.part() == PlaceRequest.Part.LEDE);
                    }
                }
                case FACT -> facts.showFact(request.id(), request.focus());
                case NARRATIVE -> narratives.showNarrative(request.id(), request.focus());
                case SOURCES -> {
                    if (request.focus()) {
                        sources.focusLibrary();
                    }
                }
            }
        });
    }
}

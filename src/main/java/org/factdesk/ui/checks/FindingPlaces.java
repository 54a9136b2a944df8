package org.factdesk.ui.checks;

import java.util.Objects;
import java.util.Optional;
import org.factdesk.logic.check.Finding;
import org.factdesk.logic.check.Passage;
import org.factdesk.logic.check.Place;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.OpenStory;
import org.factdesk.ui.common.PlaceRequest;

/**
 * Shows where a finding is: asks for its place in the story (the fact becomes the current one) and reveals its
 * passage in the source pane. A finding without a passage of its own (a number not found, say) reveals the
 * fact's first cited passage, which is what the editor compares it with. Places are counted in the story the
 * checks read; the fact or narrative is then found by id, so one moved meanwhile is still found. JavaFX thread.
 */
final class FindingPlaces {

    private final OpenStory story;
    private final EditorSources library;
    private final EditorSelection selection;

    FindingPlaces(OpenStory story, EditorSources library, EditorSelection selection) {
        this.story = Objects.requireNonNull(story);
        this.library = Objects.requireNonNull(library);
        this.selection = Objects.requireNonNull(selection);
    }

    void show(Finding finding, StoryDocument checked, boolean focus) {
        StoryDocument now = story.documentProperty().get();
        if (now == null) {
            return;
        }
        Optional<PlaceRequest> request = request(finding.place(), checked, now, focus);
        if (request.isEmpty()) {
            return;
        }
        selection.showPlace(request.get());
        if (finding.passage().isPresent()) {
            Passage passage = finding.passage().get();
            library.find(passage.sourceId()).ifPresent(source ->
                    selection.revealText(source, passage.start(), passage.end()));
        } else if (request.get().part() == PlaceRequest.Part.FACT) {
            revealFirstCitation(now.fact(request.get().id()));
        }
    }

    private void revealFirstCitation(Fact fact) {
        for (Citation citation : fact.citations()) {
            if (library.find(citation.sourceId()).isPresent()) {
                story.reveal(citation.sourceId(), citation.excerptId());
                return;
            }
        }
    }

    /** The part to show, if it is still in the story. */
    private static Optional<PlaceRequest> request(Place place, StoryDocument checked, StoryDocument now,
                                                  boolean focus) {
        return switch (place.kind()) {
            case TITLE -> Optional.of(new PlaceRequest(PlaceRequest.Part.TITLE, 0, focus));
            case LEDE -> Optional.of(new PlaceRequest(PlaceRequest.Part.LEDE, 0, focus));
            case SOURCES -> Optional.of(new PlaceRequest(PlaceRequest.Part.SOURCES, 0, focus));
            case FACT -> place.index() < checked.facts().size()
                    && now.indexOfFact(checked.facts().get(place.index()).id()) >= 0
                    ? Optional.of(new PlaceRequest(PlaceRequest.Part.FACT, checked.facts().get(place.index()).id(),
                    focus)) : Optional.empty();
            // A narrative the story lacks ("at least two narratives") is shown as the narratives, id 0.
            case NARRATIVE -> place.index() >= checked.narratives().size()
                    ? Optional.of(new PlaceRequest(PlaceRequest.Part.NARRATIVE, 0, focus))
                    : now.indexOfNarrative(checked.narratives().get(place.index()).id()) >= 0
                    ? Optional.of(new PlaceRequest(PlaceRequest.Part.NARRATIVE,
                    checked.narratives().get(place.index()).id(), focus)) : Optional.empty();
        };
    }
}

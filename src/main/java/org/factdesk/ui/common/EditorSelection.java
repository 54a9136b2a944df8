package org.factdesk.ui.common;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.factdesk.logic.command.Passage;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Source;

/**
 * What the editor has selected: the current fact, the source being read, the passage marked in it, and the
 * excerpt a citation click asked to reveal. Panes observe the read-only properties and change the selection only
 * through the intention methods, so a new feature (search, checks, review) can tell why the selection moved and
 * no pane can overwrite another's choice behind its back. Used on the JavaFX thread only.
 */
public final class EditorSelection {

    private final ReadOnlyLongWrapper factId = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Passage> passage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Excerpt> revealedExcerpt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SourceSpan> revealedText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PlaceRequest> requestedPlace = new ReadOnlyObjectWrapper<>();

    /** Makes {@code id} the current fact; 0 means none. */
    public void selectFact(long id) {
        factId.set(id);
    }

    /** Shows {@code chosen} in the source pane; null leaves no source selected. */
    public void selectSource(Source chosen) {
        source.set(chosen);
    }

    /** Marks a passage of the shown source as the one "New fact" and "Cite" work with. */
    public void selectPassage(Passage chosen) {
        passage.set(chosen);
    }

    public void clearPassage() {
        passage.set(null);
    }

    /**
     * Selects {@code owner} (if not null) and asks the source pane to show and flash {@code excerpt}. The excerpt
     * is reset first, so revealing the same excerpt twice flashes it twice.
     */
    public void reveal(Source owner, Excerpt excerpt) {
        if (owner != null) {
            source.set(owner);
        }
        revealedExcerpt.set(null);
        revealedExcerpt.set(excerpt);
    }

    /**
     * Selects {@code owner} and asks the source pane to show and flash {@code start..end} of its text (a search
     * hit). Reset first, so revealing the same stretch twice flashes it twice.
     */
    public void revealText(Source owner, int start, int end) {
        source.set(owner);
        revealedText.set(null);
        revealedText.set(new SourceSpan(owner.id(), start, end));
    }

    /**
     * Asks the pane holding a part of the story to show it (a finding of the checks chosen); a fact also becomes
     * the current fact. Reset first, so asking for the same part twice shows it twice.
     */
    public void showPlace(PlaceRequest request) {
        if (request.part() == PlaceRequest.Part.FACT) {
            factId.set(request.id());
        }
        requestedPlace.set(null);
        requestedPlace.set(request);
    }

    public ReadOnlyLongProperty selectedFactIdProperty() {
        return factId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Source> selectedSourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Passage> selectedPassageProperty() {
        return passage.getReadOnlyProperty();
    }

    /** Set to the excerpt a citation click asks to show; the source pane scrolls to it and flashes it. */
    public ReadOnlyObjectProperty<Excerpt> revealedExcerptProperty() {
        return revealedExcerpt.getReadOnlyProperty();
    }

    /** Set to the stretch of text a search hit asks to show; the source pane scrolls to it and flashes it. */
    public ReadOnlyObjectProperty<SourceSpan> revealedTextProperty() {
        return revealedText.getReadOnlyProperty();
    }

    /** Set to the part of the story another pane asked to show; the shell hands it to the pane holding it. */
    public ReadOnlyObjectProperty<PlaceRequest> requestedPlaceProperty() {
        return requestedPlace.getReadOnlyProperty();
    }
}

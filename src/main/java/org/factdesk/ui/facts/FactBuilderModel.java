package org.factdesk.ui.facts;

import java.util.Objects;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.command.FieldVisit;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.NumberedSource;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.HistoryState;
import org.factdesk.ui.common.OpenStory;

/**
 * View-model of the fact builder: one {@link FactRow} per fact of the open story with its live citation
 * numbers, the Sources line, and the fact commands. Rows are kept and updated in place by fact id, so a card
 * being typed in survives every change. Holds no controls. JavaFX thread.
 */
public final class FactBuilderModel {

    /** The most of a deleted fact's text the status line quotes. */
    private static final int MAX_SHOWN = 60;

    private final OpenStory story;
    private final EditorSelection selection;
    private final HistoryState history;
    private final ObservableList<FactRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sourcesLine = new ReadOnlyStringWrapper("");
    private final BooleanBinding passageSelected;
    private final BooleanBinding factSelected;

    public FactBuilderModel(OpenStory story, EditorSelection selection, HistoryState history) {
        this.story = Objects.requireNonNull(story);
        this.selection = Objects.requireNonNull(selection);
        this.history = Objects.requireNonNull(history);
        story.formattedProperty().addListener((observable, old, now) -> refresh(now));
        refresh(story.formattedProperty().get());
        passageSelected = selection.selectedPassageProperty().isNotNull();
        factSelected = Bindings.createBooleanBinding(() -> rowOf(selection.selectedFactIdProperty().get()) != null,
                selection.selectedFactIdProperty(), rows);
    }

    private void refresh(FormattedStory story) {
        if (story == null) {
            rows.clear();
            sourcesLine.set("");
            return;
        }
        Map<Long, FactRow> existing = new HashMap<>();
        rows.forEach(row -> existing.put(row.factId(), row));
        Map<Long, Integer> numbers = new HashMap<>();
        Map<Long, String> labels = new HashMap<>();
        for (NumberedSource source : story.sources()) {
            numbers.put(source.source().id(), source.number());
            labels.put(source.source().id(), source.label());
        }
        StoryDocument document = this.story.documentProperty().get();
        List<FactRow> ordered = new ArrayList<>(story.facts().size());
        for (int i = 0; i < story.facts().size(); i++) {
            FormattedFact fact = story.facts().get(i);
            FactRow row = existing.computeIfAbsent(fact.fact().id(),
                    id -> new FactRow(id, fact.fact().colour()));
            row.positionProperty().set(i);
            if (!row.textProperty().get().equals(fact.fact().text())) {
                row.textProperty().set(fact.fact().text());
            }
            row.marksProperty().set(fact.marks());
            row.citationsProperty().set(chips(fact.fact().citations(), numbers, labels, document));
            row.reviewStatusProperty().set(fact.fact().reviewStatus());
            ordered.add(row);
        }
        if (!ordered.equals(rows)) {
            rows.setAll(ordered);
        }
        sourcesLine.set(story.sourcesLine());
    }

    private static List<CitationChip> chips(List<Citation> citations, Map<Long, Integer> numbers,
                                            Map<Long, String> labels, StoryDocument document) {
        List<CitationChip> chips = new ArrayList<>(citations.size());
        for (int i = 0; i < citations.size(); i++) {
            Citation citation = citations.get(i);
            Excerpt excerpt = citation.excerptId() == null ? null : document.excerpts().get(citation.excerptId());
            chips.add(new CitationChip(i, numbers.get(citation.sourceId()), labels.get(citation.sourceId()),
                    citation.sourceId(), citation.excerptId(), excerpt == null ? "" : excerpt.quote(),
                    excerpt != null && excerpt.isOrphaned()));
        }
        return chips;
    }

    // ---- state

    public ObservableList<FactRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty sourcesLineProperty() {
        return sourcesLine.getReadOnlyProperty();
    }

    /** True while a passage is selected in a source, so "New fact" has something to work with. */
    public BooleanBinding passageSelectedProperty() {
        return passageSelected;
    }

    public BooleanBinding factSelectedProperty() {
        return factSelected;
    }

    public boolean isSelected(FactRow row) {
        return selection.selectedFactIdProperty().get() == row.factId();
    }

    public javafx.beans.property.ReadOnlyLongProperty selectedFactIdProperty() {
        return selection.selectedFactIdProperty();
    }

    // ---- commands

    public void newFactFromSelection() {
        story.newFactFromSelection();
    }

    public void citeSelection() {
        story.citeSelection();
    }

    public void select(FactRow row) {
        selection.selectFact(row.factId());
    }

    /**
     * Deletes the current fact, makes the one that takes its place current, and has the status line say what
     * was deleted with an offer to undo it.
     */
    public void deleteSelected() {
        FactRow row = rowOf(selection.selectedFactIdProperty().get());
        if (row != null) {
            int position = row.positionProperty().get();
            String deleted = describeDeleted(position, row.textProperty().get());
            story.editor().deleteFact(row.factId());
            if (!rows.isEmpty()) {
                select(rows.get(Math.min(position, rows.size() - 1)));
            }
            history.undoNotice().offer(deleted);
        }
    }

    /** "Deleted fact 2: “Business groups welcomed…”", short enough for the status line. */
    static String describeDeleted(int position, String text) {
        String flat = text.replace('\n', ' ').strip();
        if (flat.isEmpty()) {
            return "Deleted fact " + (position + 1) + " (it had no text).";
        }
        String shown = flat;
        if (flat.length() > MAX_SHOWN) {
            int cut = MAX_SHOWN - 1;
            // Never cut a character in half: the status line would show a broken glyph.
            if (Character.isLowSurrogate(flat.charAt(cut))) {
                cut--;
            }
            shown = flat.substring(0, cut).stripTrailing() + "…";
        }
        return "Deleted fact " + (position + 1) + ": “" + shown + "”";
    }

    public void moveSelected(int offset) {
        FactRow row = rowOf(selection.selectedFactIdProperty().get());
        if (row != null) {
            moveTo(row, row.positionProperty().get() + offset);
        }
    }

    public void moveTo(FactRow row, int position) {
        story.editor().moveFact(row.factId(), Math.max(0, Math.min(position, rows.size() - 1)));
    }

    public void removeCitation(FactRow row, CitationChip chip) {
        story.editor().removeCitation(row.factId(), chip.index());
    }

    /**
     * Shows the cited source and scrolls to the passage, which flashes. An orphaned passage has no place in the
     * current text, so its source is shown without one.
     */
    public void reveal(CitationChip chip) {
        story.reveal(chip.sourceId(), chip.orphaned() ? null : chip.excerptId());
    }

    /** A keystroke in a fact's text: shown and saved at once. */
    public void typeText(FactRow row, String text) {
        if (story.documentProperty().get().indexOfFact(row.factId()) >= 0) {
            story.editor().typeFactText(row.factId(), text);
        }
    }

    /** The editor left a fact's text; the change since {@code before} becomes one undo step. */
    public void finishText(FactRow row, String before) {
        story.editor().finishFactText(row.factId(), before);
    }

    /** A visit to a fact's text field: one undo step, closed before any structural command. */
    public FieldVisit<String> textVisit(FactRow row) {
        return story.editor().factTextVisit(row.factId());
    }

    public FactRow rowOf(long factId) {
        return rows.stream().filter(row -> row.factId() == factId).findFirst().orElse(null);
    }
}

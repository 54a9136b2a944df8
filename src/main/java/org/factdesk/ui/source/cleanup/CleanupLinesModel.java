package org.factdesk.ui.source.cleanup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.cleanup.CleanupProposal;
import org.factdesk.logic.cleanup.ProposedLine;

/**
 * View-model of the line-by-line clean-up: every non-blank line of an extracted text, marked as the clean-up
 * proposal has it, which the editor toggles line by line, resets to the proposal or keeps whole; the count of
 * lines to drop; and the text that results ({@link CleanupProposal#apply}). Holds no nodes, so it is tested
 * without the toolkit. JavaFX thread (its list and count are bound to the view); build it from lines proposed
 * off that thread, since proposing a long text takes time.
 */
public final class CleanupLinesModel {

    private final String text;
    private final List<ProposedLine> proposed;
    private final ObservableList<CleanupLine> lines = FXCollections.observableArrayList();
    /** One wrapper for every caller: a wrapper listens to the list weakly, so a fresh one could lose listeners. */
    private final ObservableList<CleanupLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyIntegerWrapper droppedCount = new ReadOnlyIntegerWrapper();
    private final StringBinding summary;

    /**
     * @param text the text as it was extracted
     * @param proposed its lines as {@link CleanupProposal#propose} gives them; the proposal is applied
     */
    public CleanupLinesModel(String text, List<ProposedLine> proposed) {
        this.text = java.util.Objects.requireNonNull(text);
        this.proposed = List.copyOf(proposed);
        summary = Bindings.createStringBinding(() -> summaryOf(droppedCount.get(), this.proposed.size()),
                droppedCount);
        acceptProposal();
    }

    /** The text's lines, each dropped or kept as the editor has it now, in the text's order. */
    public ObservableList<CleanupLine> lines() {
        return readOnlyLines;
    }

    /** Drops a kept line, or keeps a dropped one. */
    public void toggle(int index) {
        CleanupLine line = lines.get(index);
        lines.set(index, line.toggled());
        droppedCount.set(droppedCount.get() + (line.dropped() ? -1 : 1));
    }

    /** Every line as the proposal has it, undoing the editor's changes. */
    public void acceptProposal() {
        List<CleanupLine> rows = new ArrayList<>(proposed.size());
        proposed.forEach(line -> rows.add(new CleanupLine(line, line.proposedForDropping())));
        lines.setAll(rows);
        droppedCount.set((int) rows.stream().filter(CleanupLine::dropped).count());
    }

    /** Keeps every line: the text as it was extracted, paragraph for paragraph. */
    public void keepEveryLine() {
        lines.setAll(proposed.stream().map(line -> new CleanupLine(line, false)).toList());
        droppedCount.set(0);
    }

    /** How many lines will be dropped. */
    public ReadOnlyIntegerProperty droppedCountProperty() {
        return droppedCount.getReadOnlyProperty();
    }

    /** "12 of 48 lines will be dropped", or that every line is kept. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** True when at least one line is kept, so there is a text to add. */
    public boolean keepsAnyLine() {
        return droppedCount.get() < proposed.size();
    }

    /** The indexes of the lines to drop, in order. */
    public Set<Integer> droppedIndexes() {
        Set<Integer> dropped = new TreeSet<>();
        lines.stream().filter(CleanupLine::dropped).forEach(line -> dropped.add(line.proposed().index()));
        return dropped;
    }

    /** The text with the dropped lines left out; see {@link #textWithout}. */
    public String resultText() {
        return textWithout(text, proposed, droppedIndexes());
    }

    /**
     * {@code text} without the lines at {@code dropped}, a paragraph per kept line ({@link CleanupProposal#apply});
     * when nothing is dropped, the text exactly as it was, so that keeping every line never turns the lines of
     * one paragraph (a hard-wrapped plain text) into paragraphs of their own. Any thread.
     */
    public static String textWithout(String text, List<ProposedLine> proposed, Set<Integer> dropped) {
        return dropped.isEmpty() ? text : CleanupProposal.apply(proposed, dropped);
    }

    private static String summaryOf(int dropped, int total) {
        if (dropped == 0) {
            return "All " + total + (total == 1 ? " line is" : " lines are") + " kept";
        }
        return dropped + " of " + total + (total == 1 ? " line" : " lines") + " will be dropped";
    }
}

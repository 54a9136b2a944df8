package org.factdesk.ui.source;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.ui.source.ImportResultLine.Outcome;

/**
 * The results of the last batch import: a line for each file as it is read, and a heading that counts them
 * ("Adding 12 files: 5 of 12 read", then "12 files: 10 added, 2 not added"). Shown under the library from the
 * batch's start until the editor closes them, so a long batch never interrupts her with a dialog. JavaFX thread.
 */
public final class ImportResults {

    private final ObservableList<ImportResultLine> lines = FXCollections.observableArrayList();
    /** One wrapper for every caller: a wrapper listens to the list weakly, so a fresh one could lose listeners. */
    private final ObservableList<ImportResultLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private int files;
    private String title = "";
    /** The batch shown; a batch started after it takes the list over, and an older one's lines are dropped. */
    private int batch;

    /**
     * A new batch of {@code files} files begins; the last batch's lines go.
     *
     * @return the batch's number, for {@link #add} and {@link #finish}
     */
    int start(String batchTitle, int batchFiles) {
        batch++;
        title = batchTitle;
        files = batchFiles;
        lines.clear();
        shown.set(true);
        heading.set(files == 0 ? batchTitle + ": no articles found" : batchTitle + ": 0 of " + files + " read");
        return batch;
    }

    void add(int from, ImportResultLine line) {
        if (from != batch) {
            return;
        }
        lines.add(line);
        heading.set(title + ": " + read() + " of " + files + " read");
    }

    /** The batch ended: the heading sums up what came of it. */
    void finish(int from) {
        if (from != batch || files == 0) {
            return;
        }
        StringBuilder summary = new StringBuilder(files == 1 ? "1 file: " : files + " files: ")
                .append(count(Outcome.ADDED)).append(" added");
        appendIfAny(summary, Outcome.FAILED, "not added");
        appendIfAny(summary, Outcome.KEPT_OUT, "already in the project");
        appendIfAny(summary, Outcome.SKIPPED, "skipped");
        appendIfAny(summary, Outcome.NOT_READ, "not read");
        heading.set(summary.toString());
    }

    /** The editor is done with the results. */
    public void close() {
        shown.set(false);
        lines.clear();
    }

    public ObservableList<ImportResultLine> lines() {
        return readOnlyLines;
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    private long read() {
        return lines.stream().filter(line -> line.outcome() != Outcome.NOTE).count();
    }

    private long count(Outcome outcome) {
        return lines.stream().filter(line -> line.outcome() == outcome).count();
    }

    private void appendIfAny(StringBuilder summary, Outcome outcome, String words) {
        long count = count(outcome);
        if (count > 0) {
            summary.append(", ").append(count).append(' ').append(words);
        }
    }
}

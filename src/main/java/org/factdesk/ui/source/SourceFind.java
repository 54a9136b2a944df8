package org.factdesk.ui.source;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.factdesk.logic.text.TextMatches;

/**
 * View-model of the find bar over the source text: the query, its matches in the text shown (ignoring case),
 * the match to show and select, and the "3 of 17" count. It searches the text held in memory again on every
 * change of the query or of the shown source. Holds no controls. JavaFX thread.
 */
public final class SourceFind {

    private final ObservableValue<String> text;
    private final StringProperty query = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<TextSpan> found = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanBinding available;
    private TextMatches matches = TextMatches.of("", "");
    private int current = -1;
    /** Where a changed query looks from: where the bar was opened, then the current match. */
    private int anchor;

    /** @param text the shown source's text, null while none is shown */
    SourceFind(ObservableValue<String> text) {
        this.text = text;
        available = Bindings.createBooleanBinding(() -> text.getValue() != null && !text.getValue().isEmpty(),
                text);
        query.addListener((observable, old, now) -> searchIfOpen());
        text.addListener((observable, old, now) -> {
            anchor = 0;
            searchIfOpen();
        });
    }

    /** Opens the bar; the query's first match at {@code from} or after it becomes current. */
    public void open(int from) {
        anchor = Math.max(0, from);
        open.set(true);
        search();
    }

    public void close() {
        open.set(false);
    }

    /** Makes the first match that starts at {@code after} or later current, wrapping round to the first. */
    public void next(int after) {
        show(matches.firstFrom(after));
    }

    /** Makes the last match that starts before {@code before} current, wrapping round to the last. */
    public void previous(int before) {
        show(matches.lastBefore(before));
    }

    /** A closed bar selects nothing: another source shown must not jump to a match nobody asked for. */
    private void searchIfOpen() {
        if (open.get()) {
            search();
        } else {
            matches = TextMatches.of("", "");
            current = -1;
            found.set(null);
            status.set("");
        }
    }

    private void search() {
        String shown = text.getValue();
        matches = TextMatches.of(shown == null ? "" : shown, query.get() == null ? "" : query.get());
        current = -1;
        show(matches.firstFrom(anchor));
    }

    private void show(int index) {
        current = index;
        if (index < 0) {
            found.set(null);
        } else {
            anchor = matches.start(index);
            // Set afresh even when it is the same match, so the view shows it again.
            found.set(null);
            found.set(new TextSpan(matches.start(index), matches.end(index)));
        }
        status.set(describe());
    }

    private String describe() {
        if (query.get() == null || query.get().isEmpty()) {
            return "";
        }
        if (matches.isEmpty()) {
            return "No match";
        }
        return (current + 1) + " of " + matches.count();
    }

    /** What is searched for, as typed. */
    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The match to show and select; null while there is none. */
    public ReadOnlyObjectProperty<TextSpan> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** "3 of 17", "No match", or empty while nothing is searched for. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a source text is shown, so there is something to search. */
    public BooleanBinding availableProperty() {
        return available;
    }
}

package org.factdesk.ui.facts;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.model.ReviewStatus;

/**
 * One fact in the fact builder: the card binds to these properties, and the builder updates them in place when
 * the story changes, so the field being typed in keeps its caret. JavaFX thread.
 */
public final class FactRow {

    private final long factId;
    private final int colour;
    private final IntegerProperty position = new SimpleIntegerProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty marks = new SimpleStringProperty("");
    private final ObjectProperty<List<CitationChip>> citations = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<ReviewStatus> reviewStatus = new SimpleObjectProperty<>(ReviewStatus.UNCHECKED);

    FactRow(long factId, int colour) {
        this.factId = factId;
        this.colour = colour;
    }

    public long factId() {
        return factId;
    }

    /** The fact's own colour index; a fact never changes colour, so this is not a property. */
    public int colour() {
        return colour;
    }

    /** 0-based place in the story. */
    public IntegerProperty positionProperty() {
        return position;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The citation numbers as the house format writes them after the text ("1,3"). */
    public StringProperty marksProperty() {
        return marks;
    }

    public ObjectProperty<List<CitationChip>> citationsProperty() {
        return citations;
    }

    public ObjectProperty<ReviewStatus> reviewStatusProperty() {
        return reviewStatus;
    }
}

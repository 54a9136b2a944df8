package org.factdesk.ui.narratives;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.logic.command.FieldVisit;
import org.factdesk.logic.command.StoryEditor;
import org.factdesk.model.Narrative;

/**
 * One narrative card's state: its label, outlet and text as editable properties, its word count and place.
 * A change the user makes is shown and saved at once ({@link StoryEditor#typeNarrative}); {@link #finishEdit()}
 * puts everything typed since {@link #beginEdit()} into the undo history as one step. Changes coming from the
 * document (undo, redo) are applied with {@link #show(Narrative)}, which only touches fields that differ, so
 * the field being typed in keeps its caret. JavaFX thread.
 */
public final class NarrativeCardModel {

    private final StoryEditor editor;
    private final long id;
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty providedBy = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper words = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper wordCount = new ReadOnlyStringWrapper(WordCount.describe(0));
    private final ReadOnlyBooleanWrapper first = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper last = new ReadOnlyBooleanWrapper();
    private final FieldVisit<Narrative> visit;
    private boolean showing;

    NarrativeCardModel(StoryEditor editor, Narrative narrative) {
        this.editor = editor;
        this.id = narrative.id();
        this.visit = editor.narrativeVisit(id);
        show(narrative);
        label.addListener((observable, old, now) -> typed());
        providedBy.addListener((observable, old, now) -> typed());
        text.addListener((observable, old, now) -> typed());
    }

    /** Shows the narrative as the document now has it, setting only the fields that differ. */
    void show(Narrative narrative) {
        showing = true;
        try {
            setIfDifferent(label, narrative.label());
            setIfDifferent(providedBy, narrative.providedBy());
            setIfDifferent(text, narrative.text());
        } finally {
            showing = false;
        }
        countWords();
    }

    void place(int index, int size) {
        first.set(index == 0);
        last.set(index == size - 1);
    }

    private static void setIfDifferent(StringProperty property, String value) {
        if (!value.equals(property.get())) {
            property.set(value);
        }
    }

    private void typed() {
        countWords();
        // A change the document itself made (undo, a story switch) must not be written back as typing.
        if (!showing) {
            editor.typeNarrative(narrative());
        }
    }

    private void countWords() {
        words.set(WordCount.of(text.get()));
        wordCount.set(WordCount.describe(words.get()));
    }

    /** The user entered one of the card's fields; see {@link FieldVisit}. */
    public void beginEdit() {
        visit.begin();
    }

    /** Puts the edit made since {@link #beginEdit()} into the undo history as one step. */
    public void finishEdit() {
        visit.end();
    }

    /** The visit the card's fields share: one undo step per visit, closed before any structural command. */
    FieldVisit<Narrative> visit() {
        return visit;
    }

    /** The narrative as the card shows it. */
    public Narrative narrative() {
        return new Narrative(id, label.get(), providedBy.get(), text.get());
    }

    public long id() {
        return id;
    }

    /** The name the balance strip and warnings use: the label, or a stand-in while it is empty. */
    String displayName(int index) {
        return label.get().isBlank() ? "Narrative " + (index + 1) : label.get().strip();
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty providedByProperty() {
        return providedBy;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyIntegerProperty wordsProperty() {
        return words.getReadOnlyProperty();
    }

    /** "42 words". */
    public ReadOnlyStringProperty wordCountProperty() {
        return wordCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty firstProperty() {
        return first.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lastProperty() {
        return last.getReadOnlyProperty();
    }
}

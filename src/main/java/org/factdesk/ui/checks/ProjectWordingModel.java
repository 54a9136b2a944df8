package org.factdesk.ui.checks;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.WordingChoice;

/**
 * The "Project wording" dialog's state: the open project's own wording choices as the editor reads them (each
 * watched word with its category in words, suggestions and why; each silenced shipped word), removing one, and
 * the forms that add one ({@link WatchWordForm}, {@link SilenceWordForm}). Every change goes through
 * {@link WordingChoices}, which writes it to the file at once and runs the checks again. JavaFX thread; tested
 * without the toolkit.
 */
public final class ProjectWordingModel {

    /**
     * One choice as the list shows it.
     *
     * @param term the word or phrase, as chosen
     * @param headline "Watching “pitch”: Euphemism, a noun" or "Silenced “claim”"
     * @param details its suggestions and why, or what silencing it stopped, and who chose it
     */
    public record Row(String term, boolean watched, String headline, String details) {
    }

    private final WordingChoices choices;
    private final WordingRules shipped;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    /** The choices of {@code choices}' project, against the shipped lexicon. */
    public ProjectWordingModel(WordingChoices choices) {
        this(choices, WordingRules.shipped());
    }

    ProjectWordingModel(WordingChoices choices, WordingRules shipped) {
        this.choices = choices;
        this.shipped = shipped;
        choices.list().addListener((ListChangeListener<WordingChoice>) change -> fill());
        fill();
    }

    private void fill() {
        rows.setAll(choices.list().stream().map(this::rowOf).toList());
    }

    private Row rowOf(WordingChoice choice) {
        String by = choice.chosenBy().isBlank() ? "" : " Chosen by " + choice.chosenBy() + ".";
        if (choice.kind() == WordingChoice.Kind.SILENCE) {
            String key = WordingRules.keyOf(choice.term());
            String what = shipped.entries().stream().filter(entry -> entry.key().equals(key)).findFirst()
                    .map(entry -> "A shipped word, " + entry.category().complement()
                            + ", no longer flagged in this project.")
                    .orElse("Not in the shipped lexicon: silencing it changes nothing.");
            return new Row(choice.term(), false, "Silenced \u201C" + choice.term() + "\u201D", what + by);
        }
        String kind = WordingNames.categoryNamed(choice.category())
                + (choice.inflection().isBlank() ? "" : ", " + inflectionWords(choice.inflection()));
        String suggest = choice.suggestions().isEmpty() ? "No suggestion: the word should go."
                : "Suggests " + String.join(", ", choice.suggestions().stream()
                        .map(each -> "\u201C" + each + "\u201D").toList()) + ".";
        String why = choice.why().isBlank() ? "" : " " + choice.why();
        return new Row(choice.term(), true, "Watching \u201C" + choice.term() + "\u201D: " + kind,
                suggest + why + by);
    }

    private static String inflectionWords(String name) {
        return switch (name.strip()) {
            case "verb" -> "a verb";
            case "noun" -> "a noun";
            case "fixed" -> "fixed";
            default -> "inflection \u201C" + name.strip() + "\u201D";
        };
    }

    // ---- commands

    /** Forgets the choice: a watched word is no longer flagged, a silenced one is flagged again. */
    public void remove(Row row) {
        choices.forget(row.term());
        note.set(row.watched() ? "\u201C" + row.term() + "\u201D is no longer flagged in this project."
                : "\u201C" + row.term() + "\u201D is flagged again in this project.");
    }

    /** A new, empty form to watch for a word. */
    public WatchWordForm watchForm() {
        return new WatchWordForm(choices, shipped);
    }

    /** A new, empty form to silence a shipped word. */
    public SilenceWordForm silenceForm() {
        return new SilenceWordForm(choices, shipped);
    }

    /** Watches for the form's word; true when it was added, noted for the list. */
    public boolean watch(WatchWordForm form) {
        if (!form.watch()) {
            return false;
        }
        note.set("Now watching for \u201C" + form.termProperty().get().strip() + "\u201D in this project.");
        return true;
    }

    /** Silences the form's shipped word; true when one was silenced, noted for the list. */
    public boolean silence(SilenceWordForm form) {
        Optional<String> silenced = form.silence();
        silenced.ifPresent(term -> note.set("\u201C" + term + "\u201D is no longer flagged in this project."));
        return silenced.isPresent();
    }

    // ---- state

    /** The project's choices, oldest first, as the list shows them. */
    public ObservableList<Row> rows() {
        return readOnlyRows;
    }

    /** What the last change did, for the line under the list; empty before any. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

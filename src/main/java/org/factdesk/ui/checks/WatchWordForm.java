package org.factdesk.ui.checks;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.logic.check.wording.WordingEntry;
import org.factdesk.logic.check.wording.WordingMatch;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.WordingChoice;

/**
 * The "Watch for a word" form: a term, its category, how it inflects, its neutral suggestions and why it takes
 * a side, held to the lexicon's own rules for an entry ({@link WordingEntry#termProblem},
 * {@link WordingEntry#lineProblem}). A field's problem shows once the editor has changed that field or tried to
 * add the word, so an empty form opens without a wall of red. As she types it says which forms the term will
 * catch and whether it replaces a word already in the lexicon or the project. JavaFX thread; tested without the
 * toolkit.
 */
public final class WatchWordForm {

    /** The form's fields, each with its own problem. */
    public enum Field { TERM, CATEGORY, INFLECTION, SUGGESTIONS, WHY }

    private final WordingChoices choices;
    private final WordingRules shipped;
    private final StringProperty term = new SimpleStringProperty("");
    private final ObjectProperty<WordingCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Inflection> inflection = new SimpleObjectProperty<>();
    private final StringProperty suggestions = new SimpleStringProperty("");
    private final StringProperty why = new SimpleStringProperty("");
    private final Map<Field, ReadOnlyStringWrapper> shown = new EnumMap<>(Field.class);
    private final Map<Field, String> problems = new EnumMap<>(Field.class);
    private final Set<Field> changed = EnumSet.noneOf(Field.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper forms = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private boolean tried;

    WatchWordForm(WordingChoices choices, WordingRules shipped) {
        this.choices = choices;
        this.shipped = shipped;
        for (Field field : Field.values()) {
            shown.put(field, new ReadOnlyStringWrapper(""));
        }
        follow(term, Field.TERM);
        follow(category, Field.CATEGORY);
        follow(inflection, Field.INFLECTION);
        follow(suggestions, Field.SUGGESTIONS);
        follow(why, Field.WHY);
        refresh();
    }

    private void follow(ObservableValue<?> value, Field field) {
        value.addListener((observable, was, now) -> {
            changed.add(field);
            refresh();
        });
    }

    private void refresh() {
        String typed = term.get().strip();
        problems.clear();
        problem(Field.TERM, typed.isEmpty() ? Optional.of("Type the word or phrase to watch for.")
                : WordingEntry.termProblem(typed, "term").map(WatchWordForm::sentence));
        problem(Field.CATEGORY, category.get() == null ? Optional.of("Choose what kind of wording it is.")
                : Optional.empty());
        problem(Field.INFLECTION, inflection.get() == null ? Optional.of("Choose how the word changes form.")
                : Optional.empty());
        problem(Field.SUGGESTIONS, suggestionList().stream().map(each -> WordingEntry.lineProblem(each,
                "suggestion \u201C" + each + "\u201D")).flatMap(Optional::stream).findFirst()
                .map(WatchWordForm::sentence));
        problem(Field.WHY, why.get().isBlank() ? Optional.of("Say in one sentence why it takes a side.")
                : WordingEntry.lineProblem(why.get().strip(), "explanation").map(WatchWordForm::sentence));
        for (Field field : Field.values()) {
            shown.get(field).set(tried || changed.contains(field) ? problems.getOrDefault(field, "") : "");
        }
        valid.set(problems.isEmpty());
        boolean termValid = !problems.containsKey(Field.TERM);
        forms.set(termValid && inflection.get() != null ? "Flags " + String.join(", ",
                WordingEntry.formsOf(typed, inflection.get())) + "." : "");
        note.set(termValid ? replaces(typed) : "");
    }

    private void problem(Field field, Optional<String> problem) {
        problem.ifPresent(text -> problems.put(field, text));
    }

    /** What adding {@code typed} would replace: the project's own word, a shipped entry, or a shipped form. */
    private String replaces(String typed) {
        String key = WordingRules.keyOf(typed);
        boolean watched = choices.list().stream().anyMatch(choice -> choice.kind() == WordingChoice.Kind.WATCH
                && WordingRules.keyOf(choice.term()).equals(key));
        if (watched) {
            return "This project already watches for \u201C" + typed + "\u201D: adding it again replaces that.";
        }
        Optional<WordingEntry> entry = shipped.entries().stream().filter(each -> each.key().equals(key)).findFirst();
        if (entry.isPresent()) {
            return "The shipped lexicon has \u201C" + entry.get().term() + "\u201D as "
                    + entry.get().category().complement() + ": yours replaces it in this project.";
        }
        return wholeMatch(shipped, typed).map(match -> "The shipped lexicon already flags \u201C" + typed
                + "\u201D, as a form of \u201C" + match.entry().term() + "\u201D.").orElse("");
    }

    /** The entry of {@code rules} that matches all of {@code typed}, in whatever form it is typed. */
    static Optional<WordingMatch> wholeMatch(WordingRules rules, String typed) {
        // Lower case, since the lexicon takes a capitalised word after the first for a name.
        String text = typed.strip().toLowerCase(Locale.ROOT);
        return rules.find(text).stream().filter(match -> noWordIn(text.substring(0, match.start()))
                && noWordIn(text.substring(match.end()))).findFirst();
    }

    private static boolean noWordIn(String text) {
        return text.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The suggestions typed, one a line or comma-separated, in order, blanks left out. */
    List<String> suggestionList() {
        return Arrays.stream(suggestions.get().split("[,\\r\\n]")).map(String::strip).filter(each -> !each.isEmpty())
                .toList();
    }

    private static String sentence(String problem) {
        return problem.substring(0, 1).toUpperCase(Locale.ROOT) + problem.substring(1) + ".";
    }

    // ---- commands

    /**
     * Watches for the word in this project, written to the file at once. When the form has problems, nothing is added and every field's problem shows.
     *
     * @return whether the word was added
     */
    public boolean watch() {
        tried = true;
        refresh();
        if (!valid.get()) {
            return false;
        }
        choices.watch(term.get().strip(), category.get().fileName(), inflection.get().fileName(), suggestionList(),
                why.get().strip());
        return true;
    }

    /** Shows every field's problem, as an attempt to add does, without adding. */
    public void showProblems() {
        tried = true;
        refresh();
    }

    // ---- state

    public StringProperty termProperty() {
        return term;
    }

    public ObjectProperty<WordingCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<Inflection> inflectionProperty() {
        return inflection;
    }

    /** Neutral wordings, one a line or comma-separated, best first; none when the word should simply go. */
    public StringProperty suggestionsProperty() {
        return suggestions;
    }

    public StringProperty whyProperty() {
        return why;
    }

    /** What is wrong with the field, once it is to be shown; empty otherwise. */
    public ReadOnlyStringProperty problemProperty(Field field) {
        return shown.get(field).getReadOnlyProperty();
    }

    /** True when the word can be added. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** "Flags pitch, pitches.": the forms the term will catch; empty until the term and inflection allow. */
    public ReadOnlyStringProperty formsProperty() {
        return forms.getReadOnlyProperty();
    }

    /** What adding the word replaces, if anything; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }
}

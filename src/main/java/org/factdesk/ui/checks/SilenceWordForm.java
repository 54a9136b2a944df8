package org.factdesk.ui.checks;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.factdesk.logic.check.wording.WordingEntry;
import org.factdesk.logic.check.wording.WordingMatch;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.model.WordingChoice;

/**
 * The "Silence a shipped word" form: the editor types a word in any form ("claimed"), the form says as she
 * types whether the shipped lexicon flags it and under which entry ("claim"), and silencing stops that entry,
 * with all its forms, in this project. JavaFX thread; tested without the toolkit.
 */
public final class SilenceWordForm {

    private final WordingChoices choices;
    private final WordingRules shipped;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper finding = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSilence = new ReadOnlyBooleanWrapper();
    private WordingEntry target;

    SilenceWordForm(WordingChoices choices, WordingRules shipped) {
        this.choices = choices;
        this.shipped = shipped;
        text.addListener((observable, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        target = null;
        String typed = text.get().strip();
        if (typed.isEmpty()) {
            finding.set("");
        } else {
            Optional<WordingMatch> whole = WatchWordForm.wholeMatch(shipped, typed);
            if (whole.isPresent()) {
                found(typed, whole.get().entry());
            } else {
                finding.set(notFound(typed));
            }
        }
        canSilence.set(target != null);
    }

    private void found(String typed, WordingEntry entry) {
        String named = WordingRules.keyOf(typed).equals(entry.key()) ? "\u201C" + entry.term() + "\u201D"
                : "\u201C" + typed + "\u201D as a form of \u201C" + entry.term() + "\u201D";
        if (chosen(entry.term(), WordingChoice.Kind.SILENCE)) {
            finding.set("\u201C" + entry.term() + "\u201D is already silenced in this project.");
            return;
        }
        target = entry;
        finding.set("The shipped lexicon flags " + named + ", " + entry.category().complement()
                + ". Silencing stops flagging \u201C" + entry.term() + "\u201D in every form in this project.");
    }

    private String notFound(String typed) {
        if (chosen(typed, WordingChoice.Kind.WATCH)) {
            return "The shipped lexicon has no \u201C" + typed + "\u201D; this project watches for it itself: "
                    + "remove it from the list instead.";
        }
        return shipped.find(typed.toLowerCase(java.util.Locale.ROOT)).stream().findFirst()
                .map(part -> "The shipped lexicon has no \u201C" + typed + "\u201D as a whole, but flags \u201C"
                        + part.written() + "\u201D in it: type that alone to silence it.")
                .orElse("The shipped lexicon has no \u201C" + typed + "\u201D in any form: there is nothing to "
                        + "silence.");
    }

    private boolean chosen(String term, WordingChoice.Kind kind) {
        String key = WordingRules.keyOf(term);
        return choices.list().stream().anyMatch(choice -> choice.kind() == kind
                && WordingRules.keyOf(choice.term()).equals(key));
    }

    // ---- commands

    /**
     * Silences the shipped entry the typed word belongs to, written to the file at once.
     *
     * @return the entry's term silenced; empty when the shipped lexicon has none for what is typed
     */
    public Optional<String> silence() {
        if (target == null) {
            return Optional.empty();
        }
        choices.silence(target.term());
        return Optional.of(target.term());
    }

    // ---- state

    /** The word as the editor types it, in any form. */
    public StringProperty textProperty() {
        return text;
    }

    /** Whether the shipped lexicon has the word, under which entry, and what silencing does; empty when none. */
    public ReadOnlyStringProperty findingProperty() {
        return finding.getReadOnlyProperty();
    }

    /** True when the typed word belongs to a shipped entry not yet silenced. */
    public ReadOnlyBooleanProperty canSilenceProperty() {
        return canSilence.getReadOnlyProperty();
    }
}

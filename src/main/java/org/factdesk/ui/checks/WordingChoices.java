package org.factdesk.ui.checks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.logic.check.ProjectWording;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.logic.command.ProjectQueue;
import org.factdesk.model.WordingChoice;

/**
 * The open project's own wording choices (terms it watches for besides the shipped lexicon, shipped terms it
 * no longer flags): read when a project opens, changed by the editor, written back through the project's queue,
 * and turned into the rules the checks use each time they change. JavaFX thread.
 */
public final class WordingChoices {

    private final Supplier<ProjectQueue> queue;
    private final Executor uiThread;
    private final String user;
    private final Clock clock;
    private final Consumer<ProjectWording> changed;
    private final Consumer<Throwable> failed;
    private final ObservableList<WordingChoice> choices = FXCollections.observableArrayList();
    // One wrapper for good: it follows the list through a weak listener, so a wrapper made per call could be
    // collected while a caller still listens to it, and its listeners would silently stop hearing of changes.
    private final ObservableList<WordingChoice> readOnly = FXCollections.unmodifiableObservableList(choices);
    private long opened;

    /**
     * @param changed told of the rules (and the choices left out, with why) each time the choices change
     * @param failed told when the choices could not be read; the checks then use the shipped lexicon
     */
    WordingChoices(Supplier<ProjectQueue> queue, Executor uiThread, String user, Clock clock,
                   Consumer<ProjectWording> changed, Consumer<Throwable> failed) {
        this.queue = Objects.requireNonNull(queue);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.user = Objects.requireNonNull(user);
        this.clock = Objects.requireNonNull(clock);
        this.changed = Objects.requireNonNull(changed);
        this.failed = Objects.requireNonNull(failed);
    }

    /** The choices as read, and the rules they make (null for none: the standard checks stay). */
    private record Stored(List<WordingChoice> choices, ProjectWording wording) {
    }

    /** A project was opened: reads its choices. */
    @SuppressWarnings("FutureReturnValueIgnored") // both outcomes are handled in the callback
    void read() {
        long reading = ++opened;
        choices.clear();
        // The rules are made where the choices are read: the first use of the shipped lexicon reads it.
        queue.get().read(project -> {
            List<WordingChoice> stored = project.checks().wordingChoices();
            return new Stored(stored, stored.isEmpty() ? null : ProjectWording.of(stored));
        }).whenCompleteAsync((read, problem) -> {
            if (reading != opened) {
                return;
            }
            if (problem != null) {
                failed.accept(problem);
                return;
            }
            choices.setAll(read.choices());
            if (read.wording() != null) {
                changed.accept(read.wording());
            }
        }, uiThread);
    }

    /** No project: no choices. */
    void forget() {
        opened++;
        choices.clear();
    }

    /** Stops flagging the shipped {@code term} in this project. */
    public void silence(String term) {
        choose(WordingChoice.silence(term, user, clock.instant()));
    }

    /**
     * Watches for {@code term} in this project, with the lexicon's names for its category and inflection,
     * replacing an earlier choice for the same term.
     */
    public void watch(String term, String category, String inflection, List<String> suggestions, String why) {
        choose(new WordingChoice(WordingChoice.Kind.WATCH, term, category, inflection, suggestions, why, user,
                clock.instant()));
    }

    /** Watches for {@code choice}'s term, or silences it, replacing an earlier choice for the same term. */
    public void choose(WordingChoice choice) {
        String key = WordingRules.keyOf(choice.term());
        List<WordingChoice> kept = new ArrayList<>(choices);
        kept.removeIf(earlier -> WordingRules.keyOf(earlier.term()).equals(key));
        kept.add(choice);
        choices.setAll(kept);
        queue.get().write((project, ids) -> project.checks().chooseWording(choice));
        changed.accept(ProjectWording.of(choices));
    }

    /** Forgets the choice for {@code term}: a watched term is no longer flagged, a silenced one is again. */
    public void forget(String term) {
        String key = WordingRules.keyOf(term);
        if (!choices.removeIf(choice -> WordingRules.keyOf(choice.term()).equals(key))) {
            return;
        }
        queue.get().write((project, ids) -> project.checks().forgetWordingChoice(term));
        changed.accept(ProjectWording.of(choices));
    }

    /** The choices, oldest first. */
    public ObservableList<WordingChoice> list() {
        return readOnly;
    }
}

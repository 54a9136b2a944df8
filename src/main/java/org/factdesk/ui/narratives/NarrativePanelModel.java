package org.factdesk.ui.narratives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.factdesk.model.Narrative;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.OpenStory;

/**
 * View-model of the narrative panel: one {@link NarrativeCardModel} per narrative of the open story, kept in
 * step with the session's document by narrative id (a card survives undo, redo and moves, so its fields keep
 * focus), the outlets to suggest for "provided by", and the word-count balance. Commands add, remove and move
 * narratives through the session's editor, so each is one undoable step. Holds no controls. JavaFX thread.
 */
public final class NarrativePanelModel {

    private final OpenStory story;
    private final EditorSources library;
    private final ObservableList<NarrativeCardModel> cards = FXCollections.observableArrayList();
    private final ObservableList<NarrativeCardModel> readOnlyCards = FXCollections.unmodifiableObservableList(cards);
    private final ObservableList<String> outlets = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyOutlets = FXCollections.unmodifiableObservableList(outlets);
    private final ReadOnlyObjectWrapper<NarrativeBalance> balance =
            new ReadOnlyObjectWrapper<>(NarrativeBalance.of(List.of()));
    private final ReadOnlyBooleanWrapper storyOpen = new ReadOnlyBooleanWrapper();

    public NarrativePanelModel(OpenStory story, EditorSources library) {
        this.story = Objects.requireNonNull(story);
        this.library = Objects.requireNonNull(library);
        story.documentProperty().addListener((observable, old, now) -> showDocument(now));
        library.list().addListener((ListChangeListener<Source>) change -> collectOutlets());
        collectOutlets();
        showDocument(story.documentProperty().get());
    }

    private void showDocument(StoryDocument document) {
        storyOpen.set(document != null);
        List<Narrative> narratives = document == null ? List.of() : document.narratives();
        Map<Long, NarrativeCardModel> existing = new HashMap<>();
        cards.forEach(card -> existing.put(card.id(), card));
        List<NarrativeCardModel> wanted = new ArrayList<>();
        for (Narrative narrative : narratives) {
            NarrativeCardModel card = existing.get(narrative.id());
            if (card == null) {
                card = new NarrativeCardModel(story.editor(), narrative);
                card.wordsProperty().addListener((observable, old, now) -> weigh());
                card.labelProperty().addListener((observable, old, now) -> weigh());
            } else {
                card.show(narrative);
            }
            wanted.add(card);
        }
        // Only touch the list when the set or order of cards changed, so the view rebuilds nothing while typing.
        if (!wanted.equals(cards)) {
            cards.setAll(wanted);
        }
        for (int i = 0; i < wanted.size(); i++) {
            wanted.get(i).place(i, wanted.size());
        }
        weigh();
    }

    private void weigh() {
        List<NarrativeBalance.Entry> entries = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            entries.add(new NarrativeBalance.Entry(cards.get(i).displayName(i), cards.get(i).wordsProperty().get()));
        }
        NarrativeBalance weighed = NarrativeBalance.of(entries);
        if (!weighed.equals(balance.get())) {
            balance.set(weighed);
        }
    }

    private void collectOutlets() {
        TreeSet<String> distinct = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        library.list().stream().map(source -> source.outlet().strip()).filter(outlet -> !outlet.isEmpty())
                .forEach(distinct::add);
        outlets.setAll(distinct);
    }

    // ---- commands

    /** Adds an empty narrative at the end and returns its card, for the view to focus. */
    public NarrativeCardModel addNarrative() {
        long id = story.editor().addNarrative(cards.size(), "", "", "");
        return card(id);
    }

    public void remove(NarrativeCardModel card) {
        card.finishEdit();
        story.editor().deleteNarrative(card.id());
    }

    public void moveUp(NarrativeCardModel card) {
        move(card, cards.indexOf(card) - 1);
    }

    public void moveDown(NarrativeCardModel card) {
        move(card, cards.indexOf(card) + 1);
    }

    /** Moves a card to {@code position} (clamped); the typing in it so far becomes its own undo step first. */
    public void move(NarrativeCardModel card, int position) {
        int from = cards.indexOf(card);
        int to = Math.max(0, Math.min(position, cards.size() - 1));
        if (from < 0 || from == to) {
            return;
        }
        story.editor().moveNarrative(card.id(), to);
    }

    /** Outlets of the project that contain what the user typed, ignoring case; none once it matches exactly. */
    public List<String> outletSuggestions(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (outlets.stream().anyMatch(outlet -> outlet.toLowerCase(Locale.ROOT).equals(wanted))) {
            return List.of();
        }
        return outlets.stream().filter(outlet -> outlet.toLowerCase(Locale.ROOT).contains(wanted)).toList();
    }

    // ---- state

    public NarrativeCardModel card(long narrativeId) {
        return cards.stream().filter(card -> card.id() == narrativeId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no narrative card " + narrativeId));
    }

    /** The cards in story order; the same card objects stay while their narratives exist. */
    public ObservableList<NarrativeCardModel> cards() {
        return readOnlyCards;
    }

    /** The project's distinct outlets, sorted; kept current as sources are added or edited. */
    public ObservableList<String> outlets() {
        return readOnlyOutlets;
    }

    public ReadOnlyObjectProperty<NarrativeBalance> balanceProperty() {
        return balance.getReadOnlyProperty();
    }

    /** False until a project is open, so the view can disable "Add narrative". */
    public ReadOnlyBooleanProperty storyOpenProperty() {
        return storyOpen.getReadOnlyProperty();
    }

}

package org.factdesk.logic.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.factdesk.logic.story.FactColourChoice;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.ExcerptDraft;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.Project;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * Every edit of the open story. Structural edits (new fact, citations, moves, deletions, narratives, house
 * style) run as commands on the one {@link CommandStack}. Typing is shown and saved per keystroke without
 * touching the history; when the editor leaves the field, the whole text change enters the history as one step.
 * Each edit changes the shown document at once and queues its write, so the window never waits on the file.
 * JavaFX thread only.
 */
public final class StoryEditor {

    private final StoryWorkspace workspace;
    private final CommandStack history;
    private FieldVisit<?> openVisit;

    public StoryEditor(StoryWorkspace workspace, CommandStack history) {
        this.workspace = Objects.requireNonNull(workspace);
        this.history = Objects.requireNonNull(history);
    }

    public CommandStack history() {
        return history;
    }

    // ---- facts

    /** Makes a new fact at {@code position} whose draft text is the passage and whose citation is it. */
    public long newFact(int position, Passage passage) {
        long factId = workspace.newLocalId();
        Excerpt excerpt = localExcerpt(passage.draft());
        int at = Math.max(0, Math.min(position, document().facts().size()));
        // Chosen once: undo and redo bring back this fact with this colour, and the file keeps it.
        Fact fact = new Fact(factId, passage.draft().quote().strip(), List.of(Citation.ofExcerpt(excerpt)),
                ReviewStatus.UNCHECKED, FactColourChoice.forNewFact(document().facts(), at));
        long storyId = storyId();
        execute(new Command() {
            private Fact latest = fact;

            @Override
            public String description() {
                return "New fact";
            }

            @Override
            public void execute() {
                Fact snapshot = latest;
                show(document().withFactAt(at, snapshot, Map.of(passage.source().id(), passage.source()),
                        Map.of(excerpt.id(), excerpt)));
                write((project, ids) -> {
                    storeExcerpt(project, ids, excerpt);
                    if (ids.isBound(factId)) {
                        project.stories().restoreFact(storyId, at, ids.resolve(snapshot));
                    } else {
                        Fact stored = project.stories().addFact(storyId, at, snapshot.text(),
                                ids.resolve(snapshot.citations()), snapshot.colour());
                        ids.bind(factId, stored.id());
                    }
                });
            }

            @Override
            public void undo() {
                latest = document().fact(factId);
                show(document().withoutFact(factId));
                write((project, ids) -> project.stories().deleteFact(ids.resolve(factId)));
            }
        });
        return factId;
    }

    /** Adds the passage as another citation of a fact. */
    public void citePassage(long factId, Passage passage) {
        Excerpt excerpt = localExcerpt(passage.draft());
        List<Citation> before = document().fact(factId).citations();
        List<Citation> after = new ArrayList<>(before);
        after.add(Citation.ofExcerpt(excerpt));
        execute(new UndoableEdit("Cite selection",
                () -> setCitations(factId, after, passage, excerpt),
                () -> setCitations(factId, before, null, null)));
    }

    public void removeCitation(long factId, int index) {
        List<Citation> before = document().fact(factId).citations();
        List<Citation> after = new ArrayList<>(before);
        after.remove(index);
        execute(new UndoableEdit("Remove citation",
                () -> setCitations(factId, after, null, null),
                () -> setCitations(factId, before, null, null)));
    }

    private void setCitations(long factId, List<Citation> citations, Passage passage, Excerpt newExcerpt) {
        Fact fact = document().fact(factId).withCitations(citations);
        show(passage == null ? document().withFact(fact, Map.of(), Map.of())
                : document().withFact(fact, Map.of(passage.source().id(), passage.source()),
                        Map.of(newExcerpt.id(), newExcerpt)));
        List<Excerpt> cited = citedLocalExcerpts(citations);
        write((project, ids) -> {
            cited.forEach(excerpt -> storeExcerpt(project, ids, excerpt));
            project.stories().updateFactCitations(ids.resolve(factId), ids.resolve(citations));
        });
    }

    public void deleteFact(long factId) {
        int index = document().indexOfFact(factId);
        Fact fact = document().fact(factId);
        long storyId = storyId();
        execute(new UndoableEdit("Delete fact",
                () -> {
                    show(document().withoutFact(factId));
                    write((project, ids) -> project.stories().deleteFact(ids.resolve(factId)));
                },
                () -> {
                    show(document().withFactAt(index, fact, Map.of(), Map.of()));
                    write((project, ids) -> project.stories().restoreFact(storyId, index, ids.resolve(fact)));
                }));
    }

    public void moveFact(long factId, int position) {
        int from = document().indexOfFact(factId);
        int to = Math.max(0, Math.min(position, document().facts().size() - 1));
        if (from == to) {
            return;
        }
        execute(new UndoableEdit("Move fact", () -> placeFact(factId, to), () -> placeFact(factId, from)));
    }

    private void placeFact(long factId, int position) {
        show(document().withFactMoved(factId, position));
        write((project, ids) -> project.stories().moveFact(ids.resolve(factId), position));
    }

    /** Shows and saves a keystroke in a fact's text; see {@link #finishFactText}. */
    public void typeFactText(long factId, String text) {
        if (document().fact(factId).text().equals(text)) {
            return;
        }
        setFactText(factId, text);
    }

    /** Records the text change made since {@code before} as one undoable step. */
    public void finishFactText(long factId, String before) {
        if (document().indexOfFact(factId) < 0) {
            return;
        }
        String after = document().fact(factId).text();
        if (!after.equals(before)) {
            history.push(new UndoableEdit("Edit fact", () -> setFactText(factId, after),
                    () -> setFactText(factId, before)));
        }
    }

    private void setFactText(long factId, String text) {
        show(document().withFactText(factId, text));
        write((project, ids) -> project.stories().updateFactText(ids.resolve(factId), text));
    }

    /** One visit to a fact's text field; see {@link FieldVisit}. */
    public FieldVisit<String> factTextVisit(long factId) {
        return visit(() -> document().indexOfFact(factId) < 0 ? null : document().fact(factId).text(),
                before -> finishFactText(factId, before));
    }

    // ---- story

    public void typeTitle(String title) {
        setStory(document().story().withTitle(title));
    }

    public void typeLede(String lede) {
        setStory(document().story().withLede(lede));
    }

    /** Records the title or lede change made since {@code before} as one undoable step. */
    public void finishStoryText(Story before) {
        Story after = document().story();
        if (!after.equals(before)) {
            history.push(new UndoableEdit("Edit story", () -> setStory(after), () -> setStory(before)));
        }
    }

    /**
     * One visit to the title or the lede; a visit that outlives its story (a story switch) records nothing. The
     * step holds only the text: a style change during the visit is a step of its own.
     */
    public FieldVisit<Story> storyTextVisit() {
        return visit(() -> document() == null ? null : document().story(), before -> {
            if (document() != null && document().story().id() == before.id()) {
                finishStoryText(before.withStyle(document().story().style()));
            }
        });
    }

    public void setSerialComma(boolean serialComma) {
        Story before = document().story();
        if (before.style().serialComma() == serialComma) {
            return;
        }
        Story after = before.withStyle(new HouseStyle(serialComma));
        execute(new UndoableEdit("Serial comma " + (serialComma ? "on" : "off"), () -> setStory(after),
                () -> setStory(before)));
    }

    private void setStory(Story story) {
        if (story.equals(document().story())) {
            return;
        }
        show(document().withStory(story));
        write((project, ids) -> project.stories().updateStory(story));
    }

    // ---- narratives

    public long addNarrative(int position, String label, String providedBy, String text) {
        long narrativeId = workspace.newLocalId();
        long storyId = storyId();
        int at = Math.max(0, Math.min(position, document().narratives().size()));
        execute(new Command() {
            private Narrative latest = new Narrative(narrativeId, label, providedBy, text);

            @Override
            public String description() {
                return "Add narrative";
            }

            @Override
            public void execute() {
                Narrative snapshot = latest;
                show(document().withNarrativeAt(at, snapshot));
                write((project, ids) -> {
                    if (ids.isBound(narrativeId)) {
                        project.stories().restoreNarrative(storyId, at, resolved(ids, snapshot));
                    } else {
                        Narrative stored = project.stories().addNarrative(storyId, at, snapshot.label(),
                                snapshot.providedBy(), snapshot.text());
                        ids.bind(narrativeId, stored.id());
                    }
                });
            }

            @Override
            public void undo() {
                latest = document().narrative(narrativeId);
                show(document().withoutNarrative(narrativeId));
                write((project, ids) -> project.stories().deleteNarrative(ids.resolve(narrativeId)));
            }
        });
        return narrativeId;
    }

    public void deleteNarrative(long narrativeId) {
        int index = document().indexOfNarrative(narrativeId);
        Narrative narrative = document().narrative(narrativeId);
        long storyId = storyId();
        execute(new UndoableEdit("Delete narrative",
                () -> {
                    show(document().withoutNarrative(narrativeId));
                    write((project, ids) -> project.stories().deleteNarrative(ids.resolve(narrativeId)));
                },
                () -> {
                    show(document().withNarrativeAt(index, narrative));
                    write((project, ids) -> project.stories().restoreNarrative(storyId, index,
                            resolved(ids, narrative)));
                }));
    }

    public void moveNarrative(long narrativeId, int position) {
        int from = document().indexOfNarrative(narrativeId);
        int to = Math.max(0, Math.min(position, document().narratives().size() - 1));
        if (from == to) {
            return;
        }
        execute(new UndoableEdit("Move narrative", () -> placeNarrative(narrativeId, to),
                () -> placeNarrative(narrativeId, from)));
    }

    private void placeNarrative(long narrativeId, int position) {
        show(document().withNarrativeMoved(narrativeId, position));
        write((project, ids) -> project.stories().moveNarrative(ids.resolve(narrativeId), position));
    }

    /** Shows and saves a keystroke in a narrative's label, provider or text. */
    public void typeNarrative(Narrative narrative) {
        if (!document().narrative(narrative.id()).equals(narrative)) {
            setNarrative(narrative);
        }
    }

    /** Records the narrative change made since {@code before} as one undoable step. */
    public void finishNarrative(Narrative before) {
        if (document().indexOfNarrative(before.id()) < 0) {
            return;
        }
        Narrative after = document().narrative(before.id());
        if (!after.equals(before)) {
            history.push(new UndoableEdit("Edit narrative", () -> setNarrative(after), () -> setNarrative(before)));
        }
    }

    /** One visit to a narrative's label, outlet or text field; see {@link FieldVisit}. */
    public FieldVisit<Narrative> narrativeVisit(long narrativeId) {
        return visit(() -> document().indexOfNarrative(narrativeId) < 0 ? null : document().narrative(narrativeId),
                this::finishNarrative);
    }

    private void setNarrative(Narrative narrative) {
        show(document().withNarrative(narrative));
        write((project, ids) -> project.stories().updateNarrative(resolved(ids, narrative)));
    }

    // ---- plumbing

    private <T> FieldVisit<T> visit(Supplier<T> current, Consumer<T> finish) {
        return new FieldVisit<>(current, finish, visit -> openVisit = visit, visit -> {
            if (openVisit == visit) {
                openVisit = null;
            }
        });
    }

    /**
     * Runs a structural command. The typing of a field the user is still in becomes its own undo step first, so
     * undoing the command does not also take back what was typed (and the other way round).
     */
    private void execute(Command command) {
        FieldVisit<?> visiting = openVisit;
        if (visiting != null) {
            visiting.checkpoint();
        }
        history.execute(command);
    }

    private Excerpt localExcerpt(ExcerptDraft draft) {
        return new Excerpt(workspace.newLocalId(), draft.sourceId(), draft.start(), draft.end(), draft.quote(),
                draft.contextBefore(), draft.contextAfter());
    }

    private List<Excerpt> citedLocalExcerpts(List<Citation> citations) {
        return citations.stream()
                .filter(citation -> citation.excerptId() != null && IdMap.isLocal(citation.excerptId()))
                .map(citation -> document().excerpts().get(citation.excerptId()))
                .filter(Objects::nonNull)
                .toList();
    }

    /** Writes a passage the first time a write needs it, reusing an identical stored excerpt. */
    private static void storeExcerpt(Project project, IdMap ids, Excerpt excerpt) {
        if (!IdMap.isLocal(excerpt.id()) || ids.isBound(excerpt.id())) {
            return;
        }
        Excerpt stored = project.library().findExcerpt(excerpt.sourceId(), excerpt.start(), excerpt.end())
                .orElseGet(() -> project.library().addExcerpt(new ExcerptDraft(excerpt.sourceId(), excerpt.start(),
                        excerpt.end(), excerpt.quote(), excerpt.contextBefore(), excerpt.contextAfter())));
        ids.bind(excerpt.id(), stored.id());
    }

    private static Narrative resolved(IdMap ids, Narrative narrative) {
        return new Narrative(ids.resolve(narrative.id()), narrative.label(), narrative.providedBy(),
                narrative.text());
    }

    private StoryDocument document() {
        return workspace.document();
    }

    private void show(StoryDocument document) {
        workspace.show(document);
    }

    private void write(ProjectWrite write) {
        workspace.queue().write(write);
    }

    private long storyId() {
        return document().story().id();
    }
}

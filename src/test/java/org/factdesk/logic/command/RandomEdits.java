package org.factdesk.logic.command;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;

/**
 * Makes seeded random edits of one story through a {@link StoryEditor}, as an editor at the window would: new
 * facts from passages of one source, text edits, moves and new narratives. Every text it writes carries the
 * edit's number, so each is unique and a replay ({@link StoryScript}) can follow each fact by its text. The
 * same seed, first number and starting story give the same edits. One thread, like the window.
 */
final class RandomEdits {

    static final String NARRATIVE_PROVIDER = "Quay Gazette";

    private final StoryEditor editor;
    private final StoryWorkspace workspace;
    private final Source source;
    private final String sourceText;
    private final Random random;
    private int number;

    RandomEdits(StoryEditor editor, StoryWorkspace workspace, Source source, String sourceText, long seed,
            int firstNumber) {
        this.editor = editor;
        this.workspace = workspace;
        this.source = source;
        this.sourceText = sourceText;
        this.random = new Random(seed);
        this.number = firstNumber;
    }

    /** The source sentence that edit {@code number} quotes if it makes a fact; each is unique in the source. */
    static String sentence(int number) {
        return String.format("Ferry %05d crossed the sound at dawn.", number);
    }

    /** Where {@link #sentence} starts in the source text: the sentences are all as long, a blank line apart. */
    static int sentenceStart(int number) {
        return number * (sentence(0).length() + 2);
    }

    int number() {
        return number;
    }

    /** How many edits to make before the next wait for the file: 1 to 4. */
    int batchSize() {
        return 1 + random.nextInt(4);
    }

    /** Chooses the next edit, tells {@code announce} what it is, then makes it. */
    StoryScript.Edit editOnce(Consumer<StoryScript.Edit> announce) {
        List<Fact> facts = workspace.document().facts();
        int choice = facts.size() < 2 ? 0 : random.nextInt(100);
        number++;
        if (choice < 35) {
            return newFact(facts.size(), announce);
        } else if (choice < 65) {
            return editText(facts.get(random.nextInt(facts.size())), announce);
        } else if (choice < 85) {
            return move(facts, announce);
        }
        return addNarrative(announce);
    }

    private StoryScript.Edit newFact(int factCount, Consumer<StoryScript.Edit> announce) {
        int at = random.nextInt(factCount + 1);
        String sentence = sentence(number);
        int start = sentenceStart(number);
        StoryScript.Edit edit = new StoryScript.Edit("NEW", String.valueOf(at), sentence);
        announce.accept(edit);
        editor.newFact(at, Passage.of(source, sourceText, start, start + sentence.length()));
        return edit;
    }

    private StoryScript.Edit editText(Fact fact, Consumer<StoryScript.Edit> announce) {
        String text = String.format("Note %07d on the crossing.", number);
        StoryScript.Edit edit = new StoryScript.Edit("TEXT", fact.text(), text);
        announce.accept(edit);
        editor.typeFactText(fact.id(), text);
        editor.finishFactText(fact.id(), fact.text());
        return edit;
    }

    private StoryScript.Edit move(List<Fact> facts, Consumer<StoryScript.Edit> announce) {
        int from = random.nextInt(facts.size());
        int to = (from + 1 + random.nextInt(facts.size() - 1)) % facts.size();
        StoryScript.Edit edit = new StoryScript.Edit("MOVE", facts.get(from).text(), String.valueOf(to));
        announce.accept(edit);
        editor.moveFact(facts.get(from).id(), to);
        return edit;
    }

    private StoryScript.Edit addNarrative(Consumer<StoryScript.Edit> announce) {
        int at = random.nextInt(workspace.document().narratives().size() + 1);
        String label = String.format("Narrative %07d", number);
        StoryScript.Edit edit = new StoryScript.Edit("NARRATIVE", String.valueOf(at), label);
        announce.accept(edit);
        editor.addNarrative(at, label, NARRATIVE_PROVIDER, "The crossing matters to the island.");
        return edit;
    }
}

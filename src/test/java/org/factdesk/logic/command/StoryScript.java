package org.factdesk.logic.command;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Narrative;
import org.factdesk.model.StoryDocument;

/**
 * The test's own account of what a run of {@link RandomEdits} should leave: each edit as the editing code
 * describes it before making it, and the story that follows from replaying those descriptions on plain lists.
 * A test that compares this replay with the editor's document and with the file checks all three against each
 * other. Immutable.
 */
final class StoryScript {

    private StoryScript() {
    }

    /**
     * One edit as it is printed and replayed: {@code NEW index text}, {@code TEXT old new}, {@code MOVE text index}
     * (the index the fact has once it is in place) or {@code NARRATIVE index label}.
     */
    record Edit(String kind, String first, String second) {

        /** The fields as the crash child prints them after its {@code DO}. */
        List<String> fields() {
            return List.of(kind, first, second);
        }
    }

    /** What the script follows of a story: its facts' texts and its narratives' labels, in order. */
    record StoryState(List<String> facts, List<String> narratives) {

        StoryState {
            facts = List.copyOf(facts);
            narratives = List.copyOf(narratives);
        }

        static StoryState of(StoryDocument document) {
            return new StoryState(document.facts().stream().map(fact -> fact.text()).toList(),
                    document.narratives().stream().map(Narrative::label).toList());
        }

        /** The story after {@code edit}; an edit the replay cannot follow is a broken script, not a finding. */
        StoryState after(Edit edit) {
            List<String> newFacts = new ArrayList<>(facts);
            List<String> newNarratives = new ArrayList<>(narratives);
            switch (edit.kind()) {
                case "NEW" -> newFacts.add(Integer.parseInt(edit.first()), edit.second());
                case "TEXT" -> newFacts.set(indexOf(newFacts, edit.first()), edit.second());
                case "MOVE" -> newFacts.add(Integer.parseInt(edit.second()),
                        newFacts.remove(indexOf(newFacts, edit.first())));
                case "NARRATIVE" -> newNarratives.add(Integer.parseInt(edit.first()), edit.second());
                default -> throw new AssertionError("unknown edit " + edit);
            }
            return new StoryState(newFacts, newNarratives);
        }

        /**
         * A short fingerprint of the order, the same in every JVM ({@link String#hashCode} and
         * {@link List#hashCode} are specified), so that a child process can print it after every acknowledgement.
         */
        String fingerprint() {
            return Integer.toHexString(facts.hashCode()) + "/" + facts.size() + "/"
                    + Integer.toHexString(narratives.hashCode()) + "/" + narratives.size();
        }

        private static int indexOf(List<String> facts, String text) {
            int index = facts.indexOf(text);
            if (index < 0) {
                throw new AssertionError("the script edited a fact \"" + text + "\" that the replay does not know");
            }
            if (facts.lastIndexOf(text) != index) {
                throw new AssertionError("the script edited \"" + text + "\", which two facts share");
            }
            return index;
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            text.append(facts.size()).append(" facts:");
            for (int i = 0; i < facts.size(); i++) {
                text.append("\n    ").append(i).append(": ").append(facts.get(i));
            }
            text.append("\n  ").append(narratives.size()).append(" narratives: ").append(narratives);
            return text.toString();
        }
    }
}

package org.factdesk.logic.format;

import java.util.List;
import org.factdesk.model.Fact;
import org.factdesk.model.Source;

/**
 * A story laid out in the house format, ready for any export: facts with their citation numbers, the numbered
 * sources with their labels, the Sources line and the narratives. Immutable.
 *
 * @param sourcesLine the Sources line, or empty when the story cites nothing
 */
public record FormattedStory(String title, String lede, List<FormattedFact> facts, List<NumberedSource> sources,
                             String sourcesLine, List<FormattedNarrative> narratives) {

    public FormattedStory {
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
        narratives = List.copyOf(narratives);
    }

    /**
     * A fact bullet: its text, and its citation numbers ascending.
     *
     * @param marks the numbers as the house format writes them after the text ("2,3"), or empty
     */
    public record FormattedFact(Fact fact, String text, List<Integer> numbers, String marks) {

        public FormattedFact {
            numbers = List.copyOf(numbers);
        }

        /** The bullet's text with its marks, as in {@code - <fact><numbers>}. */
        public String markedText() {
            return text + marks;
        }
    }

    /** A cited source with its number and its label ("Guardian (a)"). */
    public record NumberedSource(int number, String label, Source source) {

        /** The entry as the Sources line writes it: "2The Guardian". */
        public String entry() {
            return number + label;
        }
    }

    /** A narrative with the line the house format writes for it. */
    public record FormattedNarrative(String label, String providedBy, String text) {

        /** {@code <label>, as provided by <provided by>. <text>} */
        public String line() {
            return label.strip() + ", as provided by " + providedBy.strip() + ". " + text.strip();
        }
    }
}

package org.factdesk.logic.format;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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

        /** What stands between two citation numbers after a fact: "2,3", no space. */
        public static final String MARK_SEPARATOR = ",";

        public FormattedFact {
            numbers = List.copyOf(numbers);
        }

        /** A fact's marks for {@code numbers}, as the house format writes them ("2,3"), or empty. */
        public static String marksOf(List<Integer> numbers) {
            return marksOf(numbers, String::valueOf);
        }

        private static String marksOf(List<Integer> numbers, IntFunction<String> number) {
            return numbers.stream().map(n -> number.apply(n)).collect(Collectors.joining(MARK_SEPARATOR));
        }

        /**
         * The marks with each number written by {@code number} (a link, a superscript), joined as the house
         * format joins them, so that every renderer writes the same marks around its own markup. Empty when the
         * fact cites nothing.
         */
        public String marks(IntFunction<String> number) {
            return marksOf(numbers, number);
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

    /**
     * A narrative with the line the house format writes for it: {@code <label>, as provided by <provided by>.
     * <text>}. Every part is stripped. A blank label reads as {@value #UNLABELLED}, so that every line starts the
     * same way; a blank provider drops the "as provided by" clause, and a blank text ends the line after the
     * clause, so no renderer ever writes a dangling comma or an empty sentence.
     */
    public record FormattedNarrative(String label, String providedBy, String text) {

        /** What a narrative without a label is called in every export and in the preview. */
        public static final String UNLABELLED = "Narrative";

        public FormattedNarrative {
            label = label.isBlank() ? UNLABELLED : label.strip();
            providedBy = providedBy.strip();
            text = text.strip();
        }

        /** The whole line, as plain text. */
        public String line() {
            return line(UnaryOperator.identity(), UnaryOperator.identity());
        }

        /**
         * The whole line with the label marked up by {@code labelMarkup} (which escapes it too) and the user's
         * other words by {@code escape}; the house format's own words stay as they are.
         */
        public String line(UnaryOperator<String> labelMarkup, UnaryOperator<String> escape) {
            return labelMarkup.apply(label) + afterLabel(escape);
        }

        /**
         * The line after its label (", as provided by Port Herald. Wait."), with {@code escape} applied to the
         * user's words only, so that each renderer can mark the label up its own way.
         */
        public String afterLabel(UnaryOperator<String> escape) {
            StringBuilder rest = new StringBuilder();
            if (!providedBy.isEmpty()) {
                rest.append(", as provided by ").append(escape.apply(providedBy));
            }
            rest.append('.');
            if (!text.isEmpty()) {
                rest.append(' ').append(escape.apply(text));
            }
            return rest.toString();
        }
    }
}

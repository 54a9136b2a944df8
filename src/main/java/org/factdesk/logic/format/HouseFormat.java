package org.factdesk.logic.format;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.FormattedNarrative;
import org.factdesk.logic.format.FormattedStory.NumberedSource;
import org.factdesk.model.Fact;
import org.factdesk.model.Narrative;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;

/**
 * Lays a story out in the house format: numbers sources by first citation, labels them, writes each fact's
 * citation marks right after its final punctuation and builds the Sources line. Narratives with nothing written
 * in them are left out. Stateless; any thread.
 */
public final class HouseFormat {

    private HouseFormat() {
    }

    public static FormattedStory format(StoryDocument document) {
        CitationNumbering numbering = CitationNumbering.of(document.facts());
        List<NumberedSource> sources = numberedSources(document, numbering);
        List<FormattedFact> facts = new ArrayList<>(document.facts().size());
        for (Fact fact : document.facts()) {
            List<Integer> numbers = numbering.numbersOf(fact);
            facts.add(new FormattedFact(fact, fact.text().strip(), numbers, marks(numbers)));
        }
        List<String> entries = sources.stream().map(NumberedSource::entry).toList();
        String sourcesLine = SourcesLine.render(entries, document.story().style().serialComma());
        List<FormattedNarrative> narratives = new ArrayList<>(document.narratives().size());
        for (Narrative narrative : document.narratives()) {
            // A narrative card just added and not yet written would print as "- , as provided by . ".
            if (!isEmpty(narrative)) {
                narratives.add(new FormattedNarrative(narrative.label(), narrative.providedBy(), narrative.text()));
            }
        }
        return new FormattedStory(document.story().title().strip(), document.story().lede().strip(), facts,
                sources, sourcesLine, narratives);
    }

    private static boolean isEmpty(Narrative narrative) {
        return narrative.label().isBlank() && narrative.providedBy().isBlank() && narrative.text().isBlank();
    }

    /** Citation numbers as written after a fact: ascending, joined by "," with no space ("2,3"). */
    public static String marks(List<Integer> numbers) {
        return FormattedFact.marksOf(numbers);
    }

    private static List<NumberedSource> numberedSources(StoryDocument document, CitationNumbering numbering) {
        List<Source> cited = numbering.numberedSources().stream().map(document::source).toList();
        List<String> labels = SourceLabels.label(cited.stream().map(Source::outlet).toList());
        List<NumberedSource> sources = new ArrayList<>(cited.size());
        for (int i = 0; i < cited.size(); i++) {
            sources.add(new NumberedSource(i + 1, labels.get(i), cited.get(i)));
        }
        return sources;
    }
}

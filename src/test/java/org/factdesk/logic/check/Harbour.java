package org.factdesk.logic.check;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * A fictional story for the checks' tests: the north pier of Vellmouth closes for repairs, told by three
 * outlets. {@link #clean()} is a well-made story that must give no findings; tests change one thing in it.
 */
final class Harbour {

    static final long HERALD = 1;
    static final long RADIO = 2;
    static final long LEDGER = 3;

    static final String HERALD_TEXT = """
            The Vellmouth harbour board voted on Tuesday to close the north pier for repairs. "We cannot keep \
            patching timber that is seventy years old," said Mira Sandqvist, who chairs the board. The work will \
            cost €4.2 million and take 18 weeks, according to the board's own estimate.

            Fishing crews said they had not been consulted. About 40 percent of the town's catch is landed at the \
            north pier, the fishermen's cooperative said. Its chair, Tomas Vell, called the decision 'rushed and \
            careless' and said the cooperative would ask for a delay.

            The board said 18,000 visitors used the pier last summer.""";

    static final String RADIO_TEXT = """
            Tomas Vell told Gull Point Radio that the board had known about the rot since 2029. “They sat on the \
            survey for four years, and now the boats pay for it,” he said. The board said the survey was shared \
            with the council in the spring of 2030.

            Repairs are expected to begin in May.""";

    static final String LEDGER_TEXT = """
            Shop owners on the quay expect trade to fall while the pier is closed. The chamber of commerce put the \
            likely loss at 4,200,000 euros over the summer. Mira Sandqvist said the board would publish a \
            timetable within a fortnight.""";

    private static final Instant ADDED = Instant.parse("2033-03-17T09:00:00Z");

    private final Map<Long, Source> sources = new LinkedHashMap<>();
    private final Map<Long, String> texts = new HashMap<>();
    private final Map<Long, Excerpt> excerpts = new HashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final List<Narrative> narratives = new ArrayList<>();
    private long nextId = 100;

    Harbour() {
        source(HERALD, "Harbour Herald", "local press", LocalDate.of(2033, 3, 14), HERALD_TEXT);
        source(RADIO, "Gull Point Radio", "broadcaster", LocalDate.of(2033, 3, 15), RADIO_TEXT);
        source(LEDGER, "Coastline Ledger", "business press", LocalDate.of(2033, 3, 16), LEDGER_TEXT);
    }

    /** The three sources, no facts, no narratives. */
    static Harbour sources() {
        return new Harbour();
    }

    /** The well-made story: nine facts, every quote and number sourced, two balanced narratives. */
    static Harbour clean() {
        Harbour story = new Harbour();
        story.fact("The Vellmouth harbour board voted to close the north pier for repairs that will take 18 weeks.",
                story.passage(HERALD, "The Vellmouth harbour board voted on Tuesday to close the north pier"));
        story.fact("The board's chair, Mira Sandqvist, said the board could not \u201Ckeep patching timber that is "
                + "seventy years old.\u201D", story.passage(HERALD, "We cannot keep patching timber"));
        story.fact("The repairs will cost €4.2 million, the board estimates; the chamber of commerce puts the "
                + "quay's likely loss at about 4.2 million euros.", Citation.ofWholeSource(HERALD),
                Citation.ofWholeSource(LEDGER));
        story.fact("Fishing crews land about 40% of the town's catch at the north pier, their cooperative says; "
                + "its chair called the decision \u2018rushed and careless\u2019.", Citation.ofWholeSource(HERALD));
        story.fact("Tomas Vell says the board knew of the rot since 2029 and \u201Csat on the survey for four "
                + "years\u2026 [while] the boats pay for it.\u201D", story.passage(RADIO, "They sat on the survey"));
        story.fact("The board says it shared the survey with the council in 2030.", Citation.ofWholeSource(RADIO));
        story.fact("Shop owners on the quay expect trade to fall while the pier is closed, the Ledger reports.",
                Citation.ofWholeSource(LEDGER));
        story.fact("Repairs are expected to begin in May.", Citation.ofWholeSource(RADIO));
        story.fact("Mira Sandqvist says the board will publish a timetable within a fortnight.",
                story.passage(LEDGER, "Mira Sandqvist said the board would publish a timetable"));
        story.narrative("Board narrative", "Harbour Herald", "The pier is seventy years old and unsafe; repairs "
                + "cannot wait for the summer season to end.");
        story.narrative("Fishing crews' narrative", "Gull Point Radio", "The board sat on a survey for years and "
                + "now asks the crews to bear the cost of its delay.");
        return story;
    }

    Harbour source(long id, String outlet, String perspective, LocalDate published, String text) {
        sources.put(id, new Source(id, outlet, outlet + " report", "", "", published, perspective, "test", ADDED));
        texts.put(id, text);
        return this;
    }

    /** A citation of the passage starting with {@code words} in source {@code sourceId}. */
    Citation passage(long sourceId, String words) {
        return Citation.ofExcerpt(excerpt(sourceId, words, Anchoring.UNCHANGED));
    }

    Excerpt excerpt(long sourceId, String words, Anchoring anchoring) {
        int start = texts.get(sourceId).indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("no " + words + " in source " + sourceId);
        }
        Excerpt excerpt = new Excerpt(nextId++, sourceId, start, start + words.length(), words, "", "", anchoring);
        excerpts.put(excerpt.id(), excerpt);
        return excerpt;
    }

    Harbour fact(String text, Citation... citations) {
        return fact(ReviewStatus.UNCHECKED, text, citations);
    }

    Harbour fact(ReviewStatus status, String text, Citation... citations) {
        facts.add(new Fact(nextId++, text, List.of(citations), status, facts.size() % Fact.COLOURS));
        return this;
    }

    Harbour narrative(String label, String providedBy, String text) {
        narratives.add(new Narrative(nextId++, label, providedBy, text));
        return this;
    }

    /** Drops a source from the story's snapshot, as if the project no longer had it. */
    Harbour withoutSource(long sourceId) {
        sources.remove(sourceId);
        texts.remove(sourceId);
        return this;
    }

    StorySnapshot snapshot() {
        Story story = new Story(7, "Vellmouth's north pier to close for repairs",
                "The harbour board of the fictional town of Vellmouth will close its north pier.", new HouseStyle(true));
        return new StorySnapshot(new StoryDocument(story, facts, narratives, sources, excerpts), texts);
    }

    CheckedStory checked() {
        return new CheckedStory(snapshot());
    }

    List<Finding> findings() {
        return new StoryChecks().run(snapshot()).findings();
    }

    Fact lastFact() {
        return facts.get(facts.size() - 1);
    }

    int factCount() {
        return facts.size();
    }
}

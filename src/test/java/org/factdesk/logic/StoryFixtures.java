package org.factdesk.logic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Citation;
import org.factdesk.model.Fact;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Narrative;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.Source;
import org.factdesk.model.Story;
import org.factdesk.model.StoryDocument;

/**
 * Small builders for test stories, so a test reads as the story it checks:
 * {@code story().source(1, "Harbour Gazette").fact("The bridge closed.", 1).build()}. All content is fictional.
 * Not thread-safe; one builder per test.
 */
public final class StoryFixtures {

    /** A fixed moment, so that built sources compare equal across runs. */
    public static final Instant ADDED_AT = Instant.parse("2024-03-01T09:00:00Z");

    private StoryFixtures() {
    }

    public static StoryBuilder story() {
        return new StoryBuilder();
    }

    /** Builds one {@link StoryDocument}; ids of facts and narratives are assigned in order from 1. */
    public static final class StoryBuilder {

        private String title = "Harbour bridge closed";
        private String lede = "";
        private HouseStyle style = HouseStyle.DEFAULT;
        private final Map<Long, Source> sources = new LinkedHashMap<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<Narrative> narratives = new ArrayList<>();

        private StoryBuilder() {
        }

        public StoryBuilder title(String newTitle) {
            title = newTitle;
            return this;
        }

        public StoryBuilder lede(String newLede) {
            lede = newLede;
            return this;
        }

        public StoryBuilder serialComma(boolean serialComma) {
            style = new HouseStyle(serialComma);
            return this;
        }

        /** A source known only by its outlet. */
        public StoryBuilder source(long id, String outlet) {
            return source(id, outlet, "", "");
        }

        public StoryBuilder source(long id, String outlet, String sourceTitle, String url) {
            sources.put(id, new Source(id, outlet, sourceTitle, "", url, null, "", "", ADDED_AT));
            return this;
        }

        /** A fact citing whole sources, in the order given; facts take the colours in turn, as appended facts do. */
        public StoryBuilder fact(String text, long... sourceIds) {
            List<Citation> citations = Arrays.stream(sourceIds).mapToObj(Citation::ofWholeSource).toList();
            facts.add(new Fact(facts.size() + 1, text, citations, ReviewStatus.UNCHECKED, facts.size() % Fact.COLOURS));
            return this;
        }

        public StoryBuilder narrative(String label, String providedBy, String text) {
            narratives.add(new Narrative(narratives.size() + 1, label, providedBy, text));
            return this;
        }

        public StoryDocument build() {
            return new StoryDocument(new Story(1, title, lede, style), facts, narratives, sources, Map.of());
        }
    }
}

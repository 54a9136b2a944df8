package org.factdesk.logic.interchange;

import java.util.List;
import java.util.Objects;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.SourceDraft;

/**
 * A story read from JSON and fully checked, ready to be written to a project: every source id resolved to an
 * index into {@link #sources()}, every quote resolved to offsets in its source's text. Holds no project ids, so
 * it can be built, shown or tested without a project. Immutable.
 */
public record StoryPlan(String title, String lede, HouseStyle style, List<SourcePlan> sources,
                        List<FactPlan> facts, List<NarrativePlan> narratives) {

    public StoryPlan {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(lede, "lede");
        Objects.requireNonNull(style, "style");
        sources = List.copyOf(sources);
        facts = List.copyOf(facts);
        narratives = List.copyOf(narratives);
    }

    /**
     * A source of the file.
     *
     * @param fileId the id the file gives it ("g1"), which means nothing outside the file
     */
    public record SourcePlan(String fileId, SourceDraft draft) {

        public SourcePlan {
            Objects.requireNonNull(fileId, "fileId");
            Objects.requireNonNull(draft, "draft");
        }
    }

    /** A fact bullet with its citations in file order. */
    public record FactPlan(String text, List<CitationPlan> citations) {

        public FactPlan {
            Objects.requireNonNull(text, "text");
            citations = List.copyOf(citations);
        }
    }

    /**
     * A citation of the source at {@code sourceIndex} in {@link StoryPlan#sources()}: of the passage
     * {@code start..end} of its text, of the whole source when {@code passage} and {@code orphanedQuote} are
     * null, or of a passage lost in a correction, kept by its last known quote ({@code orphanedQuote}).
     */
    public record CitationPlan(int sourceIndex, Passage passage, String orphanedQuote) {

        public CitationPlan(int sourceIndex, Passage passage) {
            this(sourceIndex, passage, null);
        }

        public static CitationPlan wholeSource(int sourceIndex) {
            return new CitationPlan(sourceIndex, null, null);
        }

        public static CitationPlan orphaned(int sourceIndex, String lastKnownQuote) {
            return new CitationPlan(sourceIndex, null, Objects.requireNonNull(lastKnownQuote));
        }

        public boolean isWholeSource() {
            return passage == null && orphanedQuote == null;
        }

        public boolean isOrphaned() {
            return orphanedQuote != null;
        }
    }

    /** Offsets of a quote in its source text: {@code start} inclusive, {@code end} exclusive. */
    public record Passage(int start, int end) {

        public Passage {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("passage offsets out of order: " + start + ".." + end);
            }
        }
    }

    /** A narrative: its label, the outlet it is credited to, and its text. */
    public record NarrativePlan(String label, String providedBy, String text) {

        public NarrativePlan {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(providedBy, "providedBy");
            Objects.requireNonNull(text, "text");
        }
    }
}

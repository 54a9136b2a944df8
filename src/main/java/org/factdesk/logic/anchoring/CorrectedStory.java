package org.factdesk.logic.anchoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Anchoring;
import org.factdesk.model.Citation;
import org.factdesk.model.Excerpt;
import org.factdesk.model.Fact;
import org.factdesk.model.ReviewStatus;
import org.factdesk.model.StoryDocument;

/**
 * Brings a story shown in the window up to date with a correction the project file has made: the story's
 * passages of the corrected source take their new places and outcomes, and its facts citing one that moved or is
 * lost are flagged for review, as {@code SourceLibrary.correctText} flagged them in the file. The window's story
 * may know a passage by a local id (one not yet given back by the file); such a passage is matched to the stored
 * one by its old offsets, as the store matched it when it was written. Stateless; any thread.
 */
public final class CorrectedStory {

    private CorrectedStory() {
    }

    /**
     * The story with source {@code sourceId}'s correction applied.
     *
     * @param before the source's excerpts as stored before the correction
     * @param after the same excerpts as the correction left them ({@code TextCorrection.excerpts()})
     * @param newText the corrected text, to place a passage the file did not know (one of a failed write)
     */
    public static StoryDocument apply(StoryDocument story, long sourceId, List<Excerpt> before, List<Excerpt> after,
            String newText) {
        Map<Long, Excerpt> byId = new HashMap<>();
        after.forEach(excerpt -> byId.put(excerpt.id(), excerpt));
        Map<String, Excerpt> byOldPlace = new HashMap<>();
        for (Excerpt was : before) {
            if (!was.isOrphaned() && byId.containsKey(was.id())) {
                byOldPlace.put(place(was), byId.get(was.id()));
            }
        }
        ExcerptReanchoring reanchoring = new ExcerptReanchoring();
        Map<Long, Excerpt> excerpts = new HashMap<>(story.excerpts());
        Set<Long> toCheck = new HashSet<>();
        for (Excerpt shown : story.excerpts().values()) {
            if (shown.sourceId() != sourceId) {
                continue;
            }
            Excerpt now = byId.get(shown.id());
            if (now == null && !shown.isOrphaned()) {
                now = byOldPlace.get(place(shown));
            }
            if (now == null) {
                now = reanchoring.reanchor(shown, newText);
            }
            Excerpt kept = keepId(now, shown.id());
            excerpts.put(shown.id(), kept);
            if (kept.anchoring() != Anchoring.UNCHANGED) {
                toCheck.add(shown.id());
            }
        }
        List<Fact> facts = story.facts().stream().map(fact -> cites(fact, toCheck)
                ? new Fact(fact.id(), fact.text(), fact.citations(), ReviewStatus.NEEDS_WORK, fact.colour())
                : fact).toList();
        return new StoryDocument(story.story(), facts, story.narratives(), story.sources(), excerpts);
    }

    private static boolean cites(Fact fact, Set<Long> excerptIds) {
        for (Citation citation : fact.citations()) {
            if (citation.excerptId() != null && excerptIds.contains(citation.excerptId())) {
                return true;
            }
        }
        return false;
    }

    private static String place(Excerpt excerpt) {
        return excerpt.start() + ":" + excerpt.end();
    }

    private static Excerpt keepId(Excerpt excerpt, long id) {
        return excerpt.id() == id ? excerpt : new Excerpt(id, excerpt.sourceId(), excerpt.start(), excerpt.end(),
                excerpt.quote(), excerpt.contextBefore(), excerpt.contextAfter(), excerpt.anchoring());
    }
}

package org.factdesk.model;

import java.util.List;
import java.util.Optional;

/**
 * The stories of a project with their facts and narratives. Positions are 0-based indexes within a story.
 * Every method that changes something commits before it returns. Implementations are thread-safe; callers keep
 * them off the JavaFX thread.
 */
public interface StoryRepository {

    /** All stories, in the order they were created. */
    List<Story> stories();

    /**
     * The story's own row (title, lede, style), or empty when the project has no story with that id. Reads that
     * row alone, so damage elsewhere in the project does not stand in the way.
     *
     * @throws ProjectDamagedException if this story's row is damaged
     */
    Optional<Story> findStory(long storyId);

    /** The story with its facts, narratives, and the sources and excerpts they cite. */
    StoryDocument loadStory(long storyId);

    Story createStory(String title, String lede, HouseStyle style);

    /** Stores the story's title, lede and style. */
    void updateStory(Story story);

    /** Deletes the story with its facts and narratives; its sources stay in the project. */
    void deleteStory(long storyId);

    /**
     * Adds a fact at {@code position}, moving later facts down. The caller chooses its {@code colour} ({@code
     * 0..Fact.COLOURS-1}); it is stored with the fact and never changed.
     */
    Fact addFact(long storyId, int position, String text, List<Citation> citations, int colour);

    /** Puts a deleted fact back, with its id and colour, at {@code position} (for undo). */
    void restoreFact(long storyId, int position, Fact fact);

    void updateFactText(long factId, String text);

    void updateFactCitations(long factId, List<Citation> citations);

    void updateReviewStatus(long factId, ReviewStatus status);

    /** Moves a fact to {@code position} within its story. */
    void moveFact(long factId, int position);

    void deleteFact(long factId);

    /** Adds a narrative at {@code position}, moving later narratives down. */
    Narrative addNarrative(long storyId, int position, String label, String providedBy, String text);

    /** Puts a deleted narrative back, with its id, at {@code position} (for undo). */
    void restoreNarrative(long storyId, int position, Narrative narrative);

    /** Stores a narrative's label, provider and text. */
    void updateNarrative(Narrative narrative);

    void moveNarrative(long narrativeId, int position);

    void deleteNarrative(long narrativeId);
}

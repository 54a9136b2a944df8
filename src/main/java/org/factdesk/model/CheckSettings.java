package org.factdesk.model;

import java.util.List;

/**
 * What a project keeps for its trust checks: the findings ignored in each story, and its own wording choices.
 * Every method that changes something commits before it returns. Implementations are thread-safe; callers keep
 * them off the JavaFX thread.
 */
public interface CheckSettings {

    /** The findings ignored in the story, oldest first; empty for a story with none or no such story. */
    List<IgnoredFinding> ignoredFindings(long storyId);

    /** Ignores a finding; an earlier ignore of the same key in the same story is replaced. */
    void ignoreFinding(IgnoredFinding ignored);

    /** Takes an ignore back; nothing happens when there is none. */
    void unignoreFinding(long storyId, String key);

    /** The project's wording choices, oldest first. */
    List<WordingChoice> wordingChoices();

    /**
     * Stores a wording choice; an earlier choice for the same term (compared without case, hyphens as spaces,
     * runs of spaces as one) is replaced.
     */
    void chooseWording(WordingChoice choice);

    /** Forgets the choice for {@code term} (compared as {@link #chooseWording} compares); none is fine. */
    void forgetWordingChoice(String term);
}

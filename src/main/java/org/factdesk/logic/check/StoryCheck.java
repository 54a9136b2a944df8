package org.factdesk.logic.check;

import java.util.List;

/**
 * One kind of check on a story (quotes, numbers, citations, narratives…). {@link StoryChecks} runs each in turn
 * on the same {@link CheckedStory}; a check adds nothing to it and keeps no state between runs, so one instance
 * serves any number of runs on any threads.
 */
public interface StoryCheck {

    /** The findings of this check, in any order. */
    List<Finding> check(CheckedStory story);
}

package org.factdesk.logic.command;

import org.factdesk.model.StoryDocument;

/**
 * What a {@link StoryEditor} edits: the open story as the window shows it, and the queue that persists it.
 * Used from the JavaFX thread only.
 */
public interface StoryWorkspace {

    /** The story as the editor sees it now, including changes still on their way to the file. */
    StoryDocument document();

    /** Shows a changed story at once. */
    void show(StoryDocument document);

    ProjectQueue queue();

    /** A fresh local id (negative) for a row not yet written; see {@link IdMap}. */
    long newLocalId();
}

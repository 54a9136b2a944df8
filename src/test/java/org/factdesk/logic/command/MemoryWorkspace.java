package org.factdesk.logic.command;

import org.factdesk.model.StoryDocument;

/**
 * The story as the window would hold it, for tests that drive a {@link StoryEditor} without a window: the
 * document in memory, a real queue, and local ids counting down from -1. One thread at a time, like the window.
 */
final class MemoryWorkspace implements StoryWorkspace {

    private StoryDocument document;
    private final ProjectQueue queue;
    private long nextLocalId = -1;

    MemoryWorkspace(StoryDocument document, ProjectQueue queue) {
        this.document = document;
        this.queue = queue;
    }

    @Override
    public StoryDocument document() {
        return document;
    }

    @Override
    public void show(StoryDocument changed) {
        document = changed;
    }

    @Override
    public ProjectQueue queue() {
        return queue;
    }

    @Override
    public long newLocalId() {
        return nextLocalId--;
    }
}

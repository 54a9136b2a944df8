package org.factdesk.ui.story;

import org.factdesk.ui.common.EditorSession;

/** View-model of the story bar. Holds state and commands; no controls. JavaFX thread. */
public final class StoryBarModel {

    private final EditorSession session;

    public StoryBarModel(EditorSession session) {
        this.session = session;
    }

    public EditorSession session() {
        return session;
    }
}

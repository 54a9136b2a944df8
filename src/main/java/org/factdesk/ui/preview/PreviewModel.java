package org.factdesk.ui.preview;

import org.factdesk.ui.common.EditorSession;

/** View-model of the story preview. Holds state and commands; no controls. JavaFX thread. */
public final class PreviewModel {

    private final EditorSession session;

    public PreviewModel(EditorSession session) {
        this.session = session;
    }

    public EditorSession session() {
        return session;
    }
}

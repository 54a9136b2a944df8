package org.factdesk.ui.narratives;

import org.factdesk.ui.common.EditorSession;

/** View-model of the narrative panel. Holds state and commands; no controls. JavaFX thread. */
public final class NarrativePanelModel {

    private final EditorSession session;

    public NarrativePanelModel(EditorSession session) {
        this.session = session;
    }

    public EditorSession session() {
        return session;
    }
}

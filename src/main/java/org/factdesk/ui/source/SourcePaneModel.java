package org.factdesk.ui.source;

import org.factdesk.ui.common.EditorSession;

/** View-model of the source pane. Holds state and commands; no controls. JavaFX thread. */
public final class SourcePaneModel {

    private final EditorSession session;

    public SourcePaneModel(EditorSession session) {
        this.session = session;
    }

    public EditorSession session() {
        return session;
    }
}

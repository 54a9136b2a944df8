package org.factdesk.ui.common;

import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop format of a passage dragged out of the source text. The dragboard also carries the passage
 * as plain text; this format only says "a passage of the selected source", whose details are the session's
 * {@link EditorSelection#selectedPassageProperty() selected passage}. A pane that accepts it calls
 * {@link EditorSession#newFactFromSelection()}. Used on the JavaFX thread.
 */
public final class PassageDrag {

    /** Content: the selected passage's text. */
    public static final DataFormat FORMAT = lookUp("application/x-factdesk-passage");

    private PassageDrag() {
    }

    // DataFormat ids must be unique per JVM, and tests may load this class in more than one class loader.
    private static DataFormat lookUp(String id) {
        DataFormat existing = DataFormat.lookupMimeType(id);
        return existing != null ? existing : new DataFormat(id);
    }
}

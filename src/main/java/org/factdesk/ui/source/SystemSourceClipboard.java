package org.factdesk.ui.source;

import java.util.Optional;
import javafx.scene.input.Clipboard;

/** The system clipboard as {@link SourceClipboard}: its HTML and plain-text flavours. JavaFX thread. */
final class SystemSourceClipboard implements SourceClipboard {

    @Override
    public Contents read() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return new Contents(Optional.ofNullable(clipboard.hasHtml() ? clipboard.getHtml() : null),
                Optional.ofNullable(clipboard.hasString() ? clipboard.getString() : null));
    }
}

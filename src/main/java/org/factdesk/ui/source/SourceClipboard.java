package org.factdesk.ui.source;

import java.util.Objects;
import java.util.Optional;

/**
 * Where "Paste a source" reads what the editor copied: the clipboard's HTML and plain text. The view installs
 * the system clipboard; tests hand in what they like, so the paste runs without the toolkit. JavaFX thread.
 */
@FunctionalInterface
public interface SourceClipboard {

    /**
     * What the clipboard holds for a paste.
     *
     * @param html the HTML flavour, when there is one and it is not blank
     * @param text the plain-text flavour, when there is one and it is not blank
     */
    record Contents(Optional<String> html, Optional<String> text) {

        public static final Contents NOTHING = new Contents(Optional.empty(), Optional.empty());

        public Contents {
            html = Objects.requireNonNull(html).filter(value -> !value.isBlank());
            text = Objects.requireNonNull(text).filter(value -> !value.isBlank());
        }

        public boolean isEmpty() {
            return html.isEmpty() && text.isEmpty();
        }
    }

    /** The clipboard's contents now. */
    Contents read();

    /** A clipboard that holds nothing; in place until the view installs the system's. */
    SourceClipboard EMPTY = () -> Contents.NOTHING;
}

package org.factdesk.ui.source;

import org.factdesk.model.Source;

/** How a message names a source: its outlet and title in quotes, or what it has of them. Any thread. */
final class SourceNames {

    private SourceNames() {
    }

    static String of(Source source) {
        String outlet = source.outlet().isBlank() ? "an untitled outlet" : source.outlet();
        return source.title().isBlank() ? outlet : outlet + ", \u201c" + source.title() + "\u201d";
    }
}

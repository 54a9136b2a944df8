package org.factdesk.logic.search;

import java.util.function.Function;
import org.factdesk.model.Source;

/**
 * The parts of a source that search covers: its text and each piece of its metadata. A hit names the part it
 * was found in; only text hits have an offset into the source's text. Immutable.
 */
public enum SearchField {
    TEXT("text", null),
    OUTLET("outlet", Source::outlet),
    TITLE("title", Source::title),
    AUTHOR("author", Source::author),
    URL("url", Source::url),
    PERSPECTIVE("perspective", Source::perspective);

    private final String label;
    @SuppressWarnings("ImmutableEnumChecker") // method references, stateless
    private final Function<Source, String> metadata;

    SearchField(String label, Function<Source, String> metadata) {
        this.label = label;
        this.metadata = metadata;
    }

    /** The part's name as the command line prints it and the index names its field: "text", "title"… */
    public String label() {
        return label;
    }

    /** This metadata field's value in {@code source}; for {@link #TEXT}, not available here. */
    String valueOf(Source source) {
        if (metadata == null) {
            throw new IllegalStateException("a source's text is not part of its metadata");
        }
        return metadata.apply(source);
    }

    boolean isText() {
        return this == TEXT;
    }
}

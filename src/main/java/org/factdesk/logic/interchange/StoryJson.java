package org.factdesk.logic.interchange;

/**
 * The names of the story interchange format, shared by its reader and writer so that the two cannot drift
 * apart. Constants only.
 */
final class StoryJson {

    static final String FORMAT = "factdesk.story";
    static final int VERSION = 1;

    /** What sources are called when the JSON does not come from a named file. */
    static final String DEFAULT_ORIGIN = "json import";

    static final String F_FORMAT = "format";
    static final String F_VERSION = "version";
    static final String F_TITLE = "title";
    static final String F_LEDE = "lede";
    static final String F_STYLE = "style";
    static final String F_SERIAL_COMMA = "serialComma";
    static final String F_SOURCES = "sources";
    static final String F_FACTS = "facts";
    static final String F_NARRATIVES = "narratives";

    static final String F_ID = "id";
    static final String F_OUTLET = "outlet";
    static final String F_AUTHOR = "author";
    static final String F_URL = "url";
    static final String F_PUBLISHED = "published";
    static final String F_PERSPECTIVE = "perspective";
    static final String F_TEXT = "text";

    static final String F_CITATIONS = "citations";
    static final String F_SOURCE = "source";
    static final String F_QUOTE = "quote";
    static final String F_ORPHANED = "orphaned";

    static final String F_LABEL = "label";
    static final String F_PROVIDED_BY = "providedBy";

    private StoryJson() {
    }
}

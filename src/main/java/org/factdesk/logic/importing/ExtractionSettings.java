package org.factdesk.logic.importing;

/**
 * How a stored original is read when a source is extracted again: only settings the readers can honour. For a
 * web page, the article alone (found as a reader view finds it, the import's way) or the whole page's text (only
 * what is never text, such as scripts and styles, left out), for the editor to trim. For a PDF, whether running
 * headers, footers and page numbers are dropped, and whether hard-wrapped lines are rejoined into paragraphs (off:
 * one line of the PDF is one line of the text, pages apart by a blank line). Other kinds of file have no settings
 * and read as on import. Immutable.
 *
 * @param articleOnly web pages: the article alone (true), or the whole page's text (false)
 * @param dropRunningLines PDFs: leave out lines that repeat at the top or bottom of every page
 * @param rejoinLines PDFs: rejoin wrapped lines into paragraphs and undo hyphenation at line ends
 */
public record ExtractionSettings(boolean articleOnly, boolean dropRunningLines, boolean rejoinLines) {

    /** The settings an import uses. */
    public static final ExtractionSettings IMPORT = new ExtractionSettings(true, true, true);

    /** Which settings a file of {@code mediaType} honours. */
    public static Kind kindOf(String mediaType) {
        return switch (mediaType) {
            case SourceFileReader.HTML -> Kind.WEB_PAGE;
            case SourceFileReader.PDF -> Kind.PDF;
            default -> Kind.NONE;
        };
    }

    public ExtractionSettings withArticleOnly(boolean value) {
        return new ExtractionSettings(value, dropRunningLines, rejoinLines);
    }

    public ExtractionSettings withDropRunningLines(boolean value) {
        return new ExtractionSettings(articleOnly, value, rejoinLines);
    }

    public ExtractionSettings withRejoinLines(boolean value) {
        return new ExtractionSettings(articleOnly, dropRunningLines, value);
    }

    /** The group of settings a kind of file honours. */
    public enum Kind {
        /** {@link #articleOnly()}. */
        WEB_PAGE,
        /** {@link #dropRunningLines()} and {@link #rejoinLines()}. */
        PDF,
        /** None: the file reads as on import. */
        NONE
    }
}

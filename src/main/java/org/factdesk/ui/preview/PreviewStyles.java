package org.factdesk.ui.preview;

/** The style classes of the story preview, as preview.css names them. */
final class PreviewStyles {

    static final String STYLESHEET = "preview.css";

    static final String PANE = "preview-pane";
    static final String TOOLBAR = "preview-toolbar";
    static final String CAPTION = "preview-caption";
    static final String PAGE = "preview-page";
    static final String TEXT = "preview-text";
    static final String TITLE = "preview-title";
    static final String PLACEHOLDER = "preview-placeholder";
    static final String LEDE = "preview-lede";
    static final String HEADING = "preview-heading";
    static final String BULLET = "preview-bullet";
    static final String MARK = "preview-mark";
    static final String SOURCES = "preview-sources";
    static final String NARRATIVE_LABEL = "preview-narrative-label";
    /** On a page set for paper (print.css). */
    static final String PRINT = "preview-print";

    private PreviewStyles() {
    }
}

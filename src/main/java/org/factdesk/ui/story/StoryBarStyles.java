package org.factdesk.ui.story;

/** The style classes of the story bar, as story.css names them. */
final class StoryBarStyles {

    static final String STYLESHEET = "story.css";

    static final String BAR = "story-bar";
    static final String TOOLS = "story-tools";
    static final String CHOOSER = "story-chooser";
    static final String FIELD_NAME = "story-field-name";
    static final String TITLE = "story-title";
    static final String LEDE = "story-lede";

    private StoryBarStyles() {
    }
}

package org.factdesk.logic.export;

import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.HouseFormat;
import org.factdesk.logic.interchange.StoryJsonWriter;
import org.factdesk.model.Project;
import org.factdesk.model.StoryDocument;

/**
 * Exports one story of a project in a chosen format: loads it, lays it out in the house format and renders it.
 * The command line and the desktop Export menu both go through here, so the two always write the same bytes.
 * Stateless; blocking (it reads the project), so keep it off the JavaFX thread.
 */
public final class StoryExports {

    /**
     * The story as text in {@code format}.
     *
     * @throws org.factdesk.model.ProjectStorageException if the project has no such story or cannot be read
     * @throws org.factdesk.model.ProjectDamagedException if the story or a source it cites is damaged
     */
    public String export(Project project, long storyId, ExportFormat format) {
        return switch (format) {
            case TEXT -> PlainTextExport.render(formatted(project, storyId));
            case HTML -> HtmlExport.render(formatted(project, storyId));
            case MARKDOWN -> MarkdownExport.render(formatted(project, storyId));
            case JSON -> new StoryJsonWriter(project).write(storyId);
        };
    }

    private static FormattedStory formatted(Project project, long storyId) {
        StoryDocument story = project.stories().loadStory(storyId);
        requireSoundSources(project, story);
        return HouseFormat.format(story);
    }

    /**
     * A published story vouches for its sources: reviewers check its facts against their texts. Reading a text
     * checks it against its stored hash, so a story citing a damaged text is never published as sound, though
     * these formats print only the passages.
     */
    private static void requireSoundSources(Project project, StoryDocument story) {
        story.sources().keySet().forEach(project.library()::sourceText);
    }
}

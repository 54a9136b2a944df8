package org.factdesk.logic.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.Project;
import org.factdesk.model.StoryDocument;

/**
 * What the checks read: one story as loaded and the current texts of the sources it cites, by source id. A
 * plain value, so the window can take it on the JavaFX thread and run the checks on a worker. Immutable.
 */
public record StorySnapshot(StoryDocument document, Map<Long, String> sourceTexts) {

    public StorySnapshot {
        Objects.requireNonNull(document, "document");
        sourceTexts = Map.copyOf(sourceTexts);
    }

    /** Loads story {@code storyId} and its cited sources' texts. Reads storage: call it off the JavaFX thread. */
    public static StorySnapshot read(Project project, long storyId) {
        StoryDocument document = project.stories().loadStory(storyId);
        Map<Long, String> texts = new LinkedHashMap<>();
        for (Long sourceId : document.sources().keySet()) {
            texts.put(sourceId, project.library().sourceText(sourceId));
        }
        return new StorySnapshot(document, texts);
    }

    /** The text of a cited source; empty when the snapshot does not hold it. */
    public String text(long sourceId) {
        return sourceTexts.getOrDefault(sourceId, "");
    }
}

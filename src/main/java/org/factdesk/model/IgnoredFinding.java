package org.factdesk.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A check's finding the editor chose to ignore in one story (a number she worked out herself, a warning she
 * accepts), with who ignored it and when, so a reviewer can see whose call it was. The key is the finding's
 * stable key ({@code <check>:<element id>:<digest>}); it stays the same as long as the same problem does, so
 * the ignore lapses by itself once the text it was about changes. Immutable.
 *
 * @param ignoredBy the name of the person who ignored it, as the computer knows them
 */
public record IgnoredFinding(long storyId, String key, String ignoredBy, Instant ignoredAt) {

    public IgnoredFinding {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an ignored finding needs its key");
        }
        ignoredBy = Texts.orEmpty(ignoredBy);
        Objects.requireNonNull(ignoredAt, "ignoredAt");
    }

    /**
     * This ignore carried to a copy of its story, whose elements have new ids (a duplicated story, a recovered
     * project): in story {@code storyId}, its key naming the element that {@code targets} maps its element to
     * ({@code fact-42} to {@code fact-97}; {@code story} to itself). Empty when {@code targets} does not map
     * the element: the copy lacks it, and an ignore left naming an old id could hide the finding of another
     * element that now has that id. Who ignored it and when stay.
     */
    public Optional<IgnoredFinding> carriedTo(long storyId, Map<String, String> targets) {
        String[] parts = key.split(":", 3);
        if (parts.length < 3 || !targets.containsKey(parts[1])) {
            return Optional.empty();
        }
        return Optional.of(new IgnoredFinding(storyId, parts[0] + ":" + targets.get(parts[1]) + ":" + parts[2],
                ignoredBy, ignoredAt));
    }
}

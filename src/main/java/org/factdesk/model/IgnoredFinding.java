package org.factdesk.model;

import java.time.Instant;
import java.util.Objects;

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
}

package org.factdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.factdesk.model.IgnoredFinding;
import org.factdesk.model.ProjectStorageException;

/**
 * The findings ignored in each story, in the project file (schema version 5): one row per story and finding key,
 * written with its checksum and checked against it when read. A damaged row is reported as damage to its story,
 * by name; it never stops the project or the story from opening, which do not read these rows. Thread-safe
 * through {@link ProjectDatabase}.
 */
final class IgnoredFindingRows {

    static final String COLUMNS = "id, story_id, finding_key, ignored_by, ignored_at, row_sha256";

    private final ProjectDatabase database;

    IgnoredFindingRows(ProjectDatabase database) {
        this.database = database;
    }

    List<IgnoredFinding> of(long storyId) {
        try {
            return database.query("SELECT " + COLUMNS + " FROM ignored_finding WHERE story_id = ? "
                    + "ORDER BY ignored_at, id", statement -> statement.setLong(1, storyId), IgnoredFindingRows::read);
        } catch (DamagedRow damaged) {
            String detail = damaged.row().isEmpty() ? "an ignored finding holds a value that cannot be read"
                    : damaged.detail();
            throw Damage.story(storyId, titleOf(storyId), detail, damaged);
        }
    }

    /** The title to name a story by in a damage report; none when its own row cannot be read either. */
    private String titleOf(long storyId) {
        try {
            return database.queryOne("SELECT " + H2StoryRepository.STORY_COLUMNS + " FROM story WHERE id = ?",
                    statement -> statement.setLong(1, storyId), H2StoryRepository::readStory)
                    .map(story -> story.title()).orElse(null);
        } catch (ProjectStorageException unreadable) {
            return null;
        }
    }

    /** Replaces an earlier ignore of the same key in the same story, in one transaction. */
    void ignore(IgnoredFinding ignored) {
        // The file keeps microseconds; the checksum must cover the instant as it will be read back.
        Instant at = ignored.ignoredAt().truncatedTo(ChronoUnit.MICROS);
        long storyId = ignored.storyId();
        database.inTransaction(() -> {
            if (database.queryOne("SELECT COUNT(*) FROM story WHERE id = ?", statement -> statement.setLong(1, storyId),
                    row -> row.getInt(1)).orElse(0) == 0) {
                throw H2SourceLibrary.missing("story", storyId);
            }
            unignore(storyId, ignored.key());
            database.update("INSERT INTO ignored_finding (story_id, finding_key, ignored_by, ignored_at, row_sha256) "
                    + "VALUES (?, ?, ?, ?, ?)", statement -> {
                        statement.setLong(1, storyId);
                        statement.setString(2, ignored.key());
                        statement.setString(3, ignored.ignoredBy());
                        statement.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                        statement.setString(5, RowChecksum.ignoredFinding(storyId, ignored.key(), ignored.ignoredBy(),
                                at));
                    });
            return null;
        });
    }

    void unignore(long storyId, String key) {
        database.update("DELETE FROM ignored_finding WHERE story_id = ? AND finding_key = ?", statement -> {
            statement.setLong(1, storyId);
            statement.setString(2, key);
        });
    }

    /** Reads {@link #COLUMNS}, checked against the row's checksum. */
    static IgnoredFinding read(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        long storyId = row.getLong(2);
        String key = row.getString(3);
        String ignoredBy = row.getString(4);
        OffsetDateTime at = row.getObject(5, OffsetDateTime.class);
        Instant ignoredAt = at == null ? null : at.toInstant();
        String place = "ignored finding " + id;
        if (!RowChecksum.ignoredFinding(storyId, key, ignoredBy, ignoredAt).equals(row.getString(6))) {
            throw DamagedRow.checksumMismatch(place);
        }
        try {
            return new IgnoredFinding(storyId, key, ignoredBy, ignoredAt);
        } catch (RuntimeException e) {
            throw DamagedRow.unreadable(place, e);
        }
    }
}

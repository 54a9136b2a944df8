package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java half of schema version 2: computes {@code row_sha256} for every row a version-1 file already holds,
 * with the same {@link RowChecksum} the store writes and checks, and the {@code parts_sha256} of every story ({@link StoryParts}), then makes the columns NOT NULL. Runs inside
 * the migration's transaction on the migrating connection. Not thread-safe; one migration at a time.
 */
final class RowChecksumBackfill {

    /** Computes one row's checksum from the columns after its key. */
    @FunctionalInterface
    private interface RowDigest {
        String of(ResultSet row) throws SQLException;
    }

    private static final String[] TABLES = {"source", "excerpt", "story", "fact", "citation", "narrative"};

    private RowChecksumBackfill() {
    }

    static void run(Connection connection) throws SQLException {
        fill(connection, "source", "id", "outlet, title, author, url, published, perspective, body_sha256, "
                + "imported_from, added_at", row -> RowChecksum.source(row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), row.getObject(6, LocalDate.class), row.getString(7),
                row.getString(8), row.getString(9), row.getObject(10, OffsetDateTime.class).toInstant()));
        fill(connection, "excerpt", "id", "source_id, start_offset, end_offset, quote, context_before, context_after",
                row -> RowChecksum.excerptBeforeAnchoring(row.getLong(2), row.getInt(3), row.getInt(4), row.getString(5),
                        row.getString(6), row.getString(7)));
        fill(connection, "story", "id", "title, lede, serial_comma",
                row -> RowChecksum.story(row.getString(2), row.getString(3), row.getBoolean(4)));
        fill(connection, "fact", "id", "story_id, body, review_status",
                row -> RowChecksum.factWithoutColour(row.getLong(2), row.getString(3), row.getString(4)));
        fillCitations(connection);
        fill(connection, "narrative", "id", "story_id, label, provided_by, body",
                row -> RowChecksum.narrative(row.getLong(2), row.getString(3), row.getString(4), row.getString(5)));
        fillStoryParts(connection);
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN row_sha256 SET NOT NULL");
            }
            statement.execute("ALTER TABLE story ALTER COLUMN parts_sha256 SET NOT NULL");
        }
    }

    private static void fill(Connection connection, String table, String key, String columns, RowDigest digest)
            throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + key + ", " + columns + " FROM " + table)) {
            while (rows.next()) {
                updates.add(new Object[] {digest.of(rows), rows.getLong(1)});
            }
        }
        write(connection, "UPDATE " + table + " SET row_sha256 = ? WHERE " + key + " = ?", updates);
    }

    private static void fillCitations(Connection connection) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT fact_id, position, source_id, excerpt_id FROM citation")) {
            while (rows.next()) {
                long excerpt = rows.getLong(4);
                Long excerptId = rows.wasNull() ? null : excerpt;
                updates.add(new Object[] {RowChecksum.citation(rows.getLong(1), rows.getInt(2), rows.getLong(3),
                        excerptId), rows.getLong(1), rows.getInt(2)});
            }
        }
        write(connection, "UPDATE citation SET row_sha256 = ? WHERE fact_id = ? AND position = ?", updates);
    }

    private static void fillStoryParts(Connection connection) throws SQLException {
        List<Long> stories = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM story")) {
            while (rows.next()) {
                stories.add(rows.getLong(1));
            }
        }
        for (long storyId : stories) {
            StoryParts.seal(connection, storyId);
        }
    }

    private static void write(Connection connection, String sql, List<Object[]> updates) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] update : updates) {
                for (int i = 0; i < update.length; i++) {
                    statement.setObject(i + 1, update[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}

package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The check over a story's structure that row checksums cannot give: which facts, citations and narratives it
 * has and in what order. Its digest ({@code story.parts_sha256}) covers each fact's position and id, each fact's
 * citations in order (position, source, passage) and each narrative's position and id, so a changed position, a
 * lost or an extra row all show. Every structural write reseals it in the same transaction. Stateless; runs on
 * the connection it is given, under its caller's lock.
 */
final class StoryParts {

    private static final String FACTS = "SELECT position, id FROM fact WHERE story_id = ? ORDER BY position, id";
    private static final String CITATIONS = "SELECT f.position, f.id, c.position, c.source_id, c.excerpt_id "
            + "FROM citation c JOIN fact f ON f.id = c.fact_id WHERE f.story_id = ? "
            + "ORDER BY f.position, f.id, c.position";
    private static final String NARRATIVES = "SELECT position, id FROM narrative WHERE story_id = ? "
            + "ORDER BY position, id";

    /** What a story without facts or narratives digests to, for a new story row. */
    static final String EMPTY = RowChecksum.parts(List.of("facts", "citations", "narratives"));

    private StoryParts() {
    }

    /** The digest of the story's structure as the file holds it now. */
    static String digest(Connection connection, long storyId) throws SQLException {
        List<Object> values = new ArrayList<>();
        values.add("facts");
        read(connection, FACTS, storyId, 2, values);
        values.add("citations");
        read(connection, CITATIONS, storyId, 5, values);
        values.add("narratives");
        read(connection, NARRATIVES, storyId, 2, values);
        return RowChecksum.parts(values);
    }

    /** The digest the story row keeps; null when the story row is gone. */
    static String stored(Connection connection, long storyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT parts_sha256 FROM story WHERE id = ?")) {
            statement.setLong(1, storyId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    static boolean sound(Connection connection, long storyId) throws SQLException {
        return digest(connection, storyId).equals(stored(connection, storyId));
    }

    /** Stores the digest of the story as it is now; call inside the transaction of the change. */
    static void seal(Connection connection, long storyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE story SET parts_sha256 = ? WHERE id = ?")) {
            statement.setString(1, digest(connection, storyId));
            statement.setLong(2, storyId);
            statement.executeUpdate();
        }
    }

    private static void read(Connection connection, String sql, long storyId, int columns, List<Object> values)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, storyId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        values.add(rows.getObject(i));
                    }
                }
            }
        }
    }
}

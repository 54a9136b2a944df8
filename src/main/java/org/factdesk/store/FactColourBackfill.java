package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.factdesk.model.Fact;

/**
 * The Java half of schema version 3: gives every fact a version-2 file holds the colour it was shown in until
 * then, {@code floorMod(id, 8)}, so an upgraded project looks as it did, and rewrites the fact's row checksum to
 * cover the colour. A row whose version-2 checksum does not match is left with it: its new checksum would seal
 * the damage, and the old one keeps it reported when the story is read. Then the column becomes NOT NULL and
 * limited to the colours that exist. Runs inside the migration's transaction on the migrating connection. Not
 * thread-safe; one migration at a time.
 */
final class FactColourBackfill {

    private FactColourBackfill() {
    }

    static void run(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, story_id, body, review_status, row_sha256 FROM fact");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE fact SET colour = ?, row_sha256 = ? WHERE id = ?")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long storyId = rows.getLong(2);
                String body = rows.getString(3);
                String status = rows.getString(4);
                String stored = rows.getString(5);
                int colour = Math.floorMod(id, Fact.COLOURS);
                boolean sound = RowChecksum.factWithoutColour(storyId, body, status).equals(stored);
                update.setInt(1, colour);
                update.setString(2, sound ? RowChecksum.fact(storyId, body, status, colour) : stored);
                update.setLong(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE fact ALTER COLUMN colour SET NOT NULL");
            statement.execute("ALTER TABLE fact ADD CONSTRAINT fact_colour_range CHECK (colour BETWEEN 0 AND "
                    + (Fact.COLOURS - 1) + ")");
        }
    }
}

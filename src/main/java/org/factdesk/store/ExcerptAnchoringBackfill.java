package org.factdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.factdesk.model.Anchoring;

/**
 * The Java half of schema version 4: marks every excerpt a version-3 file holds {@link Anchoring#UNCHANGED} (no
 * source could be corrected before) and rewrites its row checksum to cover that. A row whose version-3 checksum
 * does not match keeps it, so the upgrade never seals damage (as {@link FactColourBackfill} does for facts). Then
 * the column becomes NOT NULL and limited to the outcomes that exist. Runs inside the migration's transaction on
 * the migrating connection. Not thread-safe; one migration at a time.
 */
final class ExcerptAnchoringBackfill {

    private ExcerptAnchoringBackfill() {
    }

    static void run(Connection connection) throws SQLException {
        String unchanged = Anchoring.UNCHANGED.name();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id, source_id, start_offset, end_offset, quote, "
                        + "context_before, context_after, row_sha256 FROM excerpt");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE excerpt SET anchoring = ?, row_sha256 = ? WHERE id = ?")) {
            while (rows.next()) {
                long sourceId = rows.getLong(2);
                int start = rows.getInt(3);
                int end = rows.getInt(4);
                String quote = rows.getString(5);
                String before = rows.getString(6);
                String after = rows.getString(7);
                String stored = rows.getString(8);
                boolean sound = RowChecksum.excerptBeforeAnchoring(sourceId, start, end, quote, before, after)
                        .equals(stored);
                update.setString(1, unchanged);
                update.setString(2, sound
                        ? RowChecksum.excerpt(sourceId, start, end, quote, before, after, unchanged) : stored);
                update.setLong(3, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
        String outcomes = Arrays.stream(Anchoring.values()).map(outcome -> "'" + outcome.name() + "'")
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE excerpt ALTER COLUMN anchoring SET NOT NULL");
            statement.execute("ALTER TABLE excerpt ADD CONSTRAINT excerpt_anchoring_known CHECK (anchoring IN ("
                    + outcomes + "))");
        }
    }
}

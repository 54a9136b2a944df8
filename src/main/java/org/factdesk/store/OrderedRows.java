package org.factdesk.store;

/**
 * Keeps the dense 0-based {@code position} column of a story's facts or narratives in order while rows are
 * inserted, moved and deleted. Callers run each change inside a transaction. Thread-safe through
 * {@link ProjectDatabase}.
 */
final class OrderedRows {

    /** Where a row stands. */
    record Place(long storyId, int position) {
    }

    private final ProjectDatabase database;
    private final String table;

    /** {@code table} is one of the schema's own table names, never user input. */
    OrderedRows(ProjectDatabase database, String table) {
        this.database = database;
        this.table = table;
    }

    Place placeOf(long rowId) {
        return database.queryOne("SELECT story_id, position FROM " + table + " WHERE id = ?",
                statement -> statement.setLong(1, rowId), row -> new Place(row.getLong(1), row.getInt(2)))
                .orElseThrow(() -> H2SourceLibrary.missing(table, rowId));
    }

    /** Makes room at {@code position} (clamped to the end) and returns the position to insert at. */
    int openGap(long storyId, int position) {
        int count = database.queryOne("SELECT COUNT(*) FROM " + table + " WHERE story_id = ?",
                statement -> statement.setLong(1, storyId), row -> row.getInt(1)).orElse(0);
        int at = Math.max(0, Math.min(position, count));
        database.update("UPDATE " + table + " SET position = position + 1 WHERE story_id = ? AND position >= ?",
                statement -> {
                    statement.setLong(1, storyId);
                    statement.setInt(2, at);
                });
        return at;
    }

    void delete(long rowId) {
        Place place = placeOf(rowId);
        database.update("DELETE FROM " + table + " WHERE id = ?", statement -> statement.setLong(1, rowId));
        database.update("UPDATE " + table + " SET position = position - 1 WHERE story_id = ? AND position > ?",
                statement -> {
                    statement.setLong(1, place.storyId());
                    statement.setInt(2, place.position());
                });
    }

    void move(long rowId, int position) {
        Place from = placeOf(rowId);
        int last = database.queryOne("SELECT COUNT(*) FROM " + table + " WHERE story_id = ?",
                statement -> statement.setLong(1, from.storyId()), row -> row.getInt(1)).orElse(1) - 1;
        int to = Math.max(0, Math.min(position, last));
        if (to == from.position()) {
            return;
        }
        boolean down = to > from.position();
        database.update("UPDATE " + table + " SET position = position " + (down ? "- 1" : "+ 1")
                + " WHERE story_id = ? AND position BETWEEN ? AND ?", statement -> {
                    statement.setLong(1, from.storyId());
                    statement.setInt(2, down ? from.position() + 1 : to);
                    statement.setInt(3, down ? to : from.position() - 1);
                });
        database.update("UPDATE " + table + " SET position = ? WHERE id = ?", statement -> {
            statement.setInt(1, to);
            statement.setLong(2, rowId);
        });
    }
}

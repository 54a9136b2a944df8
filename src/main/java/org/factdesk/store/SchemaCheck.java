package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.model.InternalStorageException;
import org.factdesk.model.ProjectDamagedException;
import org.factdesk.model.ProjectDamagedException.Part;
import org.factdesk.model.ProjectStorageException;

/**
 * Tells damage from a fault in Factdesk when an SQL call on an open project fails for a reason H2 does not name
 * as damage. The file's tables and columns are compared with those the released migrations build: a file whose
 * schema is not what Factdesk wrote is damaged (H2 keeps its schema as text in its own pages, which it does not
 * checksum). On a sound schema, a statement fault (bad SQL, a broken constraint) is Factdesk's; any other
 * failure (a lock timeout on a file only this connection uses, a failure inside H2's reading) is the file's.
 * Thread-safe: the expected schema is built once, under the class's monitor.
 */
final class SchemaCheck {

    /** SQL state classes a statement of Factdesk's own can cause on a sound file: syntax, access, constraint. */
    private static final Set<String> STATEMENT_FAULTS = Set.of("42", "23", "0A", "07", "21");

    private static Set<String> expected;

    private SchemaCheck() {
    }

    /** What the user or the log is told about {@code failure}, met on {@code connection} to {@code file}. */
    static ProjectStorageException classify(Connection connection, Path file, SQLException failure) {
        ProjectStorageException plain = StorageFailures.of(file, failure);
        if (!(plain instanceof InternalStorageException)) {
            return plain;
        }
        Optional<String> mismatch;
        try {
            mismatch = mismatch(connection);
        } catch (SQLException unreadableSchema) {
            failure.addSuppressed(unreadableSchema);
            return damaged("its list of tables cannot be read (" + StorageFailures.reason(unreadableSchema) + ")",
                    failure);
        }
        if (mismatch.isPresent()) {
            return damaged("its tables are not the ones Factdesk wrote (" + mismatch.get() + ")", failure);
        }
        String state = failure.getSQLState();
        if (state != null && STATEMENT_FAULTS.contains(state.substring(0, Math.min(2, state.length())))) {
            return plain;
        }
        return damaged("the database failed while reading its own data (" + StorageFailures.reason(failure) + ")",
                failure);
    }

    private static ProjectDamagedException damaged(String detail, SQLException cause) {
        return new ProjectDamagedException(Part.FILE, 0, Damage.inFile(detail), detail, cause);
    }

    /** The first difference between the file's tables and columns and Factdesk's, if any. */
    static Optional<String> mismatch(Connection connection) throws SQLException {
        Set<String> found = columns(connection);
        Set<String> wanted = expected();
        for (String column : wanted) {
            if (!found.contains(column)) {
                return Optional.of("missing " + column);
            }
        }
        for (String column : found) {
            if (!wanted.contains(column)) {
                return Optional.of("unexpected " + column);
            }
        }
        return Optional.empty();
    }

    private static synchronized Set<String> expected() throws SQLException {
        if (expected == null) {
            try (Connection memory = DriverManager.getConnection("jdbc:h2:mem:", "", "")) {
                new SchemaMigrations(SchemaMigrations.RELEASED).upgrade(memory, 0);
                expected = columns(memory);
            }
        }
        return expected;
    }

    /** "TABLE.COLUMN TYPE" for every column of the public schema. */
    private static Set<String> columns(Connection connection) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, IS_NULLABLE "
                        + "FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rows.next()) {
                columns.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT) + "."
                        + rows.getString(2).toLowerCase(java.util.Locale.ROOT) + " " + rows.getString(3)
                        + ("NO".equals(rows.getString(4)) ? " NOT NULL" : ""));
            }
        }
        return columns;
    }
}

package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Creates and upgrades a project's schema with ordered, versioned SQL scripts. The version is kept in the file
 * (table {@code factdesk_schema}); each step records its version when it is done. A step is NOT atomic: H2
 * commits every DDL statement ({@code CREATE}, {@code ALTER}) by itself, so a rollback does not undo a half-run
 * script. That is why this class only ever runs on a file nobody else sees: a new file is built apart by
 * {@link NewProjectFile}, and an older one is upgraded on a copy by {@link ProjectUpgrade}; the project's own
 * file is replaced only once every step has finished. Not thread-safe; used while opening a file.
 */
final class SchemaMigrations {

    /**
     * One step of the schema: the version it brings the file to, the SQL resource that does it, and Java work
     * that runs after the SQL in the same transaction (for values SQL cannot compute exactly as Factdesk does).
     */
    record Migration(int version, String resource, AfterScript afterScript) {

        Migration(int version, String resource) {
            this(version, resource, connection -> { });
        }
    }

    /** Work a step does on the connection after its script and before its version is recorded. */
    @FunctionalInterface
    interface AfterScript {
        void run(Connection connection) throws SQLException;
    }

    static final String VERSION_TABLE = "FACTDESK_SCHEMA";

    /** The schema this version of Factdesk writes. Add new steps at the end; never edit a released one. */
    static final List<Migration> RELEASED = List.of(
            new Migration(1, "/org/factdesk/store/migrations/V1__stories_and_sources.sql"),
            new Migration(2, "/org/factdesk/store/migrations/V2__row_checksums.sql", RowChecksumBackfill::run),
            new Migration(3, "/org/factdesk/store/migrations/V3__fact_colours.sql", FactColourBackfill::run),
            new Migration(4, "/org/factdesk/store/migrations/V4__source_corrections.sql",
                    ExcerptAnchoringBackfill::run),
            new Migration(5, "/org/factdesk/store/migrations/V5__check_settings.sql"));

    private final List<Migration> migrations;

    SchemaMigrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }

    /** The schema version stored in the file; 0 for an empty database; -1 if it has tables but is not ours. */
    static int storedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet ours = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '" + VERSION_TABLE + "'")) {
                ours.next();
                if (ours.getInt(1) == 0) {
                    return hasAnyTable(statement) ? -1 : 0;
                }
            }
            try (ResultSet version = statement.executeQuery("SELECT MAX(version) FROM " + VERSION_TABLE)) {
                version.next();
                return version.getInt(1);
            }
        }
    }

    private static boolean hasAnyTable(Statement statement) throws SQLException {
        try (ResultSet tables = statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            tables.next();
            return tables.getInt(1) > 0;
        }
    }

    /** Applies every step newer than {@code fromVersion}. */
    void upgrade(Connection connection, int fromVersion) throws SQLException {
        if (fromVersion == 0) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE
                        + " (version INT PRIMARY KEY, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
        }
        for (Migration migration : migrations) {
            if (migration.version() > fromVersion) {
                apply(connection, migration);
            }
        }
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(migration.resource()))) {
                statement.execute(sql);
            }
            migration.afterScript().run(connection);
            statement.execute("INSERT INTO " + VERSION_TABLE + " (version, applied_at) VALUES ("
                    + migration.version() + ", CURRENT_TIMESTAMP)");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Splits a script at semicolons that end a line; the scripts keep one statement per such line. */
    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.lines().toList()) {
            if (!line.strip().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(withoutComments.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .map(sql -> sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql)
                .toList();
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(SchemaMigrations.class.getResourceAsStream(resource),
                "missing migration " + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Upgrades a closed project file of an older schema on a copy, never in place: H2 commits DDL statement by
 * statement, so an upgrade interrupted in place would leave a file between two versions. The copy ({@code
 * .NAME.upgrading.mv.db}, beside the original) is migrated, closed and forced to disk; then the original is
 * kept under the backup name ({@link #backupOf}) and the copy replaces it in one atomic rename. A failure or a
 * kill before that rename leaves the original byte for byte as it was; after it, the project name holds the
 * complete upgraded file and the backup holds the old one. The caller holds the lock marker. Stateless;
 * blocking.
 */
final class ProjectUpgrade {

    static final String WORK_PURPOSE = "upgrading";

    private ProjectUpgrade() {
    }

    /**
     * The older file kept beside an upgraded project, e.g. {@code harbour.mv.db.v1-backup}. It does not end in
     * {@code .mv.db}, so nobody opens it by mistake; renamed back, it opens in the Factdesk that wrote it.
     */
    static Path backupOf(Path project, int version) {
        Path backup = project.resolveSibling(project.getFileName() + ".v" + version + "-backup");
        for (int n = 2; Files.exists(backup); n++) {
            backup = project.resolveSibling(project.getFileName() + ".v" + version + "-backup-" + n);
        }
        return backup;
    }

    /** Brings {@code project} from {@code fromVersion} to the latest version; returns the backup it kept. */
    static Path upgrade(Path project, int fromVersion, SchemaMigrations migrations) throws ProjectFileException {
        if (!Files.isWritable(project)) {
            throw new ProjectFileException(project, Problem.UPGRADE_FAILED, project.getFileName()
                    + " is read-only, and this version of Factdesk must upgrade it (from project format "
                    + fromVersion + " to " + migrations.latestVersion() + ") to open it. Make the file writable "
                    + "and open it again. The file has been left exactly as it was.");
        }
        Path work = SiblingFiles.workFile(project, WORK_PURPOSE);
        SiblingFiles.inUse(work);
        try {
            return upgradeVia(work, project, fromVersion, migrations);
        } finally {
            SiblingFiles.doneWith(work);
        }
    }

    private static Path upgradeVia(Path work, Path project, int fromVersion, SchemaMigrations migrations)
            throws ProjectFileException {
        try {
            SiblingFiles.removeWorkFile(work);
            Files.copy(project, work, StandardCopyOption.COPY_ATTRIBUTES);
            migrate(work, fromVersion, migrations);
            SiblingFiles.force(work);
        } catch (IOException | SQLException | ProjectFileException | RuntimeException e) {
            SiblingFiles.removeQuietly(work);
            throw failed(project, fromVersion, migrations, e);
        }
        Path backup = backupOf(project, fromVersion);
        boolean kept = false;
        try {
            SiblingFiles.keepAs(project, backup);
            kept = true;
            SiblingFiles.replace(work, project);
            return backup;
        } catch (IOException e) {
            SiblingFiles.removeQuietly(work);
            if (kept) {
                // The original never left its name; a second name for it would only puzzle.
                deleteQuietly(backup);
            }
            throw failed(project, fromVersion, migrations, e);
        }
    }

    private static void migrate(Path work, int fromVersion, SchemaMigrations migrations)
            throws SQLException, ProjectFileException {
        Connection connection = DriverManager.getConnection(H2ProjectFiles.url(work, true), "", "");
        try {
            migrations.upgrade(connection, fromVersion);
        } catch (SQLException | RuntimeException e) {
            // The copy is thrown away; no need to let H2 tidy it on close.
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException ignored) {
                // SHUTDOWN IMMEDIATELY closes the connection under us.
            }
            throw e;
        }
        connection.close();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Left behind, it is a harmless extra copy of the untouched original.
        }
    }

    private static ProjectFileException failed(Path project, int fromVersion, SchemaMigrations migrations,
            Exception e) {
        String reason = e instanceof SQLException sql ? StorageFailures.reason(sql)
                : e instanceof IOException io ? FileProblems.reason(io) : String.valueOf(e.getMessage());
        return new ProjectFileException(project, Problem.UPGRADE_FAILED, project.getFileName()
                + " could not be upgraded from project format " + fromVersion + " to "
                + migrations.latestVersion() + " (" + reason + "). The file has been left exactly as it was.", e);
    }
}

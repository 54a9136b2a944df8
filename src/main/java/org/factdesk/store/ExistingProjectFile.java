package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.h2.api.ErrorCode;

/**
 * Opens a project file that is already there: checks that it is a Factdesk project before H2 touches it, takes its
 * lock marker, reads its format through a read-only connection, upgrades an older file on a copy, and connects.
 * A file that is refused keeps every byte, and the reason comes back as a {@link ProjectFileException} written
 * for the user. Immutable; thread-safe; blocking, so never call it on the JavaFX thread.
 */
final class ExistingProjectFile {

    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final SchemaMigrations migrations;

    ExistingProjectFile(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    /**
     * Opens an existing file by its real path: a link and the file it names are one project, so they share one
     * lock marker (beside the real file) and an upgrade replaces the real file, keeping the link.
     */
    Project open(Path named) throws ProjectFileException {
        Path project = lockablePath(named);
        ProjectLock lock = ProjectLock.acquire(project);
        try {
            return openLocked(project, lock);
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Opens the file for reading only: H2 gets {@link H2ProjectFiles#READ_ONLY}, so not one byte of the file
     * changes, damaged or not (a read-write open rewrites H2's bookkeeping and compacts at close). The lock marker
     * is still taken, beside the real file when {@code named} is a link, so no writer has the file open meanwhile.
     * An older file is refused rather than upgraded: upgrading replaces the file, which a read must not do.
     */
    Project openForReading(Path named) throws ProjectFileException {
        // By its real path, as every other open: a workstation that opened the file itself keeps its marker
        // beside the file, not beside a link to it.
        Path project = lockablePath(named);
        ProjectLock lock = ProjectLock.acquire(project);
        try {
            int version = checkReadable(project);
            if (version != migrations.latestVersion()) {
                throw new ProjectFileException(project, Problem.UPGRADE_FAILED, project.getFileName()
                        + " was saved by an older version of Factdesk (project format " + version + "). Open it once "
                        + "in Factdesk (or import into it) to upgrade it; it has been left as it was.");
            }
            return connect(project, lock, true);
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Opens a file we hold the marker of, upgrading an older one on a copy first ({@link ProjectUpgrade}). */
    Project openLocked(Path project, ProjectLock lock) throws ProjectFileException {
        int version = checkReadable(project);
        if (version == migrations.latestVersion()) {
            return connect(project, lock, false);
        }
        Path backup = ProjectUpgrade.upgrade(project, version, migrations);
        try {
            return connect(project, lock, false);
        } catch (ProjectFileException | RuntimeException e) {
            restore(backup, project, e);
            throw e;
        }
    }

    /** The real path of a file that looks like a project both by the name given and by the name it really has. */
    private static Path lockablePath(Path named) throws ProjectFileException {
        checkLooksLikeProject(named);
        Path project = realPath(named);
        ProjectPathSyntax.check(project);
        checkLooksLikeProject(project);
        return project;
    }

    private static Path realPath(Path project) throws ProjectFileException {
        try {
            return project.toRealPath();
        } catch (IOException e) {
            throw new ProjectFileException(project, Problem.UNREADABLE,
                    "Cannot read " + project + ": " + FileProblems.reason(e) + ".", e);
        }
    }

    /** Puts the original back when its upgraded copy does not open, so the user keeps a file that worked. */
    private static void restore(Path backup, Path project, Exception failure) {
        try {
            SiblingFiles.replace(backup, project);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Reads the schema version through a read-only connection, so that a file we refuse keeps every byte: a
     * read-write open rewrites H2's own bookkeeping even when nothing is changed.
     */
    private int checkReadable(Path project) throws ProjectFileException {
        int version;
        try (Connection connection = DriverManager.getConnection(
                H2ProjectFiles.url(project, true) + H2ProjectFiles.READ_ONLY, "", "")) {
            version = SchemaMigrations.storedVersion(connection);
        } catch (SQLException e) {
            throw openFailure(project, e);
        }
        if (version < 0) {
            throw notAProject(project, "It is a database, but not one written by Factdesk.");
        }
        if (version == 0) {
            // A project is never left without its schema: creation writes it at once.
            throw new ProjectFileException(project, Problem.DAMAGED, project.getFileName()
                    + " holds no project: it is empty or damaged. The file has been left as it was.");
        }
        if (version > migrations.latestVersion()) {
            throw new ProjectFileException(project, Problem.NEWER_VERSION, project.getFileName()
                    + " was saved by a newer version of Factdesk (project format " + version
                    + "; this version reads up to " + migrations.latestVersion() + "). Update Factdesk to open it.");
        }
        return version;
    }

    /** Refuses foreign files before H2 touches them: H2 would happily turn an empty file into a database. */
    static void checkLooksLikeProject(Path project) throws ProjectFileException {
        if (!project.getFileName().toString().endsWith(H2ProjectFiles.SUFFIX)) {
            throw notAProject(project, "Factdesk project files end in " + H2ProjectFiles.SUFFIX + ".");
        }
        if (Files.isDirectory(project)) {
            throw new ProjectFileException(project, Problem.NOT_A_PROJECT,
                    project + " is a folder, not a project file.");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(project)) {
            head = in.readNBytes(H2_HEADER.length);
        } catch (IOException e) {
            throw new ProjectFileException(project, Problem.UNREADABLE,
                    "Cannot read " + project + ": " + FileProblems.reason(e) + ".", e);
        }
        if (head.length == 0) {
            throw notAProject(project, "The file is empty.");
        }
        if (!Arrays.equals(head, H2_HEADER)) {
            throw notAProject(project, "It is not a database file.");
        }
    }

    private Project connect(Path project, ProjectLock lock, boolean readOnly) throws ProjectFileException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(
                    H2ProjectFiles.url(project, true) + (readOnly ? H2ProjectFiles.READ_ONLY : ""), "", "");
        } catch (SQLException e) {
            throw openFailure(project, e);
        }
        try {
            if (SchemaMigrations.storedVersion(connection) != migrations.latestVersion()) {
                // Another program changed the file between the read-only check and now.
                throw notAProject(project, "It changed while it was being opened.");
            }
            return new H2Project(project, new ProjectDatabase(connection, project), lock);
        } catch (SQLException e) {
            closeWithoutWriting(connection, e);
            throw openFailure(project, e);
        } catch (ProjectFileException | RuntimeException e) {
            closeWithoutWriting(connection, e);
            throw e;
        }
    }

    /** Closes a file we refused without the compaction H2 does on a normal close, so its bytes stay. */
    private static void closeWithoutWriting(Connection connection, Exception cause) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException ignored) {
            // SHUTDOWN IMMEDIATELY closes the connection under us; that is the point.
        }
        try {
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static ProjectFileException openFailure(Path project, SQLException e) {
        FailedOpens.releaseLeakedLock(e);
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new ProjectFileException(project, Problem.IN_USE,
                    project.getFileName() + " is open in another Factdesk window or program. Close it there first.",
                    e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.UNSUPPORTED_SETTING_1 ->
                    notAProject(project, "It was written by a database this version of Factdesk cannot read.");
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new ProjectFileException(project, Problem.NOT_FOUND, "There is no project file at " + project + ".",
                            e);
            case ErrorCode.WRONG_USER_OR_PASSWORD -> notAProject(project, "It is a database protected by a password.");
            default -> new ProjectFileException(project, Problem.DAMAGED, project.getFileName()
                    + " is damaged and cannot be opened. The file has been left as it was; restore it from a copy.",
                    e);
        };
    }

    private static ProjectFileException notAProject(Path project, String why) {
        return new ProjectFileException(project, Problem.NOT_A_PROJECT,
                project.getFileName() + " is not a Factdesk project. " + why);
    }
}

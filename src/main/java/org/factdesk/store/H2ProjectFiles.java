package org.factdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.ProjectFiles;
import org.factdesk.model.RecoveryReport;
import org.h2.api.ErrorCode;

/**
 * Opens, creates and copies project files: embedded H2 files ({@code *.mv.db}). A file that cannot be opened is
 * left exactly as it was, and the reason comes back as a {@link ProjectFileException} written for the user.
 * Thread-safe; blocking, so never call it on the JavaFX thread.
 */
public final class H2ProjectFiles implements ProjectFiles {

    /** Every project file ends so; H2 adds it to the database name itself. */
    public static final String SUFFIX = ".mv.db";

    /** Appended to {@link #url}: H2 opens the file for reading and never writes to it. */
    static final String READ_ONLY = ";ACCESS_MODE_DATA=r";
    static final String RECOVERY_PURPOSE = "recovering";

    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private final SchemaMigrations migrations;

    public H2ProjectFiles() {
        this(SchemaMigrations.RELEASED);
    }

    H2ProjectFiles(List<SchemaMigrations.Migration> migrations) {
        this.migrations = new SchemaMigrations(migrations);
    }

    /**
     * Registers work to run when the process ends without closing its projects (SIGTERM at a logout, {@code
     * System.exit}), before the store closes them: the workstation writes the edits it still holds. The work runs
     * on the shutdown hook's thread, must not wait for the JavaFX thread, and should bound its own wait.
     */
    public static void beforeClosingAtExit(Runnable work) {
        OpenProjects.beforeClosing(work);
    }

    /**
     * The file name with the project suffix, added if the user left it out. A path that names a folder or nothing
     * comes back as it is, for {@link #open} and {@link #openOrCreate} to refuse in words: {@code .} must not
     * become {@code ..mv.db}, nor a folder {@code folder.mv.db} beside it.
     */
    public static Path withSuffix(Path file) {
        Path name = file.getFileName();
        if (name == null || name.toString().isBlank() || name.toString().equals(".") || name.toString().equals("..")
                || Files.isDirectory(file)) {
            return file;
        }
        return name.toString().endsWith(SUFFIX) ? file : file.resolveSibling(name + SUFFIX);
    }

    @Override
    public Project open(Path file) throws ProjectFileException {
        Path project = checkedPath(file);
        if (!Files.exists(project)) {
            throw new ProjectFileException(project, Problem.NOT_FOUND, "There is no project file at " + project + ".");
        }
        return openExisting(project);
    }

    /**
     * Opens the project, or creates it when no file has its name. A new file is built apart and moved into place
     * complete ({@link NewProjectFile}), under the lock marker, so two processes never both create it and a kill
     * never leaves half a schema behind.
     */
    @Override
    public Project openOrCreate(Path file) throws ProjectFileException {
        Path project = withSuffix(checkedPath(file));
        if (Files.exists(project)) {
            return openExisting(project);
        }
        return create(project, true);
    }

    /**
     * Creates a new, empty project and opens it; never opens or touches a file that is already there, or that
     * another process creates meanwhile. A caller that fails later may delete what this made, and only that.
     */
    public Project createNew(Path file) throws ProjectFileException {
        Path project = withSuffix(checkedPath(file));
        refuseExisting(project);
        return create(project, false);
    }

    /**
     * Builds the copy in a hidden work file beside {@code newFile} ({@code .NAME.recovering.mv.db}) and gives it
     * its name only when complete, under {@code newFile}'s lock marker: a kill or a logout in the middle of a
     * long recovery once left a file that opened as a sound project holding only part of what was recovered.
     */
    @Override
    public RecoveryReport recover(Path damagedFile, Path newFile) throws ProjectFileException {
        Path target = withSuffix(checkedPath(newFile));
        refuseExisting(target);
        refuseMissingFolder(target);
        ProjectLock lock = ProjectLock.acquire(target);
        Path work = SiblingFiles.workFile(target, RECOVERY_PURPOSE);
        SiblingFiles.inUse(work);
        try {
            SiblingFiles.removeWorkFile(work);
            RecoveryReport report;
            try (Project copy = createNew(work)) {
                report = ProjectRecovery.copySound(damagedFile, copy);
            }
            SiblingFiles.force(work);
            SiblingFiles.publishNew(work, target);
            return report;
        } catch (IOException e) {
            throw new ProjectFileException(target, Problem.UNREADABLE, "Cannot create " + target + ": "
                    + FileProblems.reason(e) + ".", e);
        } finally {
            // Only the work file is removed: an existing file of the new name is never opened or replaced.
            SiblingFiles.removeQuietly(work);
            SiblingFiles.doneWith(work);
            lock.close();
        }
    }

    private static void refuseMissingFolder(Path project) throws ProjectFileException {
        if (project.getParent() != null && !Files.isDirectory(project.getParent())) {
            throw new ProjectFileException(project, Problem.NOT_FOUND,
                    "Cannot create " + project + ": the folder " + project.getParent() + " does not exist.");
        }
    }

    private static void refuseExisting(Path project) throws ProjectFileException {
        if (Files.exists(project, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectFileException(project, Problem.UNREADABLE, project + " already exists; Factdesk "
                    + "writes a new project file here and never replaces one.");
        }
    }

    private Project create(Path project, boolean openIfAppeared) throws ProjectFileException {
        if (Files.isSymbolicLink(project)) {
            throw new ProjectFileException(project, Problem.NOT_FOUND, "Cannot create " + project + ": it is a "
                    + "link to " + linkTarget(project) + ", which does not exist. Remove the link or name another "
                    + "file.");
        }
        refuseMissingFolder(project);
        ProjectLock lock = ProjectLock.acquire(project);
        try {
            if (Files.exists(project, LinkOption.NOFOLLOW_LINKS)) {
                if (!openIfAppeared) {
                    throw new ProjectFileException(project, Problem.UNREADABLE, project + " was created by "
                            + "another program at the same moment; Factdesk left it as it was.");
                }
                // Another process created it while we waited for the marker; open what it made.
                checkLooksLikeProject(project);
            } else {
                NewProjectFile.build(project, migrations);
            }
            return openLocked(project, lock);
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a file that cannot be read";
        }
    }

    /**
     * Opens the project for reading only: H2 gets {@code ACCESS_MODE_DATA=r}, so not one byte of the file changes,
     * damaged or not (a read-write open rewrites H2's bookkeeping and compacts at close). The lock marker is still
     * taken, beside the real file when {@code file} is a link, so no writer has the file open meanwhile. An older
     * file is refused rather than upgraded: upgrading replaces the file, which a read must not do.
     */
    @Override
    public Project openForReading(Path file) throws ProjectFileException {
        Path named = checkedPath(file);
        if (!Files.exists(named)) {
            throw new ProjectFileException(named, Problem.NOT_FOUND, "There is no project file at " + named + ".");
        }
        checkLooksLikeProject(named);
        // By its real path, as every other open: a workstation that opened the file itself keeps its marker
        // beside the file, not beside a link to it.
        Path project = realPath(named);
        ProjectPathSyntax.check(project);
        checkLooksLikeProject(project);
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

    /**
     * The absolute project path the user meant, or a clear refusal when it names a folder or nothing: {@code
     * import .} once wrote {@code ../FOLDER.mv.db}.
     */
    static Path checkedPath(Path file) throws ProjectFileException {
        if (file.toString().isBlank()) {
            throw new ProjectFileException(file, Problem.NOT_A_PROJECT,
                    "No project file was named: the path is empty. Name a file such as news.mv.db.");
        }
        Path absolute = file.toAbsolutePath().normalize();
        ProjectPathSyntax.check(absolute);
        Path name = file.getFileName();
        if (name == null || name.toString().equals(".") || name.toString().equals("..")
                || absolute.getFileName() == null || Files.isDirectory(absolute)) {
            throw new ProjectFileException(absolute, Problem.NOT_A_PROJECT, absolute
                    + " is a folder, not a project file. Name a file in it, such as "
                    + absolute.resolve("news" + SUFFIX) + ".");
        }
        return absolute;
    }

    /**
     * Opens an existing file by its real path: a link and the file it names are one project, so they share one
     * lock marker (beside the real file) and an upgrade replaces the real file, keeping the link.
     */
    private Project openExisting(Path named) throws ProjectFileException {
        checkLooksLikeProject(named);
        Path project = realPath(named);
        ProjectPathSyntax.check(project);
        checkLooksLikeProject(project);
        ProjectLock lock = ProjectLock.acquire(project);
        try {
            return openLocked(project, lock);
        } catch (ProjectFileException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Path realPath(Path project) throws ProjectFileException {
        try {
            return project.toRealPath();
        } catch (IOException e) {
            throw new ProjectFileException(project, Problem.UNREADABLE,
                    "Cannot read " + project + ": " + FileProblems.reason(e) + ".", e);
        }
    }

    /** Opens a file we hold the marker of, upgrading an older one on a copy first ({@link ProjectUpgrade}). */
    private Project openLocked(Path project, ProjectLock lock) throws ProjectFileException {
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
        try (Connection connection = DriverManager.getConnection(url(project, true) + READ_ONLY, "", "")) {
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
    private static void checkLooksLikeProject(Path project) throws ProjectFileException {
        if (!project.getFileName().toString().endsWith(SUFFIX)) {
            throw notAProject(project, "Factdesk project files end in " + SUFFIX + ".");
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
        if (!java.util.Arrays.equals(head, H2_HEADER)) {
            throw notAProject(project, "It is not a database file.");
        }
    }

    private Project connect(Path project, ProjectLock lock, boolean readOnly) throws ProjectFileException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(url(project, true) + (readOnly ? READ_ONLY : ""), "", "");
        } catch (SQLException e) {
            throw openFailure(project, e);
        }
        try {
            if (SchemaMigrations.storedVersion(connection) != migrations.latestVersion()) {
                // Another program changed the file between the read-only check and now.
                throw notAProject(project, "It changed while it was being opened.");
            }
            return new H2Project(project, new ProjectDatabase(connection), lock);
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

    /**
     * Refuses a path whose characters H2 would not read as a plain file name (see {@link ProjectPathSyntax}), with
     * one line that names the path and the character. Callers that take paths from a user check them with this
     * before they create or touch anything.
     */
    public static void checkUsablePath(Path file) throws ProjectFileException {
        ProjectPathSyntax.check(file.toAbsolutePath().normalize());
    }

    /** The JDBC URL of {@code project}; refuses a path H2 would misread, so no caller can build one unchecked. */
    static String url(Path project, boolean mustExist) throws ProjectFileException {
        ProjectPathSyntax.check(project);
        String name = project.toString();
        String base = name.substring(0, name.length() - SUFFIX.length());
        // WRITE_DELAY=0: every commit is written to the file before the call returns (a killed process loses nothing
        // committed). IFEXISTS stops H2 from creating a new database when a file vanished between checks.
        // DB_CLOSE_ON_EXIT=FALSE: OpenProjects closes our projects at exit, after the work under way; H2's own
        // hook would close the file under a transaction.
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" + (mustExist ? ";IFEXISTS=TRUE" : "");
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

    @Override
    public void saveCopy(Project project, Path target) throws ProjectFileException {
        Path copy = withSuffix(target.toAbsolutePath().normalize());
        ProjectPathSyntax.check(copy);
        if (Files.exists(copy)) {
            throw new ProjectFileException(copy, Problem.UNREADABLE, copy + " already exists.");
        }
        H2Project h2 = (H2Project) project;
        Path zip = null;
        try {
            zip = Files.createTempFile("factdesk-copy", ".zip");
            Files.delete(zip);
            Path backup = zip;
            h2.database().withConnection(connection -> {
                try (Statement statement = connection.createStatement()) {
                    // BACKUP is online and consistent, even while other edits come in.
                    statement.execute("BACKUP TO '" + backup.toString().replace("'", "''") + "'");
                }
                return null;
            });
            publishCopy(zip, copy);
        } catch (FileAlreadyExistsException e) {
            throw new ProjectFileException(copy, Problem.UNREADABLE, copy + " was created by another program at "
                    + "the same moment; Factdesk left it as it was.", e);
        } catch (IOException e) {
            throw new ProjectFileException(copy, Problem.UNREADABLE,
                    "Could not save a copy to " + copy + ": " + FileProblems.reason(e) + ".", e);
        } catch (RuntimeException e) {
            throw new ProjectFileException(copy, Problem.UNREADABLE,
                    "Could not save a copy to " + copy + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(zip);
        }
    }

    @Override
    public Optional<String> whyNotOverwritable(Path file) {
        return OverwriteGuard.whyNotOverwritable(file);
    }

    /**
     * The copy gets its name only once all its bytes are on the disk, so a kill never leaves half a project under
     * the name the editor chose.
     */
    private static void publishCopy(Path zip, Path copy) throws IOException {
        Path work = SiblingFiles.workFile(copy, "copying");
        SiblingFiles.removeWorkFile(work);
        try {
            unzipDatabase(zip, work);
            SiblingFiles.force(work);
            SiblingFiles.publishNew(work, copy);
        } finally {
            SiblingFiles.removeWorkFile(work);
        }
    }

    private static void unzipDatabase(Path zip, Path copy) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(SUFFIX)) {
                    Files.copy(in, copy);
                    return;
                }
            }
        }
        throw new IOException("the backup held no database file");
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A stray temporary file is not worth failing the copy for.
        }
    }
}

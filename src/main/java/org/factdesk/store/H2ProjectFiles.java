package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.ProjectFiles;
import org.factdesk.model.RecoveryReport;

/**
 * Opens, creates, recovers and copies project files: embedded H2 files ({@code *.mv.db}). The one entry the layers
 * above use: it checks the paths a user gives and hands each job to the class that does it ({@link
 * ExistingProjectFile}, {@link NewProjectFile}, {@link RecoveredProjectFile}, {@link CopiedProjectFile}). A file
 * that cannot be opened is left exactly as it was, and the reason comes back as a {@link ProjectFileException}
 * written for the user. Thread-safe; blocking, so never call it on the JavaFX thread.
 */
public final class H2ProjectFiles implements ProjectFiles {

    /** Every project file ends so; H2 adds it to the database name itself. */
    public static final String SUFFIX = ".mv.db";

    /** Appended to {@link #url}: H2 opens the file for reading and never writes to it. */
    static final String READ_ONLY = ";ACCESS_MODE_DATA=r";
    /** What the work file of a recovery is named for: {@code .NAME.recovering.mv.db}. */
    static final String RECOVERY_PURPOSE = RecoveredProjectFile.WORK_PURPOSE;

    private final SchemaMigrations migrations;
    private final ExistingProjectFile existing;

    public H2ProjectFiles() {
        this(SchemaMigrations.RELEASED);
    }

    H2ProjectFiles(List<SchemaMigrations.Migration> migrations) {
        this.migrations = new SchemaMigrations(migrations);
        this.existing = new ExistingProjectFile(this.migrations);
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
        return existing.open(project);
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
            return existing.open(project);
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
     * Builds the copy apart and gives it its name only when complete ({@link RecoveredProjectFile}), so a kill in
     * the middle of a long recovery never leaves a file of the new name.
     */
    @Override
    public RecoveryReport recover(Path damagedFile, Path newFile) throws ProjectFileException {
        Path target = withSuffix(checkedPath(newFile));
        refuseExisting(target);
        refuseMissingFolder(target);
        return RecoveredProjectFile.build(damagedFile, target, this::createNew);
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
                ExistingProjectFile.checkLooksLikeProject(project);
            } else {
                NewProjectFile.build(project, migrations);
            }
            return existing.openLocked(project, lock);
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
     * Opens the project for reading only: not one byte of the file changes, damaged or not (a read-write open
     * rewrites H2's bookkeeping and compacts at close). See {@link ExistingProjectFile#openForReading}.
     */
    @Override
    public Project openForReading(Path file) throws ProjectFileException {
        Path named = checkedPath(file);
        if (!Files.exists(named)) {
            throw new ProjectFileException(named, Problem.NOT_FOUND, "There is no project file at " + named + ".");
        }
        return existing.openForReading(named);
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

    @Override
    public void saveCopy(Project project, Path target) throws ProjectFileException {
        CopiedProjectFile.save(project, target);
    }

    @Override
    public Optional<String> whyNotOverwritable(Path file) {
        return OverwriteGuard.whyNotOverwritable(file);
    }
}

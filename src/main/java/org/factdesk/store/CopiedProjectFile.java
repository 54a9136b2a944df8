package org.factdesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Writes a consistent copy of an open project under a new name ("Save a copy as…"). H2's {@code BACKUP} takes the
 * copy online, while edits keep coming in, into a temporary zip; the database is unpacked into a hidden work file
 * beside the target ({@code .NAME.copying.mv.db}), forced to disk, and published under the target's name in one
 * step that refuses to replace a file. A kill never leaves half a project under the name the editor chose.
 * Stateless; blocking, so never call it on the JavaFX thread.
 */
final class CopiedProjectFile {

    static final String WORK_PURPOSE = "copying";

    private CopiedProjectFile() {
    }

    static void save(Project project, Path target) throws ProjectFileException {
        Path copy = H2ProjectFiles.withSuffix(target.toAbsolutePath().normalize());
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
            publish(zip, copy);
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

    /** The copy gets its name only once all its bytes are on the disk. */
    private static void publish(Path zip, Path copy) throws IOException {
        Path work = SiblingFiles.workFile(copy, WORK_PURPOSE);
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
                if (entry.getName().endsWith(H2ProjectFiles.SUFFIX)) {
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

package org.factdesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;

/**
 * Builds a new project file apart and only then gives it the project's name. H2 commits each {@code CREATE
 * TABLE} by itself, so a schema built in place and interrupted by a kill would leave a file that is neither
 * empty nor a project. Here the schema is built in a hidden work file beside the target ({@code
 * .NAME.creating.mv.db}), closed, forced to disk, and published under the target's name in one atomic step
 * that refuses to replace a file that appeared meanwhile. A kill at any moment leaves no project file or a
 * complete, empty one; a work file left by a killed attempt is removed by the next. The caller holds the
 * target's lock marker, so no other Factdesk builds the same file. Stateless; blocking.
 */
final class NewProjectFile {

    static final String WORK_PURPOSE = "creating";

    private NewProjectFile() {
    }

    static void build(Path project, SchemaMigrations migrations) throws ProjectFileException {
        Path work = SiblingFiles.workFile(project, WORK_PURPOSE);
        SiblingFiles.inUse(work);
        try {
            SiblingFiles.removeWorkFile(work);
            try (Connection connection = DriverManager.getConnection(H2ProjectFiles.url(work, false), "", "")) {
                migrations.upgrade(connection, 0);
            }
            SiblingFiles.force(work);
            SiblingFiles.publishNew(work, project);
        } catch (FileAlreadyExistsException e) {
            SiblingFiles.removeQuietly(work);
            throw new ProjectFileException(project, Problem.IN_USE, "Cannot create " + project + ": another "
                    + "program created a file of that name at the same moment. Nothing was written to it.", e);
        } catch (IOException e) {
            SiblingFiles.removeQuietly(work);
            throw new ProjectFileException(project, Problem.UNREADABLE, "Cannot create " + project + ": "
                    + FileProblems.reason(e) + ".", e);
        } catch (SQLException e) {
            SiblingFiles.removeQuietly(work);
            throw new ProjectFileException(project, Problem.UNREADABLE, "Cannot create " + project + ": "
                    + StorageFailures.reason(e) + ".", e);
        } finally {
            SiblingFiles.doneWith(work);
        }
    }
}

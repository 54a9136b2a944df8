package org.factdesk.store;

import java.io.IOException;
import java.nio.file.Path;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFileException;
import org.factdesk.model.ProjectFileException.Problem;
import org.factdesk.model.RecoveryReport;

/**
 * Builds a recovered project apart and only then gives it its name. A recovery of a large file takes long, and
 * a kill or a logout in the middle of one once left a file that opened as a sound project holding only part of
 * what was recovered. Here the copy is built in a hidden work file beside the target ({@code
 * .NAME.recovering.mv.db}), under the target's lock marker, forced to disk and published whole in one atomic
 * step that refuses to replace a file of the target's name; a work file left by a killed recovery is removed by
 * the next. What is copied is {@link ProjectRecovery}'s business. Stateless; blocking, on the calling thread.
 */
final class RecoveredProjectFile {

    static final String WORK_PURPOSE = "recovering";

    /** Creates the new, empty project the copy is made in; never opens or replaces an existing file. */
    @FunctionalInterface
    interface EmptyProjects {
        Project createNew(Path file) throws ProjectFileException;
    }

    private RecoveredProjectFile() {
    }

    /**
     * Copies what is sound in {@code damagedFile} into a new project named {@code target}, which the caller has
     * checked does not exist. On any failure only the work file is removed: a file of the target's name that
     * appeared meanwhile is never opened or replaced.
     */
    static RecoveryReport build(Path damagedFile, Path target, EmptyProjects projects) throws ProjectFileException {
        ProjectLock lock = ProjectLock.acquire(target);
        Path work = SiblingFiles.workFile(target, WORK_PURPOSE);
        SiblingFiles.inUse(work);
        try {
            SiblingFiles.removeWorkFile(work);
            RecoveryReport report;
            try (Project copy = projects.createNew(work)) {
                report = ProjectRecovery.copySound(damagedFile, copy);
            }
            SiblingFiles.force(work);
            SiblingFiles.publishNew(work, target);
            return report;
        } catch (IOException e) {
            throw new ProjectFileException(target, Problem.UNREADABLE, "Cannot create " + target + ": "
                    + FileProblems.reason(e) + ".", e);
        } finally {
            SiblingFiles.removeQuietly(work);
            SiblingFiles.doneWith(work);
            lock.close();
        }
    }
}

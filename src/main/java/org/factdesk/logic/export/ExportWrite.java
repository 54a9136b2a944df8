package org.factdesk.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.factdesk.model.Project;
import org.factdesk.model.ProjectFiles;

/**
 * Puts a finished export where the user asked, after refusing the targets an export must never replace: the
 * project being exported, and anything the store says holds a project (another project, a path or link leading
 * to one, one that another process has open). The command line and the workstation's Export menu both write
 * through here, so both refuse the same targets. Stateless apart from its store; blocking, so keep it off the
 * JavaFX thread.
 */
public final class ExportWrite {

    private final ProjectFiles files;

    public ExportWrite(ProjectFiles files) {
        this.files = files;
    }

    /**
     * Writes {@code text} to {@code target} as {@link WholeFileWrite} does.
     *
     * @throws RefusedTargetException if the target must not be written over; nothing has been written then
     */
    public void write(Project exported, Path target, String text) throws IOException {
        refuseProjects(exported, target);
        WholeFileWrite.write(target, text);
    }

    private void refuseProjects(Project exported, Path target) throws RefusedTargetException {
        if (isSameFile(exported.file(), target)) {
            throw new RefusedTargetException(target, "it is the project being exported");
        }
        Optional<String> why = files.whyNotOverwritable(target);
        if (why.isPresent()) {
            throw new RefusedTargetException(target, why.get());
        }
    }

    private static boolean isSameFile(Path project, Path target) {
        try {
            return Files.exists(target) && Files.isSameFile(project, target);
        } catch (IOException e) {
            return false;
        }
    }
}

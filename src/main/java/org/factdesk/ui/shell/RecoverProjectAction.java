package org.factdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * File › Recover a damaged project…: asks for the damaged file and for the new file, runs the recovery in the
 * background, then shows what was copied and what was left out, with the new project one button away. The
 * damaged file is only read. JavaFX thread.
 */
final class RecoverProjectAction {

    private static final String KIND = "Factdesk projects";
    private static final String EXTENSION = ".mv.db";

    private final ShellModel shell;
    private final FileChoosers files;
    private final Supplier<Window> owner;

    RecoverProjectAction(ShellModel shell, FileChoosers files, Supplier<Window> owner) {
        this.shell = shell;
        this.files = files;
        this.owner = owner;
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the session reports a recovery that fails
    void run(Path folder) {
        Optional<Path> damaged = files.open(owner.get(),
                new FileChoosers.Request("Recover a damaged project", KIND, EXTENSION, null, folder));
        if (damaged.isEmpty()) {
            return;
        }
        Optional<Path> target = files.save(owner.get(), new FileChoosers.Request("Save the recovered project as",
                KIND, EXTENSION, ShellModel.suggestedRecoveryName(damaged.get()), damaged.get().getParent()));
        target.ifPresent(newFile -> shell.recover(damaged.get(), newFile).thenAccept(report -> {
            if (RecoveryReportDialog.show(owner.get(), damaged.get(), newFile, report)) {
                shell.openProject(newFile);
            }
        }));
    }
}

package org.factdesk.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code factdesk open}: starts the desktop workstation on a project file rather than the last one, as a file
 * manager does for a double-clicked project. Problems with the file are shown in the window, as for File > Open.
 * One run, on the main thread.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Start the desktop workstation on a project file instead of the last project "
                + "(needs a display).")
final class OpenCommand implements Callable<Integer> {

    private final Desktop desktop;

    @Parameters(index = "0", paramLabel = "<project.mv.db>", description = "The project file to open.")
    Path projectFile;

    @Spec
    CommandSpec spec;

    OpenCommand(Desktop desktop) {
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        return desktop.start(Optional.of(projectFile.toAbsolutePath()), spec.commandLine().getErr());
    }
}

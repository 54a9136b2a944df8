package org.factdesk.ui.source;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts a file import in a source pane as dropping the files on it does, for window tests outside this
 * package (the import's outcome type is the package's own). Test helper; JavaFX thread.
 */
public final class PaneImports {

    private PaneImports() {
    }

    public static void openFiles(SourcePane pane, List<Path> files) {
        pane.model().openFiles(files);
    }
}

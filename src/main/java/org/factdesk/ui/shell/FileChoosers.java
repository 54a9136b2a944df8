package org.factdesk.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user for a file to open or to save to. The window asks through this, so tests can answer without a
 * native dialog. JavaFX thread.
 */
public interface FileChoosers {

    /** What to ask: a title, the kind of file ("Factdesk projects"), its extension, and a suggested name. */
    record Request(String title, String kind, String extension, String suggestedName, Path folder) {
    }

    Optional<Path> open(Window owner, Request request);

    Optional<Path> save(Window owner, Request request);

    /** The platform's own file dialogs. */
    static FileChoosers native_() {
        return new FileChoosers() {
            @Override
            public Optional<Path> open(Window owner, Request request) {
                return Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, Request request) {
                return Optional.ofNullable(chooser(request).showSaveDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(Request request) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(request.title());
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.kind() + " (*"
                        + request.extension() + ")", "*" + request.extension()));
                if (request.suggestedName() != null) {
                    chooser.setInitialFileName(request.suggestedName());
                }
                if (request.folder() != null && request.folder().toFile().isDirectory()) {
                    chooser.setInitialDirectory(request.folder().toFile());
                }
                return chooser;
            }
        };
    }
}

package org.factdesk.ui.source;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;

/** The source pane's dialogs, owned by the pane's window. JavaFX thread. */
final class SourcePaneDialogs implements SourceDialogs {

    private final Node owner;
    private File lastFolder;

    SourcePaneDialogs(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<SourceDraft> askForPastedSource() {
        SourceForm form = SourceForm.forPaste();
        return SourceDialog.ask(window(), form, "Paste a source", "Add source")
                ? Optional.of(form.toDraft()) : Optional.empty();
    }

    @Override
    public Optional<Source> askForEditedMetadata(Source source) {
        SourceForm form = SourceForm.forEditing(source);
        return SourceDialog.ask(window(), form, "Source details", "Save")
                ? Optional.of(form.applyTo(source)) : Optional.empty();
    }

    @Override
    public List<Path> askForFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open source files");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Text, Markdown, web pages and e-mails", "*.txt", "*.md",
                        "*.markdown", "*.html", "*.htm", "*.xhtml", "*.eml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen == null || chosen.isEmpty()) {
            return List.of();
        }
        lastFolder = chosen.get(0).getParentFile();
        return chosen.stream().map(File::toPath).toList();
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}

package org.factdesk.ui.source;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.factdesk.model.Source;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.common.DialogSizing;

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
                new FileChooser.ExtensionFilter("Articles: text, Markdown, web pages, e-mails, PDF and Word",
                        "*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml", "*.eml", "*.pdf", "*.docx"),
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

    @Override
    public Optional<Path> askForFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Add the articles in a folder");
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File chosen = chooser.showDialog(window());
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen;
        return Optional.of(chosen.toPath());
    }

    @Override
    public boolean askToAddDuplicate(String fileName, Source existing) {
        ButtonType keep = new ButtonType("Keep the existing source", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType add = new ButtonType("Add it anyway", ButtonBar.ButtonData.OK_DONE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, "", keep, add);
        question.setTitle("Same article");
        question.setHeaderText(fileName + " holds an article the project already has.");
        String name = SourceNames.of(existing);
        // A title that ends its sentence inside its quotation marks needs no second full stop after them.
        String ended = name.endsWith(".\u201D") || name.endsWith(".") ? name : name + ".";
        question.setContentText("It is the same page or nearly the same text as source " + existing.id() + ", "
                + ended + " Keeping the existing source leaves its passages and citations as "
                + "they are; adding it makes a second source of the same article.");
        question.initOwner(window());
        // Keeping is the default, so a stray Enter never makes a second copy.
        ((Button) question.getDialogPane().lookupButton(add)).setDefaultButton(false);
        ((Button) question.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return DialogSizing.fitToContent(question).showAndWait().filter(add::equals).isPresent();
    }

    @Override
    public ImportDecision reviewImport(ImportReview review) {
        return ImportReviewDialog.ask(window(), review);
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}

package org.factdesk.ui.source;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.model.SourceDraft;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.source.cleanup.CleanupLinesModel;
import org.factdesk.ui.source.cleanup.CleanupLinesView;

/**
 * The dialog shown before an import is added: what the extraction noticed, the metadata to correct (a
 * {@link SourceForm}), and the text's lines with the clean-up proposal marked ({@link CleanupLinesView}). Add
 * stays in the dialog until the metadata is valid and a line is kept; Cancel (or Esc) adds nothing, and in a
 * batch stops it. A batch also offers Skip and "Add this and the rest as proposed". JavaFX thread.
 */
final class ImportReviewDialog extends Dialog<ImportDecision> {

    static final String TITLE = "Review the source";
    static final String HEADING_ID = "import-heading";
    static final String NOTICES_ID = "import-notices";
    static final String LINES_PROBLEM_ID = "lines-problem";
    static final String ADD = "_Add source";
    static final String ADD_IN_BATCH = "_Add";
    static final String SKIP = "_Skip";
    static final String ADD_REST = "Add this and the _rest as proposed";

    private final ImportReview review;
    private final SourceForm form;
    private final SourceFormFields fields;
    private final CleanupLinesModel lines;
    private final Label linesProblem = new Label("Keep at least one line: a source needs a text.");

    private ImportReviewDialog(Window owner, ImportReview review) {
        this.review = review;
        initOwner(owner);
        setTitle(TITLE);
        DialogSizing.fitToContent(this);
        getDialogPane().getStyleClass().add(SourcePane.DIALOG);
        getDialogPane().getStylesheets().add(SourcePane.STYLESHEET);

        form = SourceForm.forImport(review.extracted().draft());
        fields = new SourceFormFields(form);
        fields.setPrefWidth(360);
        fields.setMinWidth(300);
        lines = new CleanupLinesModel(review.extracted().draft().text(), review.lines());
        CleanupLinesView linesView = new CleanupLinesView(lines);
        linesProblem.setId(LINES_PROBLEM_ID);
        linesProblem.getStyleClass().add(SourcePane.FIELD_PROBLEM);
        showLinesProblem(false);
        VBox linesBox = new VBox(4, linesView, linesProblem);
        VBox.setVgrow(linesView, Priority.ALWAYS);
        HBox.setHgrow(linesBox, Priority.ALWAYS);
        HBox body = new HBox(16, fields, linesBox);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label heading = new Label(review.heading());
        heading.setId(HEADING_ID);
        heading.getStyleClass().add(SourcePane.DIALOG_HEADING);
        VBox content = new VBox(8, heading);
        if (!review.extracted().notices().isEmpty()) {
            Label notices = new Label(String.join("\n", review.extracted().notices()));
            notices.setId(NOTICES_ID);
            notices.setWrapText(true);
            content.getChildren().add(notices);
        }
        content.getChildren().add(body);
        content.setPadding(new Insets(12, 16, 0, 16));
        getDialogPane().setContent(content);
        // Room for the metadata and readable lines, within a 1280×720 screen with its panels.
        getDialogPane().setPrefSize(1080, 600);

        ButtonType add = new ButtonType(review.inBatch() ? ADD_IN_BATCH : ADD, ButtonData.OK_DONE);
        ButtonType skip = new ButtonType(SKIP, ButtonData.NO);
        ButtonType addRest = new ButtonType(ADD_REST, ButtonData.OTHER);
        if (review.inBatch()) {
            getDialogPane().getButtonTypes().addAll(add, skip, addRest, ButtonType.CANCEL);
            refuseUnlessValid(addRest);
            // Its words are longer than the others': the bar would cut them to fit one width for all.
            javafx.scene.control.ButtonBar.setButtonUniformSize(getDialogPane().lookupButton(addRest), false);
        } else {
            getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        }
        refuseUnlessValid(add);
        setResultConverter(button -> {
            if (button == add) {
                return ImportDecision.add(draft());
            }
            if (button == addRest) {
                return ImportDecision.addThisAndTheRest(draft());
            }
            return button == skip ? ImportDecision.skip() : ImportDecision.stop();
        });
        Platform.runLater(linesView.list()::requestFocus);
    }

    /** Shows the review and waits for the editor's answer; Cancel, Esc or closing the window stop. */
    static ImportDecision ask(Window owner, ImportReview review) {
        return new ImportReviewDialog(owner, review).showAndWait().orElse(ImportDecision.stop());
    }

    private void refuseUnlessValid(ButtonType type) {
        Button button = (Button) getDialogPane().lookupButton(type);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            boolean metadata = fields.trySave();
            showLinesProblem(!lines.keepsAnyLine());
            if (!metadata || !lines.keepsAnyLine()) {
                event.consume(); // stay open until there is a source to add
            }
        });
        lines.droppedCountProperty().addListener((observable, old, now) -> {
            if (linesProblem.isVisible()) {
                showLinesProblem(!lines.keepsAnyLine());
            }
        });
    }

    private void showLinesProblem(boolean show) {
        linesProblem.setVisible(show);
        linesProblem.setManaged(show);
    }

    private SourceDraft draft() {
        return form.toDraft(lines.resultText(), review.extracted().draft().importedFrom());
    }
}

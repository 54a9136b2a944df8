package org.factdesk.ui.source;

import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.factdesk.ui.common.DialogSizing;

/**
 * The dialog to paste a source or edit a source's details, over a {@link SourceForm}. Problems are shown under
 * the field they concern, and OK stays in the dialog until there are none. JavaFX thread.
 */
final class SourceDialog extends Dialog<ButtonType> {

    static final String OUTLET_ID = SourceFormFields.OUTLET_ID;
    static final String TITLE_ID = SourceFormFields.TITLE_ID;
    static final String AUTHOR_ID = SourceFormFields.AUTHOR_ID;
    static final String URL_ID = SourceFormFields.URL_ID;
    static final String DATE_ID = SourceFormFields.DATE_ID;
    static final String PERSPECTIVE_ID = SourceFormFields.PERSPECTIVE_ID;
    static final String TEXT_ID = SourceFormFields.TEXT_ID;

    private SourceDialog(Window owner, SourceForm form, String title, String okText) {
        initOwner(owner);
        setTitle(title);
        DialogSizing.fitToContent(this);
        getDialogPane().getStyleClass().add(SourcePane.DIALOG);
        getDialogPane().getStylesheets().add(SourcePane.STYLESHEET);
        ButtonType ok = new ButtonType(okText, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        SourceFormFields fields = new SourceFormFields(form);
        fields.setPadding(new javafx.geometry.Insets(12, 16, 0, 16));
        getDialogPane().setContent(fields);
        getDialogPane().setPrefWidth(form.asksForText() ? 640 : 520);

        Button okButton = (Button) getDialogPane().lookupButton(ok);
        okButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!fields.trySave()) {
                event.consume(); // stay open until the form can be saved
            }
        });
        Platform.runLater(fields.outletField()::requestFocus);
    }

    /** Shows the form; true when the editor saved it (the form is then valid). */
    static boolean ask(Window owner, SourceForm form, String title, String okText) {
        Optional<ButtonType> answer = new SourceDialog(owner, form, title, okText).showAndWait();
        return answer.isPresent() && answer.get().getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE
                && form.problems().isEmpty();
    }
}

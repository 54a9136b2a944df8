package org.factdesk.ui.checks;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.TextEntryGuard;

/**
 * The "Silence a shipped word" dialog over a {@link SilenceWordForm}: one field for the word in any form, a line
 * under it that says as the editor types whether the shipped lexicon flags it and under which entry, and
 * Silence, enabled only when it does. Enter silences; Esc cancels. JavaFX thread.
 */
final class SilenceWordDialog extends Dialog<ButtonType> {

    static final String TITLE = "Silence a shipped word";
    static final String TEXT_ID = "wording-silence-text";
    static final String FINDING_ID = "wording-silence-finding";

    private SilenceWordDialog(Window owner, ProjectWordingModel model, SilenceWordForm form) {
        initOwner(owner);
        setTitle(TITLE);
        setHeaderText("Stop flagging a word of the shipped lexicon in this project");
        DialogSizing.fitToContent(this);
        ButtonType silence = new ButtonType("Silence", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(silence, ButtonType.CANCEL);
        EscapeCloses.install(this, ButtonType.CANCEL);
        Button silenceButton = (Button) getDialogPane().lookupButton(silence);
        silenceButton.disableProperty().bind(form.canSilenceProperty().not());
        silenceButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.silence(form)) {
                event.consume();
            }
        });

        TextField text = new TextField();
        text.setId(TEXT_ID);
        text.setPromptText("The word as a fact uses it, e.g. claimed");
        TextEntryGuard.install(text, Kind.LINE);
        text.textProperty().bindBidirectional(form.textProperty());
        Label label = new Label("Word or phrase");
        label.setLabelFor(text);
        Label finding = new Label();
        finding.setId(FINDING_ID);
        finding.setWrapText(true);
        finding.textProperty().bind(form.findingProperty());
        VBox content = new VBox(6, label, text, finding);
        content.setPadding(new Insets(8, 16, 0, 16));
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(text::requestFocus));
    }

    /** Shows the form, owned by {@code owner}; true when a word was silenced. */
    static boolean ask(Window owner, ProjectWordingModel model, SilenceWordForm form) {
        return new SilenceWordDialog(owner, model, form).showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }
}

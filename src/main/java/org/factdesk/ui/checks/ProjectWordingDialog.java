package org.factdesk.ui.checks;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import org.factdesk.ui.common.DialogSizing;

/**
 * The "Project wording" dialog over a {@link ProjectWordingModel}: the words the open project watches for and
 * the shipped words it silenced, each removable (Remove, or Delete on the list), and the ways to add one
 * ({@link WatchWordDialog}, {@link SilenceWordDialog}). Each change reaches the file at once, so Close (or Esc)
 * only closes. Fits 1280×720 and works by keyboard alone. JavaFX thread.
 */
public final class ProjectWordingDialog extends Dialog<ButtonType> {

    /** The dialog's title, as tests and the window manager see it. */
    public static final String TITLE = "Project wording";
    static final String LIST_ID = "wording-choices";
    static final String NOTE_ID = "wording-note";

    private final ProjectWordingModel model;
    private final ListView<ProjectWordingModel.Row> list = new ListView<>();

    private ProjectWordingDialog(Window owner, ProjectWordingModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(TITLE);
        setHeaderText("Words this project flags besides the shipped lexicon, and shipped words it no longer flags");
        DialogSizing.fitToContent(this);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        EscapeCloses.install(this, ButtonType.CLOSE);

        Label note = new Label();
        note.setId(NOTE_ID);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.textProperty().bind(model.noteProperty());
        VBox content = new VBox(8, choices(), actions(), note);
        content.setPadding(new Insets(8, 16, 0, 16));
        content.setPrefWidth(640);
        getDialogPane().setContent(content);
        // An extra handler: DialogSizing owns setOnShown.
        addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(list::requestFocus));
    }

    /** Shows the dialog, owned by {@code owner}, until the editor closes it. */
    public static void show(Window owner, ProjectWordingModel model) {
        new ProjectWordingDialog(owner, model).showAndWait();
    }

    private ListView<ProjectWordingModel.Row> choices() {
        list.setId(LIST_ID);
        list.setItems(model.rows());
        list.setPrefHeight(260);
        list.setAccessibleText("The project's wording choices");
        list.setCellFactory(view -> new ChoiceCell());
        Label empty = new Label("This project uses the shipped lexicon as it is: it watches for no words of its "
                + "own and flags every shipped one.");
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setPadding(new Insets(16));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE)
                    && !list.getSelectionModel().isEmpty()) {
                removeChosen();
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        return list;
    }

    private HBox actions() {
        Button watch = button("_Watch for a word…", this::watchForAWord);
        Button silence = button("_Silence a shipped word…", this::silenceAWord);
        Button remove = button("_Remove", this::removeChosen);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox actions = new HBox(8, watch, silence, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setMnemonicParsing(true);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void watchForAWord() {
        if (WatchWordDialog.ask(getDialogPane().getScene().getWindow(), model, model.watchForm())) {
            chooseLast();
        }
    }

    private void silenceAWord() {
        if (SilenceWordDialog.ask(getDialogPane().getScene().getWindow(), model, model.silenceForm())) {
            chooseLast();
        }
    }

    private void chooseLast() {
        list.getSelectionModel().select(model.rows().size() - 1);
        list.scrollTo(model.rows().size() - 1);
        list.requestFocus();
    }

    private void removeChosen() {
        ProjectWordingModel.Row chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        model.remove(chosen);
        if (!model.rows().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, model.rows().size() - 1));
        }
        list.requestFocus();
    }

    /** A choice in two lines: what it is in bold, then its suggestions and why, wrapped to the list's width. */
    private final class ChoiceCell extends ListCell<ProjectWordingModel.Row> {

        private final Label headline = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, headline, details);

        ChoiceCell() {
            headline.getStyleClass().add(Styles.TEXT_BOLD);
            details.getStyleClass().add(Styles.TEXT_MUTED);
            for (Label label : new Label[] {headline, details}) {
                label.setWrapText(true);
                // A label wraps at its preferred width: without one bound to the list's, it was cut off instead.
                label.prefWidthProperty().bind(list.widthProperty().subtract(40));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(ProjectWordingModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            headline.setText(row.headline());
            details.setText(row.details());
            setGraphic(box);
            setAccessibleText(row.headline() + ". " + row.details());
        }
    }
}

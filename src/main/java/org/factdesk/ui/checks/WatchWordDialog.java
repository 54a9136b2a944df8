package org.factdesk.ui.checks;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.factdesk.logic.check.wording.Inflection;
import org.factdesk.logic.check.wording.WordingCategory;
import org.factdesk.logic.check.wording.WordingRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.checks.WatchWordForm.Field;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.TabMovesFocus;
import org.factdesk.ui.common.TextEntryGuard;

/**
 * The "Watch for a word" dialog over a {@link WatchWordForm}: a label and a field a row, each field's problem
 * under it, and Watch, which stays disabled until the form is valid. Enter adds the word (in the suggestions'
 * text box it starts a new line); Enter on a form with problems shows them all. Esc cancels. JavaFX thread.
 */
final class WatchWordDialog extends Dialog<ButtonType> {

    static final String TITLE = "Watch for a word";
    static final String TERM_ID = "wording-term";
    static final String CATEGORY_ID = "wording-category";
    static final String SUGGESTIONS_ID = "wording-suggestions";
    static final String WHY_ID = "wording-why";
    static final String FORMS_ID = "wording-forms";

    private final WatchWordForm form;
    private final GridPane grid = new GridPane();
    private int row;

    private WatchWordDialog(Window owner, ProjectWordingModel model, WatchWordForm form) {
        this.form = form;
        initOwner(owner);
        setTitle(TITLE);
        setHeaderText("Flag a word or phrase in this project's facts, besides the shipped lexicon");
        DialogSizing.fitToContent(this);
        ButtonType watch = new ButtonType("Watch", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(watch, ButtonType.CANCEL);
        EscapeCloses.install(this, ButtonType.CANCEL);
        Button watchButton = (Button) getDialogPane().lookupButton(watch);
        watchButton.disableProperty().bind(form.validProperty().not());
        watchButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!model.watch(form)) {
                event.consume(); // stay open and show what is wrong
            }
        });
        // Enter on a form with problems does nothing else (Watch is disabled): it shows them all instead.
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof TextArea)) {
                form.showProblems();
            }
        });

        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        TextField term = textField(TERM_ID, "e.g. stormed out, war chest", Kind.LINE);
        term.textProperty().bindBidirectional(form.termProperty());
        addRow("Word or phrase", term, Field.TERM, muted(FORMS_ID, form.formsProperty()),
                muted("wording-replaces", form.noteProperty()));
        addRow("Kind of wording", categories(), Field.CATEGORY);
        addRow("How it changes", inflections(), Field.INFLECTION);
        TextArea suggestions = new TextArea();
        suggestions.setId(SUGGESTIONS_ID);
        suggestions.setPrefRowCount(2);
        suggestions.setWrapText(true);
        suggestions.setPromptText("Neutral wordings, one a line or separated by commas; none if it should just go");
        TextEntryGuard.install(suggestions, Kind.TEXT);
        TabMovesFocus.install(suggestions);
        suggestions.textProperty().bindBidirectional(form.suggestionsProperty());
        addRow("Suggest instead", suggestions, Field.SUGGESTIONS);
        TextField why = textField(WHY_ID, "One sentence on why it takes a side", Kind.LINE);
        why.textProperty().bindBidirectional(form.whyProperty());
        addRow("Why", why, Field.WHY);
        grid.setPadding(new Insets(8, 16, 0, 16));
        grid.setPrefWidth(620);
        getDialogPane().setContent(grid);
        addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(term::requestFocus));
    }

    /** Shows the form, owned by {@code owner}; true when the word was added. */
    static boolean ask(Window owner, ProjectWordingModel model, WatchWordForm form) {
        return new WatchWordDialog(owner, model, form).showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    private static TextField textField(String id, String prompt, Kind kind) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        TextEntryGuard.install(field, kind);
        return field;
    }

    private ComboBox<WordingCategory> categories() {
        ComboBox<WordingCategory> box = new ComboBox<>();
        box.setId(CATEGORY_ID);
        box.getItems().setAll(WordingCategory.values());
        box.setPromptText("Choose one");
        box.setMaxWidth(Double.MAX_VALUE);
        WordingRules shipped = WordingRules.shipped();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(WordingCategory category) {
                return category == null ? "" : WordingNames.categoryWithExample(category, shipped);
            }

            @Override
            public WordingCategory fromString(String text) {
                return null; // not editable
            }
        });
        box.valueProperty().bindBidirectional(form.categoryProperty());
        return box;
    }

    private VBox inflections() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(4);
        for (Inflection inflection : Inflection.values()) {
            RadioButton choice = new RadioButton(WordingNames.inflection(inflection));
            choice.setId("wording-inflection-" + inflection.fileName());
            choice.setToggleGroup(group);
            choice.setUserData(inflection);
            choice.setWrapText(true);
            choices.getChildren().add(choice);
        }
        group.selectedToggleProperty().addListener((observable, was, now) -> form.inflectionProperty()
                .set(now == null ? null : (Inflection) now.getUserData()));
        return choices;
    }

    private static Label muted(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.textProperty().bind(text);
        shownWhenSet(label);
        return label;
    }

    private static void shownWhenSet(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private void addRow(String name, Node field, Field problemField, Node... notes) {
        Label label = new Label(name);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        Label problem = new Label();
        problem.setId("wording-" + problemField.name().toLowerCase(Locale.ROOT) + "-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(form.problemProperty(problemField));
        shownWhenSet(problem);
        VBox withNotes = new VBox(2, field, problem);
        withNotes.getChildren().addAll(notes);
        grid.add(withNotes, 1, row++);
    }
}

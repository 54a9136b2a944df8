package org.factdesk.ui.source;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.factdesk.logic.importing.SourceDates;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.TabMovesFocus;
import org.factdesk.ui.common.TextEntryGuard;
import org.factdesk.ui.source.SourceForm.Field;

/**
 * The fields of a {@link SourceForm}, a label and a field a row, with each field's problem shown under it once
 * the editor has tried to save: the paste, details and import-review dialogs all show a source's metadata so.
 * JavaFX thread.
 */
final class SourceFormFields extends GridPane {

    static final String OUTLET_ID = "source-outlet";
    static final String TITLE_ID = "source-title";
    static final String AUTHOR_ID = "source-author";
    static final String URL_ID = "source-url";
    static final String DATE_ID = "source-date";
    static final String PERSPECTIVE_ID = "source-perspective";
    static final String TEXT_ID = "source-text";

    private final SourceForm form;
    private final Map<Field, Label> problemLabels = new EnumMap<>(Field.class);
    private final TextField outlet;
    private int row;
    private boolean triedToSave;

    SourceFormFields(SourceForm form) {
        this.form = form;
        setHgap(12);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        // Labels keep their width; the fields give way when the dialog is narrow.
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        outlet = textField(OUTLET_ID, form.outletProperty(), "Publication, e.g. Tidewater Courier");
        addRow("Outlet", outlet, Field.OUTLET);
        addRow("Title", textField(TITLE_ID, form.titleProperty(), ""), Field.TITLE);
        addRow("Author", textField(AUTHOR_ID, form.authorProperty(), ""), Field.AUTHOR);
        addRow("URL", textField(URL_ID, form.urlProperty(), "https://"), Field.URL);
        addRow("Date", datePicker(), Field.DATE);
        addRow("Perspective", textField(PERSPECTIVE_ID, form.perspectiveProperty(),
                "e.g. local news, public broadcaster, trade press"), Field.PERSPECTIVE);
        if (form.asksForText()) {
            TextArea text = new TextArea();
            text.setId(TEXT_ID);
            text.setWrapText(true);
            text.setPrefRowCount(12);
            text.setPromptText("Paste the article's text here");
            TextEntryGuard.install(text, Kind.TEXT);
            // Tab moves on to the buttons, as in every text box; a pasted article keeps the tabs it holds.
            TabMovesFocus.install(text);
            text.textProperty().bindBidirectional(form.textProperty());
            GridPane.setVgrow(text, Priority.ALWAYS);
            addRow("Text", text, Field.TEXT);
        }
    }

    /** The first field, which a dialog focuses when it opens. */
    TextField outletField() {
        return outlet;
    }

    /** Shows each field's problem from now on, as it is typed; true when there are none. */
    boolean trySave() {
        triedToSave = true;
        return showProblems();
    }

    private TextField textField(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        TextEntryGuard.install(field, Kind.LINE);
        field.textProperty().bindBidirectional(value);
        field.textProperty().addListener((observable, old, now) -> refreshProblems());
        return field;
    }

    /**
     * A date picker whose typed text is the form's date. A DatePicker puts its last valid value back into the
     * field when it loses focus; the typed text is kept instead, so that a bad date is explained, not undone.
     */
    private DatePicker datePicker() {
        DatePicker picker = new DatePicker(form.parsedDate());
        picker.setId(DATE_ID);
        picker.setEditable(true);
        picker.setPromptText("2031-06-11 or 11 Jun 2031");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                // DatePicker does not catch a failure on focus loss; keep its value, the form explains the text.
                return SourceDates.read(text).asDate().orElse(picker.getValue());
            }
        });
        picker.getEditor().setText(form.dateProperty().get());
        picker.getEditor().textProperty().addListener((observable, old, now) -> {
            if (picker.getEditor().isFocused()) {
                form.dateProperty().set(now);
                refreshProblems();
            }
        });
        picker.valueProperty().addListener((observable, old, now) -> {
            if (now != null) {
                form.dateProperty().set(now.toString());
                refreshProblems();
            }
        });
        picker.getEditor().focusedProperty().addListener((observable, was, is) -> {
            if (!is) {
                Platform.runLater(() -> picker.getEditor().setText(form.dateProperty().get()));
            }
        });
        return picker;
    }

    private void addRow(String name, Node field, Field problemField) {
        Label label = new Label(name);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(field);
        label.getStyleClass().add(SourcePane.DIALOG_LABEL);
        add(label, 0, row);
        if (problemField == null) {
            add(field, 1, row++);
            return;
        }
        Label problem = new Label();
        problem.getStyleClass().add(SourcePane.FIELD_PROBLEM);
        problem.setWrapText(true);
        problem.setVisible(false);
        problem.setManaged(false);
        problem.setId(problemField.name().toLowerCase(java.util.Locale.ROOT) + "-problem");
        problemLabels.put(problemField, problem);
        VBox withProblem = new VBox(2, field, problem);
        VBox.setVgrow(field, Priority.ALWAYS);
        GridPane.setVgrow(withProblem, GridPane.getVgrow(field));
        add(withProblem, 1, row++);
    }

    private void refreshProblems() {
        if (triedToSave) {
            showProblems();
        }
    }

    /** Shows each field's problem under it; true when there are none. */
    private boolean showProblems() {
        Map<Field, String> problems = form.problems();
        problemLabels.forEach((field, label) -> {
            String problem = problems.get(field);
            label.setText(problem == null ? "" : problem);
            label.setVisible(problem != null);
            label.setManaged(problem != null);
        });
        return problems.isEmpty();
    }
}

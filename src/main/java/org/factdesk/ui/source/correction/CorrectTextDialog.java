package org.factdesk.ui.source.correction;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.factdesk.ui.source.cleanup.CleanupLinesView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.logic.anchoring.CorrectionPreview;
import org.factdesk.logic.importing.ExtractionSettings;
import org.factdesk.logic.text.TextRules.Kind;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.TabMovesFocus;
import org.factdesk.ui.common.TextEntryGuard;

/**
 * The "Correct text" dialog over a {@link CorrectTextModel}: extracting again from the original with its
 * settings (or why it cannot), the proposed text in an editable area, the preview of the passages with each lost
 * one and the facts citing it, and Apply, which asks once more when passages would be lost. A second tab shows
 * the import's line-by-line clean-up over the proposed text. Fits 1280×720 and works by
 * keyboard alone (Tab leaves the text area). JavaFX thread.
 */
public final class CorrectTextDialog extends Dialog<ButtonType> {

    static final String TEXT_ID = "correct-text";
    static final String PREVIEW_ID = "correct-preview";
    static final String PROBLEM_ID = "correct-problem";
    static final String LOST_ID = "correct-lost";
    static final String EXTRACT_ID = "correct-extract";
    static final String NOTE_ID = "correct-extract-note";
    static final String CLEANUP_TAB_ID = "correct-cleanup";
    /** The dialog's title, as tests and the window manager see it. */
    public static final String TITLE = "Correct text";

    private final CorrectTextModel model;
    private final ButtonType apply = new ButtonType("Apply correction", ButtonBar.ButtonData.OK_DONE);

    private CorrectTextDialog(Window owner, CorrectTextModel model) {
        this.model = model;
        initOwner(owner);
        setTitle(TITLE);
        String title = model.subject().source().title();
        setHeaderText("Correct the text of " + (title.isBlank() ? model.subject().source().outlet()
                : "\u201c" + title + "\u201d"));
        DialogSizing.fitToContent(this);
        getDialogPane().getButtonTypes().addAll(apply, ButtonType.CANCEL);
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.disableProperty().bind(model.canApplyProperty().not());
        applyButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.losesPassages() && !confirmLoss()) {
                event.consume();
            }
        });

        TextArea text = textArea();
        VBox content = new VBox(8, extractAgain(), tabs(text), preview());
        content.setPadding(new Insets(8, 16, 0, 16));
        content.setPrefWidth(820);
        // The text grows with the window; its preferred size keeps the dialog, with its buttons, within 720 pixels.
        content.setPrefHeight(480);
        getDialogPane().setContent(content);
        // An extra handler: DialogSizing owns setOnShown.
        addEventHandler(DialogEvent.DIALOG_SHOWN, event -> Platform.runLater(text::requestFocus));
    }

    /** Shows the dialog for {@code model}, owned by the window {@code owner} gives; true when applied. */
    public static CorrectTextDialogs asking(Supplier<Window> owner) {
        return model -> new CorrectTextDialog(owner.get(), model).showAndWait()
                .filter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    private Node extractAgain() {
        Label note = new Label(model.extractAgainNote());
        note.setId(NOTE_ID);
        note.setWrapText(true);
        note.getStyleClass().add(Styles.TEXT_MUTED);
        if (!model.canExtractAgain()) {
            return note;
        }
        Button extract = new Button("E_xtract again");
        extract.setId(EXTRACT_ID);
        extract.setMnemonicParsing(true);
        extract.disableProperty().bind(model.extractingProperty());
        extract.setOnAction(event -> model.extractAgain());
        HBox row = new HBox(12);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().addAll(settings());
        row.getChildren().add(extract);
        return new VBox(4, row, note);
    }

    /** The settings the original's kind of file honours. */
    private List<Node> settings() {
        ExtractionSettings current = model.settingsProperty().get();
        return switch (model.settingsKind()) {
            case WEB_PAGE -> {
                ToggleGroup group = new ToggleGroup();
                RadioButton article = new RadioButton("The article only");
                RadioButton whole = new RadioButton("The whole page text");
                article.setToggleGroup(group);
                whole.setToggleGroup(group);
                (current.articleOnly() ? article : whole).setSelected(true);
                article.selectedProperty().addListener((observable, was, now) -> model.settingsProperty()
                        .set(model.settingsProperty().get().withArticleOnly(now)));
                yield List.of(article, whole);
            }
            case PDF -> {
                CheckBox running = new CheckBox("Drop running headers and footers");
                running.setSelected(current.dropRunningLines());
                running.selectedProperty().addListener((observable, was, now) -> model.settingsProperty()
                        .set(model.settingsProperty().get().withDropRunningLines(now)));
                CheckBox rejoin = new CheckBox("Rejoin wrapped lines");
                rejoin.setSelected(current.rejoinLines());
                rejoin.selectedProperty().addListener((observable, was, now) -> model.settingsProperty()
                        .set(model.settingsProperty().get().withRejoinLines(now)));
                yield List.of(running, rejoin);
            }
            case NONE -> List.of();
        };
    }

    private TextArea textArea() {
        TextArea text = new TextArea();
        text.setId(TEXT_ID);
        text.setWrapText(true);
        text.setPrefRowCount(10); // with the settings, tabs, preview and buttons, it fits 720 pixels
        text.setAccessibleText("The source's text, to correct");
        TextEntryGuard.install(text, Kind.TEXT);
        text.textProperty().bindBidirectional(model.proposedTextProperty());
        TabMovesFocus.install(text);
        VBox.setVgrow(text, Priority.ALWAYS);
        return text;
    }

    private TabPane tabs(TextArea text) {
        Tab edit = new Tab("Text", text);
        Tab cleanup = new Tab("Clean up lines");
        cleanup.setId(CLEANUP_TAB_ID);
        // Built afresh each time the tab is chosen, from the text as it is then (edited or extracted again).
        cleanup.selectedProperty().addListener((observable, was, chosen) -> {
            if (chosen) {
                Label preparing = new Label("Marking the lines to drop…");
                preparing.setPadding(new Insets(12));
                cleanup.setContent(preparing);
                model.cleanUpLines().thenAccept(lines -> {
                    if (cleanup.isSelected()) {
                        CleanupLinesView view = new CleanupLinesView(lines);
                        view.list().setPrefHeight(200); // as tall as the text: the dialog must not outgrow the screen
                        cleanup.setContent(view);
                        view.list().requestFocus();
                    }
                });
            }
        });
        TabPane tabs = new TabPane(edit, cleanup);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return tabs;
    }

    private Node preview() {
        Label line = new Label();
        line.setId(PREVIEW_ID);
        line.textProperty().bind(model.previewLineProperty());
        Label problem = new Label();
        problem.setId(PROBLEM_ID);
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        ListView<String> lost = new ListView<>();
        lost.setId(LOST_ID);
        lost.setPrefHeight(96);
        lost.setFocusTraversable(true);
        lost.setTooltip(new Tooltip("Passages the correction cannot find again, and the facts citing them"));
        model.previewProperty().addListener((observable, was, now) -> showLost(lost, now));
        showLost(lost, model.previewProperty().get());
        Label undo = new Label(CorrectTextModel.UNDO_NOTE);
        undo.setWrapText(true);
        undo.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(4, line, problem, lost, undo);
    }

    private static void showLost(ListView<String> list, CorrectionPreview preview) {
        List<String> rows = preview == null ? List.of() : preview.lost().stream().map(passage -> "Lost: \u201c"
                + passage.quote().replace('\n', ' ') + "\u201d"
                + (passage.citingFacts().isEmpty() ? "  (no fact cites it)"
                        : "  cited by " + String.join("; ", passage.citingFacts()))).toList();
        list.getItems().setAll(rows);
        list.setVisible(!rows.isEmpty());
        list.setManaged(!rows.isEmpty());
    }

    private boolean confirmLoss() {
        int lost = model.previewProperty().get().lost().size();
        ButtonType loseThem = new ButtonType(lost == 1 ? "Apply and lose it" : "Apply and lose them",
                ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType("Go back", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert question = new Alert(Alert.AlertType.CONFIRMATION, "", loseThem, back);
        question.initOwner(getDialogPane().getScene().getWindow());
        question.setTitle("Passages lost");
        question.setHeaderText(lost == 1 ? "1 cited passage will be lost."
                : lost + " cited passages will be lost.");
        question.setContentText("A lost passage keeps its last quote and shows as \u201cpassage lost\u201d on the facts "
                + "citing it, which are flagged for checking. It is never moved again.");
        // Going back is the default, so a stray Enter never loses a passage.
        ((Button) question.getDialogPane().lookupButton(loseThem)).setDefaultButton(false);
        ((Button) question.getDialogPane().lookupButton(back)).setDefaultButton(true);
        return DialogSizing.fitToContent(question).showAndWait().filter(loseThem::equals).isPresent();
    }
}

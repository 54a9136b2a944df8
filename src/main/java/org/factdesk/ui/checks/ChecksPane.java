package org.factdesk.ui.checks;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Checks panel: the findings on the open story, kept current as the editor types. Moving through the list
 * (arrow keys or a click) shows each finding's place and passage without leaving the list; Enter or a
 * double-click goes to the place to fix it. A finding can be ignored (and the ignore taken back with "Show
 * ignored"). Built in code; JavaFX thread.
 */
public final class ChecksPane extends BorderPane {

    static final String STYLE = "checks-pane";
    /** The toolbar's button that opens the project's wording choices. */
    public static final String WORDING_BUTTON_ID = "checks-project-wording";

    private final ChecksModel model;
    private final ListView<FindingRow> list = new ListView<>();
    private boolean refilling;
    /** The key of the finding last chosen: the list clears its selection whenever its rows are replaced. */
    private String chosenKey;

    public ChecksPane(ChecksModel model) {
        this.model = model;
        getStyleClass().add(STYLE);
        getStylesheets().add(ChecksPane.class.getResource("checks.css").toExternalForm());
        setTop(toolbar());
        setCenter(findings());
        setBottom(footer());
    }

    private HBox toolbar() {
        Label summary = new Label();
        summary.getStyleClass().add("checks-summary");
        // The count is what the panel is for: the buttons give way first in a narrow column.
        summary.setMinWidth(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        model.errorCountProperty().addListener((observable, was, now) -> markErrors(summary, now.intValue()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToggleButton showIgnored = new ToggleButton();
        showIgnored.textProperty().bind(Bindings.concat("Ignored (", model.ignoredCountProperty(), ")"));
        showIgnored.selectedProperty().bindBidirectional(model.showIgnoredProperty());
        showIgnored.setTooltip(new Tooltip("List the findings ignored in this story too, to take an ignore back"));
        // Only there while there is something to show: the panel is short at 720 pixels.
        showIgnored.visibleProperty().bind(model.ignoredCountProperty().greaterThan(0)
                .or(showIgnored.selectedProperty()));
        showIgnored.managedProperty().bind(showIgnored.visibleProperty());
        Button ignore = new Button();
        ignore.setMnemonicParsing(true);
        ignore.textProperty().bind(Bindings.createStringBinding(() -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            return chosen != null && chosen.isIgnored() ? "_Restore" : "_Ignore";
        }, list.getSelectionModel().selectedItemProperty()));
        Tooltip ignoreTip = new Tooltip();
        ignoreTip.textProperty().bind(Bindings.createStringBinding(() -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            return chosen != null && chosen.isNumber() && !chosen.isIgnored()
                    ? "Mark the number checked: you worked it out yourself (a sum, a conversion); stored in the "
                    + "project with your name"
                    : "Ignore the chosen finding in this story (stored in the project with your name), or take the "
                    + "ignore back";
        }, list.getSelectionModel().selectedItemProperty()));
        ignore.setTooltip(ignoreTip);
        ignore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        ignore.setOnAction(event -> toggleIgnore());
        Button wording = new Button(null, Icons.of(Feather.SLIDERS));
        wording.setId(WORDING_BUTTON_ID);
        wording.getStyleClass().add(Styles.BUTTON_ICON);
        String tip = "Project wording…: the words this project flags besides the shipped ones, and those it no "
                + "longer flags";
        wording.setTooltip(new Tooltip(tip));
        wording.setAccessibleText(tip);
        wording.disableProperty().bind(Bindings.not(model.projectOpenProperty()));
        wording.setOnAction(event -> openProjectWording(getScene().getWindow()));
        for (ButtonBase button : new ButtonBase[] {showIgnored, ignore, wording}) {
            button.getStyleClass().add(Styles.SMALL);
        }
        HBox toolbar = new HBox(8, summary, gap, showIgnored, ignore, wording);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("pane-toolbar");
        return toolbar;
    }

    private static void markErrors(Label summary, int errors) {
        summary.getStyleClass().remove("has-errors");
        if (errors > 0) {
            summary.getStyleClass().add("has-errors");
        }
    }

    private ListView<FindingRow> findings() {
        list.setItems(model.rows());
        list.setCellFactory(view -> new FindingCell());
        list.setAccessibleText("Findings of the checks");
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.summaryProperty());
        placeholder.getStyleClass().add("checks-placeholder");
        list.setPlaceholder(placeholder);
        model.rows().addListener((ListChangeListener<FindingRow>) change -> keepChoice());
        list.getSelectionModel().selectedItemProperty().addListener((observable, was, now) -> {
            if (now != null) {
                chosenKey = now.finding().key();
            }
            if (!refilling && now != null && list.isFocused()) {
                model.show(now, false);
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && chosen != null) {
                model.show(chosen, event.getClickCount() > 1);
            }
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && chosen != null) {
                model.show(chosen, true);
                event.consume();
            }
        });
        MenuItem show = new MenuItem("Go to the place");
        show.setOnAction(event -> goTo());
        MenuItem ignore = new MenuItem();
        ignore.textProperty().bind(Bindings.createStringBinding(() -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null ? "Ignore in this story" : chosen.isIgnored() ? "Restore in this story"
                    : chosen.isNumber() ? "Mark the number checked" : "Ignore in this story";
        }, list.getSelectionModel().selectedItemProperty()));
        ignore.setOnAction(event -> toggleIgnore());
        MenuItem silence = new MenuItem();
        silence.textProperty().bind(Bindings.createStringBinding(() -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            return chosen == null ? "" : chosen.finding().term().map(term -> "Stop flagging \u201C" + term
                    + "\u201D in this project").orElse("");
        }, list.getSelectionModel().selectedItemProperty()));
        silence.visibleProperty().bind(silence.textProperty().isNotEmpty());
        silence.setOnAction(event -> {
            FindingRow chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                model.silenceTerm(chosen);
            }
        });
        list.setContextMenu(new ContextMenu(show, ignore, silence));
        return list;
    }

    private VBox footer() {
        // One line, cut short if need be, with the whole of it in the tooltip: the list needs the height.
        Label shares = new Label();
        shares.getStyleClass().add("checks-shares");
        shares.textProperty().bind(model.sharesProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.concat("Each outlet's and perspective's share of the facts that cite a "
                + "source.\n", model.sharesProperty()));
        whole.setWrapText(true);
        whole.setMaxWidth(420);
        shares.setTooltip(whole);
        Label problem = new Label();
        problem.getStyleClass().add("checks-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(() -> String.join(" ",
                model.problemProperty().get(), model.ignoresProblemProperty().get(),
                model.wordingProblemsProperty().get()).strip().replaceAll(" {2,}", " "),
                model.problemProperty(), model.ignoresProblemProperty(), model.wordingProblemsProperty()));
        for (Label label : new Label[] {shares, problem}) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
            label.setMaxWidth(Double.MAX_VALUE);
        }
        return new VBox(problem, shares);
    }

    /** After a new run the same finding stays chosen, found by its key, and nothing is shown again. */
    private void keepChoice() {
        if (chosenKey == null) {
            return;
        }
        refilling = true;
        try {
            for (int i = 0; i < model.rows().size(); i++) {
                if (model.rows().get(i).finding().key().equals(chosenKey)) {
                    list.getSelectionModel().select(i);
                    return;
                }
            }
        } finally {
            refilling = false;
        }
    }

    private void toggleIgnore() {
        FindingRow chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        if (chosen.isIgnored()) {
            model.restore(chosen);
        } else {
            model.ignore(chosen);
        }
        if (list.getSelectionModel().getSelectedItem() == null && !model.rows().isEmpty()) {
            list.getSelectionModel().select(Math.min(at, model.rows().size() - 1));
        }
        list.requestFocus();
    }

    private void goTo() {
        FindingRow chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.show(chosen, true);
        }
    }

    // ---- for the window's menus

    /** Opens the project's wording choices to list and change them; nothing without a project. */
    public void openProjectWording(Window owner) {
        if (model.projectOpenProperty().get()) {
            ProjectWordingDialog.show(owner, new ProjectWordingModel(model.wording()));
        }
    }

    /** Puts the keyboard on the list of findings, choosing (and showing) the first if none is chosen. */
    public void focusFindings() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !model.rows().isEmpty()) {
            list.getSelectionModel().select(0);
        }
        list.scrollTo(Math.max(0, list.getSelectionModel().getSelectedIndex()));
    }

    /** Puts the keyboard on the list with the first error chosen, in view and its place shown: before an export. */
    public void focusFirstError() {
        list.requestFocus();
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).isError()) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
                model.show(model.rows().get(i), false);
                return;
            }
        }
        focusFindings();
    }

    /** Chooses the next ({@code step} 1) or previous (-1) finding, going round, and goes to its place. */
    public void goToNext(int step) {
        int count = model.rows().size();
        if (count == 0) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (step > 0 ? 0 : count - 1) : Math.floorMod(at + step, count);
        refilling = true;
        try {
            list.getSelectionModel().select(next);
        } finally {
            refilling = false;
        }
        list.scrollTo(next);
        model.show(model.rows().get(next), true);
    }
}

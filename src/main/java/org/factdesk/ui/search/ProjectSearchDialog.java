package org.factdesk.ui.search;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.Shortcut;

/**
 * "Search the project" (Ctrl+Shift+F): a query field, a status line and the hits grouped by source. It searches
 * a moment after typing stops, or at once on Enter; Down goes to the hits; Enter or a click on a hit shows it in
 * the source pane and closes the window, which keeps its query and hits for the next opening. Works by keyboard
 * alone and fits a 1280×720 screen. Built once per window, opened again and again. JavaFX thread.
 */
public final class ProjectSearchDialog {

    static final String QUERY_ID = "search-query";
    static final String RESULTS_ID = "search-results";
    static final String STATUS_ID = "search-status";
    /** How long typing must pause before a search starts, so each keystroke does not search. */
    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final ProjectSearchModel model;
    private final Supplier<Window> owner;
    private final Runnable afterChoice;
    private final TextField query = new TextField();
    private final ListView<SearchRow> results = new ListView<>();
    private final PauseTransition typing = new PauseTransition(TYPING_PAUSE);
    private Alert dialog;

    /**
     * @param owner the window the dialog belongs to, asked when it first opens
     * @param afterChoice runs once a chosen hit is shown (to put the focus on the source text)
     */
    public ProjectSearchDialog(ProjectSearchModel model, Supplier<Window> owner, Runnable afterChoice) {
        this.model = Objects.requireNonNull(model);
        this.owner = Objects.requireNonNull(owner);
        this.afterChoice = Objects.requireNonNull(afterChoice);
    }

    /** Opens the dialog (or brings it forward) with the query selected, ready to be typed over. */
    public void show() {
        if (dialog == null) {
            dialog = create();
        }
        if (!dialog.isShowing()) {
            dialog.show();
        }
        focusQuery();
        // The dialog puts the focus on its button once it is shown; the query takes it back after that.
        Platform.runLater(this::focusQuery);
    }

    private void focusQuery() {
        query.requestFocus();
        query.selectAll();
    }

    private Alert create() {
        query.setId(QUERY_ID);
        query.setPromptText("Words to find, or \"a phrase in quotes\"");
        query.textProperty().bindBidirectional(model.queryProperty());
        typing.setOnFinished(event -> model.search());
        query.textProperty().addListener((observable, old, now) -> typing.playFromStart());
        query.setOnAction(event -> {
            typing.stop();
            model.search();
        });
        query.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.SEARCH_TO_HITS.matches(event) && !results.getItems().isEmpty()) {
                event.consume();
                goToHits();
            }
        });

        Label status = new Label();
        status.setId(STATUS_ID);
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());

        results.setId(RESULTS_ID);
        results.setItems(model.rows());
        results.setCellFactory(list -> new SearchResultCell());
        results.setPrefSize(760, 420);
        results.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (Shortcut.SEARCH_SHOW_HIT.matches(event)) {
                event.consume();
                choose(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                choose(results.getSelectionModel().getSelectedItem());
            }
        });

        VBox content = new VBox(8, query, status, results);
        VBox.setVgrow(results, Priority.ALWAYS);

        Alert created = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        created.initOwner(owner.get());
        created.initModality(Modality.NONE);
        created.setTitle("Search the project");
        created.setHeaderText(null);
        created.setGraphic(null);
        created.getDialogPane().setContent(content);
        created.getDialogPane().setStyle("-fx-max-width: 1200px;");
        return DialogSizing.fitToContent(created);
    }

    /** Selects the first hit (not a source's heading) and puts the focus on the list. */
    private void goToHits() {
        int first = results.getSelectionModel().getSelectedIndex();
        if (first < 0) {
            first = 0;
            while (first < results.getItems().size()
                    && !(results.getItems().get(first) instanceof SearchRow.HitRow)) {
                first++;
            }
            results.getSelectionModel().select(Math.min(first, results.getItems().size() - 1));
        }
        results.requestFocus();
        results.scrollTo(results.getSelectionModel().getSelectedIndex());
    }

    private void choose(SearchRow row) {
        if (model.choose(row)) {
            dialog.hide();
            afterChoice.run();
        }
    }

    /** The dialog, once it has been opened: for tests. */
    Alert dialog() {
        return dialog;
    }
}

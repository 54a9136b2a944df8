package org.factdesk.ui.source;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import org.factdesk.model.Source;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The library: the project's sources that match the filter. Selecting one selects it in the session, and the
 * list follows when something else selects a source (a citation click). JavaFX thread.
 */
final class SourceLibraryList extends ListView<Source> {

    private final SourcePaneModel model;

    SourceLibraryList(SourcePaneModel model) {
        super(model.filteredSources());
        this.model = model;
        getStyleClass().add(SourcePane.LIBRARY);
        setCellFactory(list -> new SourceLibraryCell());
        setPlaceholder(placeholder());
        model.filterProperty().addListener((observable, old, now) -> setPlaceholder(placeholder()));

        // A null selection (the source is filtered out of view) does not unselect it in the session.
        getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> model.select(now));
        model.selectedSourceProperty().addListener((observable, old, now) -> follow(now));
        // An edit replaces the source in the list, which drops the selection; show it again.
        getItems().addListener((javafx.collections.ListChangeListener<Source>) change ->
                follow(model.selectedSourceProperty().get()));
        follow(model.selectedSourceProperty().get());

        MenuItem edit = new MenuItem("Edit source details…", Icons.of(Feather.EDIT_3));
        edit.setOnAction(event -> model.editSource(getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(getSelectionModel().selectedItemProperty().isNull());
        setContextMenu(new ContextMenu(edit));
    }

    private void follow(Source selected) {
        if (selected == null || !getItems().contains(selected)) {
            getSelectionModel().clearSelection();
            return;
        }
        if (!selected.equals(getSelectionModel().getSelectedItem())) {
            getSelectionModel().select(selected);
            scrollTo(getSelectionModel().getSelectedIndex());
        }
    }

    private Label placeholder() {
        String filter = model.filterProperty().get();
        Label label = new Label(filter == null || filter.isBlank()
                ? "No sources yet. Paste a text or open files to add one."
                : "No source matches “" + filter.strip() + "”.");
        label.getStyleClass().add(SourcePane.PLACEHOLDER);
        label.setWrapText(true);
        return label;
    }
}

package org.factdesk.ui.source;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.source.correction.CorrectTextDialog;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The source pane: a toolbar to add sources, the filterable library, and the selected source's text with its
 * cited passages highlighted. Files dropped anywhere on the pane are added as sources. Built in code; observes
 * its view-model only; JavaFX thread.
 */
public final class SourcePane extends BorderPane {

    static final String STYLESHEET = SourcePane.class.getResource("source-pane.css").toExternalForm();

    // Style classes, defined in source-pane.css.
    static final String PANE = "source-pane";
    static final String TOOLBAR = "source-toolbar";
    static final String FILTER = "source-filter";
    static final String LIBRARY = "source-library";
    static final String LIBRARY_CELL = "source-library-cell";
    static final String LIBRARY_OUTLET = "source-library-outlet";
    static final String LIBRARY_PERSPECTIVE = "source-library-perspective";
    static final String LIBRARY_DATE = "source-library-date";
    static final String LIBRARY_TITLE = "source-library-title";
    static final String READER = "source-reader";
    static final String HEADER = "source-header";
    static final String HEADER_TITLE = "source-header-title";
    static final String HEADER_DETAILS = "source-header-details";
    static final String HEADER_URL = "source-header-url";
    static final String TEXT = "source-text";
    static final String PLACEHOLDER = "source-placeholder";
    static final String HOVER = "source-hover";
    static final String DROP_TARGET = "source-drop-target";
    static final String DIALOG = "source-dialog";
    static final String DIALOG_LABEL = "source-dialog-label";
    static final String FIELD_PROBLEM = "source-field-problem";
    static final String DIALOG_HEADING = "source-dialog-heading";
    /** On every cited stretch of text, with the citing fact's {@code FactColors} class. */
    public static final String HIGHLIGHT = "highlight";
    /** On stretches cited by more than one fact. */
    public static final String HIGHLIGHT_SHARED = "highlight-shared";
    /** Briefly on a revealed passage. */
    public static final String HIGHLIGHT_FLASH = "highlight-flash";

    // Node ids, for tests and for the main window's focus handling.
    static final String PASTE_BUTTON_ID = "source-paste";
    static final String OPEN_BUTTON_ID = "source-open";
    static final String EDIT_BUTTON_ID = "source-edit";
    static final String CORRECT_BUTTON_ID = "source-correct";
    static final String FILTER_ID = "source-filter";
    static final String LIBRARY_ID = "source-library";
    static final String TEXT_ID = "source-text-area";

    /** The share of the pane the library and a batch's results take while the results are shown. */
    private static final double WITH_RESULTS = 0.62;

    private final SourcePaneModel model;
    private final SourceFilterField filter;
    private final SourceLibraryList library;
    private final SourceTextView reader;

    public SourcePane(SourcePaneModel model) {
        this.model = model;
        getStyleClass().add(PANE);
        getStylesheets().add(STYLESHEET);
        model.setDialogs(new SourcePaneDialogs(this));
        model.correction().setDialogs(CorrectTextDialog.asking(
                () -> getScene() == null ? null : getScene().getWindow()));
        model.setClipboard(new SystemSourceClipboard());

        filter = new SourceFilterField(model.filterProperty());
        filter.setId(FILTER_ID);
        library = new SourceLibraryList(model);
        library.setId(LIBRARY_ID);
        reader = new SourceTextView(model);
        reader.area().setId(TEXT_ID);
        VBox libraryAndResults = new VBox(4, library, new ImportResultsView(model));
        VBox.setVgrow(library, Priority.ALWAYS);
        SplitPane split = new SplitPane(libraryAndResults, reader);
        split.setOrientation(Orientation.VERTICAL);
        // Four library rows and the source's opening paragraphs at 1280×720.
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(libraryAndResults, false);

        setTop(createToolbar());
        setCenter(split);
        makeRoomForImportResults(split);
        acceptDroppedFiles();
    }

    /** The view-model, for the main window's File menu ({@code pasteSource()}, {@code openFiles()}). */
    public SourcePaneModel model() {
        return model;
    }

    // ---- for the window's Go and Edit menus

    /** Puts the focus in the library, on the selected source, so the arrow keys pick the next one. */
    public void focusLibrary() {
        int selected = library.getSelectionModel().getSelectedIndex();
        if (selected >= 0) {
            library.getFocusModel().focus(selected);
        }
        library.requestFocus();
    }

    /** Puts the focus in the source text, where Shift and the arrow keys select a passage. */
    public void focusText() {
        reader.area().requestFocus();
    }

    /** Puts the caret in the library's filter, its text selected to be typed over. */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Opens the find bar over the source text. */
    public void find() {
        reader.findBar().open();
    }

    public void findNext() {
        reader.findBar().next();
    }

    public void findPrevious() {
        reader.findBar().previous();
    }

    /** True while a source text is shown, so Find has something to search. */
    public BooleanBinding canFindProperty() {
        return model.find().availableProperty();
    }

    /** The text area, for tests. */
    org.fxmisc.richtext.StyleClassedTextArea textArea() {
        return reader.area();
    }

    private HBox createToolbar() {
        HBox.setHgrow(filter, Priority.ALWAYS);

        Button paste = button(PASTE_BUTTON_ID, Feather.CLIPBOARD, "Paste a source…");
        paste.setOnAction(event -> model.pasteSource());
        Button open = button(OPEN_BUTTON_ID, Feather.FOLDER_PLUS, "Open source files… (text, web pages, e-mails, PDF, Word)");
        open.setOnAction(event -> model.openFiles());
        Button edit = button(EDIT_BUTTON_ID, Feather.EDIT_3, "Edit the source's details…");
        edit.setOnAction(event -> model.editSelectedSource());
        edit.disableProperty().bind(model.canEditProperty().not());
        Button correct = button(CORRECT_BUTTON_ID, Feather.SCISSORS, "Correct the source's text… ("
                + Shortcut.CORRECT_TEXT.keysText() + ")");
        correct.setOnAction(event -> model.correctSelectedText());
        correct.disableProperty().bind(model.canEditProperty().not());

        // An HBox rather than a ToolBar: a ToolBar gives no room to grow, and the filter should take the rest.
        HBox toolbar = new HBox(4, filter, paste, open, edit, correct);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add(TOOLBAR);
        return toolbar;
    }

    private static Button button(String id, Ikon icon, String tooltip) {
        Button button = new Button(null, Icons.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }

    /**
     * While a batch's results are shown, the library's side of the split is at least {@link #WITH_RESULTS} of
     * the pane, so that both the library and the results show a few lines on a laptop; closing them puts the
     * divider back where it was.
     */
    private void makeRoomForImportResults(SplitPane split) {
        double[] before = {Double.NaN};
        model.importResults().shownProperty().addListener((observable, was, shown) -> {
            SplitPane.Divider divider = split.getDividers().get(0);
            if (shown && divider.getPosition() < WITH_RESULTS) {
                before[0] = divider.getPosition();
                divider.setPosition(WITH_RESULTS);
            } else if (!shown && !Double.isNaN(before[0])) {
                divider.setPosition(before[0]);
                before[0] = Double.NaN;
            }
        });
    }

    /** Files dropped on the pane are opened as sources, like "Open files…". */
    private void acceptDroppedFiles() {
        addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && event.getGestureSource() == null) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!getStyleClass().contains(DROP_TARGET)) {
                    getStyleClass().add(DROP_TARGET);
                }
                event.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_EXITED, event -> getStyleClass().remove(DROP_TARGET));
        addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            getStyleClass().remove(DROP_TARGET);
            if (event.getDragboard().hasFiles()) {
                List<Path> files = event.getDragboard().getFiles().stream().map(File::toPath).toList();
                model.openFiles(files);
                event.setDropCompleted(true);
                event.consume();
            }
        });
    }
}

package org.factdesk.ui.shell;

import java.time.Clock;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.factdesk.logic.check.CurrentEditor;
import org.factdesk.ui.checks.ChecksModel;
import org.factdesk.ui.checks.ChecksPane;
import org.factdesk.ui.checks.ErrorsBeforeExport;
import org.factdesk.ui.checks.FindingRow;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.UserMessages;
import static org.factdesk.ui.shell.ShortcutItems.item;
import static org.factdesk.ui.shell.ShortcutItems.keyed;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.logic.export.ExportFormat;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.facts.FactBuilderModel;
import org.factdesk.ui.facts.FactBuilderPane;
import org.factdesk.ui.narratives.NarrativePanel;
import org.factdesk.ui.narratives.NarrativePanelModel;
import org.factdesk.ui.preview.PreviewModel;
import org.factdesk.ui.preview.PreviewPane;
import org.factdesk.ui.preview.StoryPrint;
import org.factdesk.ui.search.ProjectSearchDialog;
import org.factdesk.ui.search.ProjectSearchModel;
import org.factdesk.ui.source.SourcePane;
import org.factdesk.ui.source.SourcePaneModel;
import org.factdesk.ui.story.StoryBar;
import org.factdesk.ui.story.StoryBarModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one workstation window: menus and the story bar on top; the source pane, the fact builder and the
 * narratives with the preview side by side; the status bar below. Each pane observes the shared
 * {@link EditorSession}; this window only places them and gives the menus their actions. JavaFX thread.
 */
public final class MainWindow extends BorderPane {

    static final double[] DEFAULT_DIVIDERS = {0.36, 0.68};
    /** The narratives' part of the right column over the checks and preview: at 720 px high both show content. */
    static final double NARRATIVES_SHARE = 0.5;

    private final ShellModel shell;
    private final FileChoosers files;
    private final EditorSession session;
    private final FactBuilderModel facts;
    private final SourcePane sourcePane;
    private final StoryBar storyBar;
    private final NarrativePanel narrativePanel;
    private final FactBuilderPane factPane;
    private final PreviewPane previewPane;
    private final ChecksModel checks;
    private final ChecksPane checksPane;
    private final TabPane lowerRight = new TabPane();
    private final Tab checksTab = new Tab();
    private final Tab previewTab = new Tab("Preview");
    private final SplitPane panes;
    private final SplitPane rightColumn;
    private final MenuBar menus = new MenuBar();
    private final Menu recentMenu = new Menu("Open recent");
    private final FocusedText focusedText = new FocusedText(this);
    private final ProjectSearchDialog search;

    public MainWindow(ShellModel shell) {
        this(shell, FileChoosers.native_());
    }

    /** A window that asks for files through {@code files} (tests answer without native dialogs). */
    public MainWindow(ShellModel shell, FileChoosers files) {
        this.shell = shell;
        this.files = files;
        this.session = shell.session();
        this.facts = new FactBuilderModel(session.story(), session.selection(), session.history());
        getStyleClass().add("workstation");
        getStylesheets().add(Theme.workstationStylesheet());

        sourcePane = new SourcePane(new SourcePaneModel(session));
        storyBar = new StoryBar(new StoryBarModel(session.story(), session.stories()));
        narrativePanel = new NarrativePanel(new NarrativePanelModel(session.story(), session.library()));
        previewPane = new PreviewPane(new PreviewModel(session.story()));
        checks = new ChecksModel(session, CurrentEditor.name(), Clock.systemUTC());
        checksPane = new ChecksPane(checks);
        lowerRight.getTabs().setAll(checksTab(), previewTab());
        rightColumn = new SplitPane(narrativePanel, lowerRight);
        rightColumn.setOrientation(Orientation.VERTICAL);
        rightColumn.setDividerPositions(NARRATIVES_SHARE);
        factPane = new FactBuilderPane(facts);
        panes = new SplitPane(sourcePane, factPane, rightColumn);
        panes.setDividerPositions(shell.settings().dividers(DEFAULT_DIVIDERS));
        new ReadingPlaceMemory(session, sourcePane.model(), shell.settings());
        StoryPlaces.route(session.selection(), storyBar, factPane, narrativePanel, sourcePane);
        search = new ProjectSearchDialog(new ProjectSearchModel(session.search(), session.library(),
                session.selection()), this::window, sourcePane::focusText);

        createMenus();
        setTop(new VBox(menus, storyBar));
        setCenter(panes);
        setBottom(new StatusBar(session));
    }

    /** Installs the window's shortcuts on its scene; call once the window is the scene's root. */
    public void install(Scene scene) {
        new ShortcutRouter(menus).install(scene);
    }

    /** Remembers pane sizes for the next start; the window's own bounds are {@link StagePlacement}'s. */
    public void rememberLayout() {
        shell.settings().rememberDividers(panes.getDividerPositions());
    }

    private void createMenus() {
        menus.getMenus().setAll(fileMenu(),
                EditMenu.create(session, facts, sourcePane, focusedText, this::finishTyping, search::show),
                storyMenu(), viewMenu(), GoMenu.create(sourcePane, factPane, narrativePanel, this::focusChecks,
                        this::goToFinding), helpMenu());
    }

    private Menu fileMenu() {
        MenuItem newProject = item(Shortcut.NEW_PROJECT, Feather.FILE_PLUS, () -> chooseProject(true));
        MenuItem open = item(Shortcut.OPEN_PROJECT, Feather.FOLDER, () -> chooseProject(false));
        shell.recentProjects().addListener((ListChangeListener<Path>) change -> fillRecent());
        fillRecent();
        MenuItem copy = item("Save a copy as…", Feather.COPY, this::saveCopy);
        MenuItem recover = item("Recover a damaged project…", Feather.LIFE_BUOY,
                () -> new RecoverProjectAction(shell, files, this::window).run(projectFolder()));
        Menu addSource = new Menu("Add source", Icons.of(Feather.FILE_TEXT));
        addSource.getItems().setAll(
                item(Shortcut.PASTE_SOURCE, null, () -> sourcePane.model().pasteSource()),
                item(Shortcut.OPEN_SOURCE_FILES, null, () -> sourcePane.model().openFiles()),
                item("Open a folder…", null, () -> sourcePane.model().openFolder()));
        MenuItem editSource = item("Edit source details…", Feather.EDIT_2,
                () -> sourcePane.model().editSelectedSource());
        editSource.disableProperty().bind(sourcePane.model().canEditProperty().not());
        MenuItem correctText = item(Shortcut.CORRECT_TEXT, Feather.SCISSORS,
                () -> sourcePane.model().correctSelectedText());
        correctText.disableProperty().bind(sourcePane.model().canEditProperty().not());
        Menu export = new Menu("Export story", Icons.of(Feather.DOWNLOAD));
        export.getItems().setAll(
                item(Shortcut.EXPORT_HTML, null, () -> export(ExportFormat.HTML)),
                item("Markdown…", null, () -> export(ExportFormat.MARKDOWN)),
                item("Plain text…", null, () -> export(ExportFormat.TEXT)),
                item("JSON…", null, () -> export(ExportFormat.JSON)));
        MenuItem print = item(Shortcut.PRINT, Feather.PRINTER,
                () -> new StoryPrint(session.project().errors()).print(window(), session.story().formattedProperty().get()));
        print.disableProperty().bind(session.story().documentProperty().isNull());
        MenuItem quit = item(Shortcut.QUIT, null, () -> window().hide());
        Menu file = new Menu("File");
        file.getItems().setAll(newProject, open, recentMenu, copy, recover, new SeparatorMenuItem(), addSource,
                editSource, correctText, new SeparatorMenuItem(), export, print, new SeparatorMenuItem(), quit);
        for (MenuItem item : List.of(copy, export, addSource)) {
            item.disableProperty().bind(session.project().projectProperty().isNull());
        }
        return file;
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the session reports a project that fails to open
    private void fillRecent() {
        recentMenu.getItems().setAll(shell.recentProjects().stream().map(path -> item(path.getFileName()
                + "  —  " + path.getParent(), null, () -> shell.openProject(path))).toList());
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Menu storyMenu() {
        MenuItem newStory = item(Shortcut.NEW_STORY, Feather.PLUS_CIRCLE, storyBar::newStory);
        MenuItem duplicate = item("Duplicate story", Feather.COPY, storyBar::duplicateStory);
        MenuItem rename = item("Rename story", Feather.EDIT_2, storyBar::rename);
        MenuItem delete = item("Delete story…", Feather.TRASH_2, storyBar::confirmAndDelete);
        MenuItem narrative = item(Shortcut.ADD_NARRATIVE, Feather.PLUS, narrativePanel::addNarrative);
        MenuItem copyText = item(Shortcut.COPY_STORY_TEXT, Feather.CLIPBOARD, previewPane::copyAsText);
        MenuItem copyHtml = item("Copy story as HTML", Feather.CODE, previewPane::copyAsHtml);
        Menu story = new Menu("Story");
        story.getItems().setAll(newStory, duplicate, rename, delete, new SeparatorMenuItem(), narrative, copyText,
                copyHtml);
        for (MenuItem item : story.getItems()) {
            item.disableProperty().bind(session.story().documentProperty().isNull());
        }
        MenuItem wording = item("Project wording…", Feather.SLIDERS, () -> checksPane.openProjectWording(window()));
        wording.disableProperty().bind(session.project().projectProperty().isNull());
        story.getItems().addAll(new SeparatorMenuItem(), wording);
        return story;
    }

    /**
     * Ends the typing in the focused field, so that it becomes its own undo step before the menu's undo or redo
     * runs; otherwise it would be recorded after them.
     */
    private void finishTyping() {
        if (getScene() != null && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            requestFocus();
        }
    }

    private Menu viewMenu() {
        CheckMenuItem dark = keyed(new CheckMenuItem(Shortcut.DARK_THEME.label(), Icons.of(Feather.MOON)),
                Shortcut.DARK_THEME);
        dark.selectedProperty().bindBidirectional(shell.darkThemeProperty());
        shell.darkThemeProperty().addListener((observable, was, now) -> Theme.apply(now));
        CheckMenuItem preview = new CheckMenuItem("Show preview", Icons.of(Feather.EYE));
        preview.setSelected(shell.settings().showPreview());
        showPreview(preview.isSelected());
        preview.selectedProperty().addListener((observable, was, show) -> showPreview(show));
        Menu view = new Menu("View");
        view.getItems().setAll(dark, preview);
        return view;
    }

    /** Takes the preview's tab away (the checks stay below the narratives) or brings it back; remembered. */
    private void showPreview(boolean show) {
        if (show && !lowerRight.getTabs().contains(previewTab)) {
            lowerRight.getTabs().add(previewTab);
        } else if (!show) {
            lowerRight.getTabs().remove(previewTab);
        }
        shell.settings().rememberShowPreview(show);
    }

    /** "Checks", or "Checks (3)" with an icon for the worst finding, so the count shows behind the preview too. */
    private Tab checksTab() {
        checksTab.setContent(checksPane);
        checksTab.setClosable(false);
        checksTab.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = checks.errorCountProperty().get() + checks.warningCountProperty().get();
            return count == 0 ? "Checks" : "Checks (" + count + ")";
        }, checks.errorCountProperty(), checks.warningCountProperty()));
        checksTab.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(
                checks.errorCountProperty().get() > 0 ? Feather.X_CIRCLE
                        : checks.warningCountProperty().get() > 0 ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE),
                checks.errorCountProperty(), checks.warningCountProperty()));
        return checksTab;
    }

    private Tab previewTab() {
        previewTab.setContent(previewPane);
        previewTab.setClosable(false);
        previewTab.setGraphic(Icons.of(Feather.EYE));
        return previewTab;
    }

    private void focusChecks() {
        lowerRight.getSelectionModel().select(checksTab);
        checksPane.focusFindings();
    }

    private void goToFinding(int step) {
        lowerRight.getSelectionModel().select(checksTab);
        checksPane.goToNext(step);
    }

    private Menu helpMenu() {
        MenuItem shortcuts = item(Shortcut.SHORTCUTS, Feather.BOOK_OPEN, () -> KeyboardShortcutsDialog.show(window()));
        Menu help = new Menu("Help");
        help.getItems().setAll(shortcuts);
        help.getItems().addAll(new HelpMenu(session, this::window).items());
        return help;
    }

    // ---- file choosers

    @SuppressWarnings("FutureReturnValueIgnored") // the session reports a project that fails to open
    private void chooseProject(boolean create) {
        FileChoosers.Request request = new FileChoosers.Request(create ? "New project" : "Open project",
                "Factdesk projects", ".mv.db", create ? "Untitled.mv.db" : null, projectFolder());
        Optional<Path> file = create ? files.save(window(), request) : files.open(window(), request);
        file.ifPresent(path -> {
            if (create) {
                shell.newProject(path);
            } else {
                shell.openProject(path);
            }
        });
    }

    private void saveCopy() {
        files.save(window(), new FileChoosers.Request("Save a copy of the project", "Factdesk projects", ".mv.db",
                null, projectFolder())).ifPresent(shell::saveCopy);
    }

    /** Exports, after asking whether to go ahead while the checks find errors in the story. */
    @SuppressWarnings("FutureReturnValueIgnored") // both outcomes are handled in the callback
    private void export(ExportFormat format) {
        checks.remainingErrors().whenComplete((errors, failure) -> {
            if (failure != null ? goAheadUnchecked(failure) : errors.isEmpty() || goAheadDespite(errors)) {
                chooseAndExport(format);
            }
        });
    }

    private boolean goAheadDespite(List<FindingRow> errors) {
        ButtonType anyway = new ButtonType("Export anyway", ButtonBar.ButtonData.OK_DONE);
        ButtonType show = new ButtonType("Show the checks", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert question = new Alert(Alert.AlertType.WARNING, ErrorsBeforeExport.details(errors), show, anyway);
        question.setTitle("Export story");
        question.setHeaderText(ErrorsBeforeExport.headline(errors));
        question.initOwner(window());
        // Showing the checks is the default, so a stray Enter does not publish a story with a misquote.
        ((Button) question.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        ((Button) question.getDialogPane().lookupButton(show)).setDefaultButton(true);
        boolean goAhead = DialogSizing.fitToContent(question).showAndWait().filter(anyway::equals).isPresent();
        if (!goAhead) {
            lowerRight.getSelectionModel().select(checksTab);
            checksPane.focusFirstError();
        }
        return goAhead;
    }

    /** The checks could not run on the story: say so, and let the editor export unchecked or not at all. */
    private boolean goAheadUnchecked(Throwable failure) {
        ButtonType anyway = new ButtonType("Export unchecked", ButtonBar.ButtonData.OK_DONE);
        Alert question = new Alert(Alert.AlertType.WARNING, UserMessages.describe(failure), ButtonType.CANCEL,
                anyway);
        question.setTitle("Export story");
        question.setHeaderText("The checks could not run on this story");
        question.initOwner(window());
        ((Button) question.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        ((Button) question.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return DialogSizing.fitToContent(question).showAndWait().filter(anyway::equals).isPresent();
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the session reports a failed export
    private void chooseAndExport(ExportFormat format) {
        files.save(window(), new FileChoosers.Request("Export story as " + format.cliName().toUpperCase(Locale.ROOT),
                format.name(), "." + format.extension(), shell.suggestedExportName(format), projectFolder()))
                .ifPresent(path -> shell.export(format, path));
    }

    private Path projectFolder() {
        return session.project().projectProperty().get() == null ? null : session.project().projectProperty().get().file().getParent();
    }

    private Window window() {
        return getScene().getWindow();
    }
}

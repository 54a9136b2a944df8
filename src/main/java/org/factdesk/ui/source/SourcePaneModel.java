package org.factdesk.ui.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.transformation.FilteredList;
import org.factdesk.logic.command.Passage;
import org.factdesk.logic.importing.SourceFileReader;
import org.factdesk.model.Source;
import org.factdesk.model.StoryDocument;
import org.factdesk.ui.common.EditorSelection;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.EditorSources;
import org.factdesk.ui.common.OpenProject;
import org.factdesk.ui.common.OpenStory;
import org.factdesk.ui.common.ProjectSearch;
import org.factdesk.ui.common.RunningTask;
import org.factdesk.ui.common.SourceSpan;
import org.factdesk.ui.common.TaskRunner;
import org.factdesk.ui.source.correction.CorrectTextCommand;

/**
 * View-model of the source pane: the filtered library, the selected source and its loaded text, the cited
 * stretches to highlight, the passage the editor selects, and the commands that add and edit sources. Holds
 * no nodes; dialogs are asked through {@link SourceDialogs}. Used on the JavaFX thread: source texts are read
 * through the project's queue, then split into styled paragraphs ({@link StyledSourceText}) by the task runner,
 * which also reads imported files; results come back on the JavaFX thread.
 */
public final class SourcePaneModel {

    private final OpenStory story;
    private final EditorSources library;
    private final EditorSelection selection;
    private final OpenProject project;
    private final WindowFileImport fileImports;
    private final CorrectTextCommand correction;
    private final TaskRunner tasks;
    private SourceDialogs dialogs = SourceDialogs.NONE;
    private SourceClipboard clipboard = SourceClipboard.EMPTY;
    private final PastedImport pastes;

    private final LibraryFilter libraryFilter;
    private final ReadOnlyObjectWrapper<String> text = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StyledSourceText> styledText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Source> textSource = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readFailed = new ReadOnlyBooleanWrapper();
    private final ObjectBinding<ReaderState> readerState;
    private final ReadOnlyObjectWrapper<List<HighlightRange>> highlights = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<TextSpan> revealRequest = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding passageSelected;
    private final SourceFind find = new SourceFind(text.getReadOnlyProperty());
    private final BooleanBinding canEdit;
    private final ReadOnlyObjectWrapper<ReadingPlace> readingPlace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Integer> scrollRequest = new ReadOnlyObjectWrapper<>();
    /** The shown source's stretch to reveal once its text is shown; null when none waits. */
    private SourceSpan pendingReveal;
    /** A restored place whose paragraph is scrolled to once its source's text is shown; null when none waits. */
    private ReadingPlace pendingPlace;
    private long loadRequest;
    private RunningTask<StyledSourceText> preparing;

    /** The model the main window builds, from the session's parts it uses; files are read by its task runner. */
    public SourcePaneModel(EditorSession session) {
        this(session, session.tasks(), new SourceFileReader()::extract);
    }

    SourcePaneModel(EditorSession session, TaskRunner tasks, SourceFileImport.FileReading reader) {
        this(session.story(), session.library(), session.selection(), session.project(), tasks, reader,
                session.search());
    }

    /**
     * @param tasks reads imported files and prepares loaded texts for display, and brings results back
     * @param reader reads one imported file (blocking; on a worker of {@code tasks})
     * @param search finds the sources whose text matches the filter, in the background
     */
    SourcePaneModel(OpenStory story, EditorSources library, EditorSelection selection, OpenProject project,
            TaskRunner tasks, SourceFileImport.FileReading reader, ProjectSearch search) {
        this.story = Objects.requireNonNull(story);
        this.library = Objects.requireNonNull(library);
        this.selection = Objects.requireNonNull(selection);
        this.project = Objects.requireNonNull(project);
        this.tasks = Objects.requireNonNull(tasks);

        this.fileImports = new WindowFileImport(library, selection, project, tasks, reader, () -> dialogs);
        this.pastes = new PastedImport(library, project, tasks, () -> dialogs, () -> clipboard);
        this.libraryFilter = new LibraryFilter(library, search);
        this.correction = new CorrectTextCommand(project, story, selection, search, tasks,
                (original, settings) -> new SourceFileReader().extract(original.bytes(), original.fileName(),
                        original.mediaType(), settings).draft().text(), this::showTextAgain);
        passageSelected = selection.selectedPassageProperty().isNotNull();
        canEdit = selection.selectedSourceProperty().isNotNull();
        readerState = Bindings.createObjectBinding(() -> ReaderState.of(!library.list().isEmpty(),
                textSource.get() != null, loading.get(), readFailed.get(), text.get() != null),
                library.list(), textSource, loading, readFailed, text);
        selection.selectedSourceProperty().addListener((observable, old, now) -> sourceSelected(old, now));
        story.documentProperty().addListener((observable, old, now) -> refreshHighlights());
        selection.revealedExcerptProperty().addListener((observable, old, now) -> revealWhenShown(
                now == null ? null : new SourceSpan(now.sourceId(), now.start(), now.end())));
        selection.revealedTextProperty().addListener((observable, old, now) -> revealWhenShown(now));
        sourceSelected(null, selection.selectedSourceProperty().get());
    }

    /** Installs the dialogs the view shows; until then every question is answered with "cancel". */
    public void setDialogs(SourceDialogs dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    /** Installs the clipboard "Paste a source" reads; until then it holds nothing. */
    public void setClipboard(SourceClipboard clipboard) {
        this.clipboard = Objects.requireNonNull(clipboard);
    }

    // ---- the library

    /** Case-insensitive match on outlet, title or perspective; see {@link LibraryFilter#matching}. */
    static java.util.function.Predicate<Source> matching(String filterText) {
        return LibraryFilter.matching(filterText, Set.of());
    }

    public void select(Source source) {
        if (source != null) {
            selection.selectSource(source);
        }
    }

    // ---- the shown text

    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    private void sourceSelected(Source old, Source now) {
        if (now != null && old != null && now.id() == old.id() && text.get() != null) {
            textSource.set(now); // only the metadata changed: keep the text
            return;
        }
        Passage passage = selection.selectedPassageProperty().get();
        if (passage != null && (now == null || passage.source().id() != now.id())) {
            selection.selectPassage(null);
        }
        if (pendingPlace != null && (now == null || now.id() != pendingPlace.sourceId())) {
            pendingPlace = null; // the editor chose another source before the restored one was shown
        }
        readingPlace.set(now == null ? null : new ReadingPlace(now.id(), 0));
        long request = ++loadRequest;
        if (preparing != null) {
            preparing.cancel(); // a text no longer wanted need not be prepared
            preparing = null;
        }
        readFailed.set(false);
        text.set(null);
        styledText.set(null);
        textSource.set(now);
        refreshHighlights();
        if (now == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        // The story as it is now; an immutable value, so the background may compute its highlights.
        StoryDocument current = story.documentProperty().get();
        library.sourceText(now.id()).whenComplete((loaded, problem) -> {
            if (request != loadRequest) {
                return; // the editor moved on to another source meanwhile
            }
            if (problem != null) {
                readFailed.set(true);
                loading.set(false); // the session has reported it
                return;
            }
            preparing = tasks.background(progress -> StyledSourceText.of(loaded,
                    SourceHighlights.of(current, now.id(), loaded.length())));
            preparing.result().whenComplete((prepared, failure) -> prepared(request, prepared, failure));
        });
    }

    /**
     * The styled document, the costly part of showing a long text, was built off the JavaFX thread, which now
     * only swaps it in. Highlights that changed meanwhile are repainted by the view.
     */
    private void prepared(long request, StyledSourceText prepared, Throwable problem) {
        if (request != loadRequest) {
            return; // the editor moved on to another source meanwhile
        }
        if (problem != null) {
            readFailed.set(true);
            loading.set(false);
            project.errors().report("Show source", problem);
            return;
        }
        show(request, prepared);
    }

    private void show(long request, StyledSourceText prepared) {
        if (request != loadRequest) {
            return; // the editor moved on to another source meanwhile
        }
        loading.set(false);
        styledText.set(prepared);
        // Highlights before the text, so that the view finds them current and paints the text only once.
        highlights.set(highlightsOf(textSource.get(), prepared.text()));
        text.set(prepared.text());
        revealWhenShown(pendingReveal);
        scrollToPendingPlace();
    }

    private void refreshHighlights() {
        highlights.set(highlightsOf(textSource.get(), text.get()));
    }

    private List<HighlightRange> highlightsOf(Source shown, String shownText) {
        return shown == null || shownText == null ? List.of()
                : SourceHighlights.of(story.documentProperty().get(), shown.id(), shownText.length());
    }

    private void revealWhenShown(SourceSpan span) {
        Source shown = textSource.get();
        if (span == null || shown == null || span.sourceId() != shown.id()) {
            pendingReveal = null;
            return;
        }
        if (text.get() == null) {
            pendingReveal = span; // shown once the text has loaded
            return;
        }
        pendingReveal = null;
        int length = text.get().length();
        revealRequest.set(null);
        revealRequest.set(new TextSpan(Math.min(span.start(), length), Math.min(span.end(), length)));
    }

    /** The hover caption for the character at {@code offset}: which facts cite it. */
    public Optional<String> captionAt(int offset) {
        return SourceHighlights.at(highlights.get(), offset)
                .map(range -> SourceHighlights.caption(range, story.documentProperty().get()));
    }

    // ---- where the editor reads

    /**
     * Goes back to where the editor was reading: selects the place's source if the project still has it and,
     * once its text is shown, asks the view to scroll to the paragraph. A source that is gone changes nothing:
     * the selection stays as it is, quietly.
     */
    public void restore(ReadingPlace place) {
        Optional<Source> source = library.list().stream().filter(each -> each.id() == place.sourceId())
                .findFirst();
        if (source.isEmpty()) {
            return;
        }
        pendingPlace = place;
        selection.selectSource(source.get());
        scrollToPendingPlace();
    }

    private void scrollToPendingPlace() {
        ReadingPlace place = pendingPlace;
        Source shown = textSource.get();
        if (place == null || shown == null || shown.id() != place.sourceId() || text.get() == null) {
            return;
        }
        pendingPlace = null;
        scrollRequest.set(null);
        scrollRequest.set(place.topParagraph());
    }

    /**
     * The view tells which paragraph is at the top of the reader. Ignored while a restored place waits for its
     * text, so that the text's first showing (at the top) does not overwrite where the editor was.
     */
    public void topParagraphShown(int paragraph) {
        Source shown = textSource.get();
        if (shown != null && pendingPlace == null && text.get() != null && paragraph >= 0) {
            readingPlace.set(new ReadingPlace(shown.id(), paragraph));
        }
    }

    /** The selected source and the paragraph at the top of its text, as the view last told; null without one. */
    public ReadOnlyObjectProperty<ReadingPlace> readingPlaceProperty() {
        return readingPlace.getReadOnlyProperty();
    }

    /** Set (after a null) to a paragraph of the shown text that the view should scroll to the top. */
    ReadOnlyObjectProperty<Integer> scrollRequestProperty() {
        return scrollRequest.getReadOnlyProperty();
    }

    // ---- the selected passage

    /**
     * The editor selected {@code start..end} of the shown text: the passage, trimmed of surrounding whitespace,
     * becomes the session's selected passage (none when nothing but whitespace is selected).
     */
    public void selectPassage(int start, int end) {
        String shownText = text.get();
        Source shown = textSource.get();
        if (shownText == null || shown == null) {
            selection.selectPassage(null);
            return;
        }
        int from = Math.max(0, Math.min(start, end));
        int to = Math.min(shownText.length(), Math.max(start, end));
        while (from < to && Character.isWhitespace(shownText.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(shownText.charAt(to - 1))) {
            to--;
        }
        selection.selectPassage(from == to ? null : Passage.of(shown, shownText, from, to));
    }

    public void newFactFromSelection() {
        story.newFactFromSelection();
    }

    public void citeSelection() {
        story.citeSelection();
    }

    // ---- adding and editing sources

    /**
     * Adds what the clipboard holds as a source, after the editor reviewed it; with an empty clipboard, asks for
     * a pasted text and its metadata. See {@link PastedImport}.
     */
    public void pasteSource() {
        pastes.start();
    }

    /** Asks which files to add, then adds them as {@link #openFiles(List)} does. */
    public void openFiles() {
        List<Path> files = dialogs.askForFiles();
        if (!files.isEmpty()) {
            openFiles(files);
        }
    }

    /** Asks which folder to add, then adds the articles in it and in its sub-folders. */
    public void openFolder() {
        dialogs.askForFolder().ifPresent(folder -> openFiles(List.of(folder)));
    }

    /** The last batch import's results, a line per file. */
    public ImportResults importResults() {
        return fileImports.results();
    }

    /** Shows the source a result line names, if it is still in the project. */
    public void showImported(ImportResultLine line) {
        line.source().flatMap(source -> library.find(source.id())).ifPresent(selection::selectSource);
    }

    /** Adds the files as sources in a listed background task; see {@link WindowFileImport#start}. */
    public RunningTask<SourceFileImport.Outcome> openFiles(List<Path> files) {
        return fileImports.start(files);
    }

    /** Asks for edited details of {@code source} and saves them. */
    public void editSource(Source source) {
        if (source != null) {
            dialogs.askForEditedMetadata(source).ifPresent(library::updateSource);
        }
    }

    public void editSelectedSource() {
        editSource(selection.selectedSourceProperty().get());
    }

    /** Opens "Correct text" for the selected source; see {@link CorrectTextCommand#correct}. */
    public void correctSelectedText() {
        Source selected = selection.selectedSourceProperty().get();
        if (selected != null) {
            var unused = correction.correct(selected);
        }
    }

    /** The "Correct text" command, for the view to install its dialog. */
    public CorrectTextCommand correction() {
        return correction;
    }

    /** A source's text was replaced: if it is the one shown, it is read and shown again. */
    private void showTextAgain(long sourceId) {
        Source shown = textSource.get();
        if (shown != null && shown.id() == sourceId) {
            sourceSelected(null, shown);
        }
    }

    // ---- observable state

    /** The selection this pane reads and sets through its intention methods. */
    EditorSelection selection() {
        return selection;
    }

    public StringProperty filterProperty() {
        return libraryFilter.filterProperty();
    }

    /** The project's sources that match the filter, in library order. */
    public FilteredList<Source> filteredSources() {
        return libraryFilter.filteredSources();
    }

    public ReadOnlyObjectProperty<Source> selectedSourceProperty() {
        return selection.selectedSourceProperty();
    }

    /** The shown source's text; null while it loads or when no source is selected. */
    public ReadOnlyObjectProperty<String> textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The source whose text is shown (or loading), with its latest metadata. */
    public ReadOnlyObjectProperty<Source> textSourceProperty() {
        return textSource.getReadOnlyProperty();
    }

    /** What the text area should show: a text, or which empty state and why. */
    public ObjectBinding<ReaderState> readerStateProperty() {
        return readerState;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * The shown text as a ready-made styled document, set just before {@link #textProperty()}; null when the
     * text is. Its highlights are those of the story when loading began; {@link #highlightsProperty()} is current.
     */
    ReadOnlyObjectProperty<StyledSourceText> styledTextProperty() {
        return styledText.getReadOnlyProperty();
    }

    /** The cited stretches of the shown text, sorted and non-overlapping. */
    public ReadOnlyObjectProperty<List<HighlightRange>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** Set (after a null) each time a passage of the shown text should be scrolled to and flashed. */
    public ReadOnlyObjectProperty<TextSpan> revealRequestProperty() {
        return revealRequest.getReadOnlyProperty();
    }

    /** The find bar's state: a search in the shown text. */
    public SourceFind find() {
        return find;
    }

    public BooleanBinding passageSelectedProperty() {
        return passageSelected;
    }

    /** True when a source is selected, so its details can be edited. */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

}

package org.factdesk.ui.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.factdesk.logic.command.Passage;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.PassageDrag;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.kordamp.ikonli.feather.Feather;

/**
 * The shown source: its details and its text, read-only but selectable, with the cited passages highlighted in
 * their facts' colours. Forwards the selection, the context menu, the fact shortcuts and drags of the selection
 * to the view-model. A {@link StyleClassedTextArea}, because highlights are sets of style classes (fact colour,
 * shared, flash) that the stylesheet colours per theme; inline CSS would fix colours in code, and a CodeArea is
 * made for code (monospace, line-oriented). JavaFX thread.
 */
final class SourceTextView extends VBox {

    static final KeyCombination NEW_FACT = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CITE =
            new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private static final Duration HOVER_DELAY = Duration.ofMillis(350);
    private static final javafx.util.Duration FLASH_TIME = javafx.util.Duration.seconds(1.2);

    private final SourcePaneModel model;
    private final SourceHeader header = new SourceHeader();
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final Label placeholder = new Label();
    private final Tooltip hover = new Tooltip();
    private final PauseTransition flashEnd = new PauseTransition(FLASH_TIME);
    /** A press inside the selection may start a drag of the passage rather than a new selection. */
    private boolean dragArmed;

    SourceTextView(SourcePaneModel model) {
        this.model = model;
        getStyleClass().add(SourcePane.READER);
        createArea();
        placeholder.getStyleClass().add(SourcePane.PLACEHOLDER);
        placeholder.setWrapText(true);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        StackPane body = new StackPane(scroll, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, body);

        model.textSourceProperty().addListener((observable, old, now) -> header.show(now));
        model.textProperty().addListener((observable, old, now) -> showText(now));
        model.loadingProperty().addListener((observable, old, now) -> updatePlaceholder());
        model.highlightsProperty().addListener((observable, old, now) -> applyHighlights(now));
        model.revealRequestProperty().addListener((observable, old, now) -> reveal(now));
        header.show(model.textSourceProperty().get());
        showText(model.textProperty().get());
        flashEnd.setOnFinished(event -> applyHighlights(model.highlightsProperty().get()));
    }

    StyleClassedTextArea area() {
        return area;
    }

    private void createArea() {
        area.getStyleClass().add(SourcePane.TEXT);
        area.setEditable(false);
        area.setWrapText(true);
        // Highlights are style changes; an undo history of them would only grow.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.selectionProperty().addListener((observable, old, now) -> model.selectPassage(now.getStart(),
                now.getEnd()));
        area.setContextMenu(createContextMenu());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, this::hoverBegins);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, event -> hover.hide());
        hover.getStyleClass().add(SourcePane.HOVER);
        hover.setWrapText(true);
        hover.setMaxWidth(360);
        dragSelectionOut();
    }

    private ContextMenu createContextMenu() {
        MenuItem newFact = new MenuItem("New fact from selection", Icons.of(Feather.PLUS_SQUARE));
        newFact.setAccelerator(NEW_FACT);
        newFact.setOnAction(event -> model.newFactFromSelection());
        MenuItem cite = new MenuItem("Cite selection in current fact", Icons.of(Feather.CORNER_DOWN_RIGHT));
        cite.setAccelerator(CITE);
        cite.setOnAction(event -> model.citeSelection());
        MenuItem copy = new MenuItem("Copy", Icons.of(Feather.COPY));
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> area.copy());
        for (MenuItem item : List.of(newFact, cite, copy)) {
            item.disableProperty().bind(model.passageSelectedProperty().not());
        }
        return new ContextMenu(newFact, cite, new SeparatorMenuItem(), copy);
    }

    /**
     * Runs the fact commands while the text has focus and consumes the key, so that the main window's own
     * accelerators for the same keys do not run them a second time.
     */
    private void shortcut(KeyEvent event) {
        if (CITE.match(event)) {
            model.citeSelection();
            event.consume();
        } else if (NEW_FACT.match(event)) {
            model.newFactFromSelection();
            event.consume();
        }
    }

    private void showText(String text) {
        flashEnd.stop();
        hover.hide();
        // Replaced text would inherit the style at the start of the old text (a highlight); give it none.
        area.replace(0, area.getLength(), ReadOnlyStyledDocument.fromString(text == null ? "" : text,
                area.getInitialParagraphStyle(), Collections.emptyList(), area.getSegOps()));
        area.moveTo(0);
        area.showParagraphAtTop(0);
        List<HighlightRange> highlights = model.highlightsProperty().get();
        if (!highlights.isEmpty()) {
            applyHighlights(highlights);
        }
        updatePlaceholder();
    }

    private void updatePlaceholder() {
        boolean shown = model.textProperty().get() != null;
        placeholder.setVisible(!shown);
        if (model.loadingProperty().get()) {
            placeholder.setText("Loading the source's text…");
        } else if (model.textSourceProperty().get() == null) {
            placeholder.setText("Select a source in the library, or add one: paste a text or open files.");
        } else {
            placeholder.setText("The source's text could not be read.");
        }
    }

    /** All highlights in one change: one pass to build the spans, one {@code setStyleSpans}. */
    private void applyHighlights(List<HighlightRange> highlights) {
        flashEnd.stop();
        if (area.getLength() > 0) {
            area.setStyleSpans(0, HighlightSpans.of(highlights, area.getLength()));
        }
    }

    private void reveal(TextSpan span) {
        if (span == null || span.end() > area.getLength()) {
            return;
        }
        area.moveTo(span.start());
        area.showParagraphAtCenter(area.getCurrentParagraph());
        if (span.end() > span.start()) {
            applyHighlights(model.highlightsProperty().get());
            StyleSpans<Collection<String>> styles = area.getStyleSpans(span.start(), span.end());
            area.setStyleSpans(span.start(), styles.mapStyles(SourceTextView::flashing));
            flashEnd.playFromStart();
        }
    }

    private static Collection<String> flashing(Collection<String> classes) {
        List<String> more = new ArrayList<>(classes);
        more.add(SourcePane.HIGHLIGHT_FLASH);
        return more;
    }

    private void hoverBegins(MouseOverTextEvent event) {
        model.captionAt(event.getCharacterIndex()).ifPresent(caption -> {
            Point2D at = event.getScreenPosition();
            hover.setText(caption);
            hover.show(area, at.getX() + 8, at.getY() + 16);
        });
    }

    /**
     * A press inside the selection arms a drag; moving then drags the passage out (to the fact list), while a
     * plain click clears the selection as usual. RichTextFX's own behaviour would start a new selection, as
     * the area is not editable, so these filters run before it.
     */
    private void dragSelectionOut() {
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            dragArmed = event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 1
                    && !event.isShiftDown() && insideSelection(event);
            if (dragArmed) {
                area.requestFocus();
                event.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragArmed) {
                event.consume();
            }
        });
        area.addEventFilter(MouseEvent.DRAG_DETECTED, event -> {
            if (dragArmed) {
                startPassageDrag();
                event.consume();
            }
        });
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (dragArmed) {
                dragArmed = false;
                area.moveTo(area.hit(event.getX(), event.getY()).getInsertionIndex());
                event.consume();
            }
        });
        area.setOnDragDone(event -> dragArmed = false);
    }

    private boolean insideSelection(MouseEvent event) {
        if (area.getSelection().getLength() == 0) {
            return false;
        }
        var index = area.hit(event.getX(), event.getY()).getCharacterIndex();
        return index.isPresent() && index.getAsInt() >= area.getSelection().getStart()
                && index.getAsInt() < area.getSelection().getEnd();
    }

    private void startPassageDrag() {
        Passage passage = model.session().selectedPassageProperty().get();
        if (passage == null) {
            return;
        }
        Dragboard board = area.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.putString(passage.draft().quote());
        content.put(PassageDrag.FORMAT, passage.draft().quote());
        board.setContent(content);
    }
}

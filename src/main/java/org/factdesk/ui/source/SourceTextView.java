package org.factdesk.ui.source;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
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
import org.factdesk.ui.common.Shortcut;
import org.factdesk.ui.common.TabMovesFocus;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.kordamp.ikonli.feather.Feather;

/**
 * The shown source: its details and its text, read-only but selectable, with the cited passages highlighted in
 * their facts' colours, under a find bar that opens on demand. Forwards the selection, the context menu, the fact
 * shortcuts and drags of the selection to the view-model; Tab leaves it like any other control. A
 * {@link StyleClassedTextArea}, because highlights are sets of style classes (fact colour, shared, flash) that
 * the stylesheet colours per theme; inline CSS would fix colours in code, and a CodeArea is made for code
 * (monospace, line-oriented). JavaFX thread.
 */
final class SourceTextView extends VBox {

    private static final Duration HOVER_DELAY = Duration.ofMillis(350);
    private static final javafx.util.Duration FLASH_TIME = javafx.util.Duration.seconds(1.2);

    private final SourcePaneModel model;
    private final SourceHeader header = new SourceHeader();
    private final StyleClassedTextArea area = new StyleClassedTextArea(false);
    private final ReaderPlaceholder placeholder;
    private final SourceFindBar findBar;
    private final Tooltip hover = new Tooltip();
    private final PauseTransition flashEnd = new PauseTransition(FLASH_TIME);
    /** A press inside the selection may start a drag of the passage rather than a new selection. */
    private boolean dragArmed;
    /** The highlights the area is painted with now (a flash aside), to restyle only what a change alters. */
    private List<HighlightRange> painted = List.of();
    /** The passage flashing now, or null. */
    private TextSpan flashed;

    SourceTextView(SourcePaneModel model) {
        this.model = model;
        getStyleClass().add(SourcePane.READER);
        createArea();
        placeholder = new ReaderPlaceholder(model);
        findBar = new SourceFindBar(model.find(), area);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        StackPane body = new StackPane(scroll, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(header, findBar, body);

        model.textSourceProperty().addListener((observable, old, now) -> header.show(now));
        model.textProperty().addListener((observable, old, now) -> showText(now));
        model.highlightsProperty().addListener((observable, old, now) -> applyHighlights(now));
        model.revealRequestProperty().addListener((observable, old, now) -> reveal(now));
        model.scrollRequestProperty().addListener((observable, old, now) -> scrollToTop(now));
        area.estimatedScrollYProperty().addListener((observable, old, now) -> reportTopParagraph());
        header.show(model.textSourceProperty().get());
        showText(model.textProperty().get());
        flashEnd.setOnFinished(event -> endFlash());
    }

    StyleClassedTextArea area() {
        return area;
    }

    SourceFindBar findBar() {
        return findBar;
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
        TabMovesFocus.install(area);
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
        newFact.setAccelerator(Shortcut.NEW_FACT.keys());
        newFact.setOnAction(event -> model.newFactFromSelection());
        MenuItem cite = new MenuItem("Cite selection in current fact", Icons.of(Feather.CORNER_DOWN_RIGHT));
        cite.setAccelerator(Shortcut.CITE.keys());
        cite.setOnAction(event -> model.citeSelection());
        MenuItem copy = new MenuItem("Copy", Icons.of(Feather.COPY));
        copy.setAccelerator(Shortcut.COPY.keys());
        copy.setOnAction(event -> area.copy());
        for (MenuItem item : List.of(newFact, cite, copy)) {
            item.disableProperty().bind(model.passageSelectedProperty().not());
        }
        return new ContextMenu(newFact, cite, new SeparatorMenuItem(), copy);
    }

    /**
     * Runs the fact commands while the text has focus and consumes the key, so that the main window's own
     * accelerators for the same keys do not run them a second time; Esc closes the find bar.
     */
    private void shortcut(KeyEvent event) {
        if (Shortcut.CITE.matches(event)) {
            model.citeSelection();
            event.consume();
        } else if (Shortcut.NEW_FACT.matches(event)) {
            model.newFactFromSelection();
            event.consume();
        } else if (Shortcut.CLOSE_FIND.matches(event) && model.find().openProperty().get()) {
            findBar.close();
            event.consume();
        }
    }

    /**
     * Swaps in the text as one replace of the whole document. The view-model has normally built it, styled,
     * in the background; only a text that arrives otherwise is split here. A replaced document brings its own
     * styles, so nothing of the old text's highlights can stay.
     */
    private void showText(String text) {
        flashEnd.stop();
        flashed = null;
        hover.hide();
        StyledSourceText prepared = model.styledTextProperty().get();
        if (text == null) {
            prepared = StyledSourceText.of("", List.of());
        } else if (prepared == null || !prepared.text().equals(text)) {
            prepared = StyledSourceText.of(text, model.highlightsProperty().get());
        }
        area.replace(0, area.getLength(), prepared.document());
        painted = prepared.highlights();
        // A new document starts at the top; moveTo keeps the caret there, and the flow shows its first lines.
        area.moveTo(0);
        applyHighlights(model.highlightsProperty().get());
    }

    /**
     * Repaints only the stretch in which the new highlights look different from the painted ones, with one
     * {@code setStyleSpans}: restyling the whole 2 MB text for a fact that changes one passage would cost
     * tens of milliseconds of work on every paragraph.
     */
    private void applyHighlights(List<HighlightRange> highlights) {
        endFlash();
        if (area.getLength() == 0) {
            painted = List.of();
            return;
        }
        List<HighlightRange> before = painted;
        painted = highlights;
        HighlightSpans.changed(before, highlights).ifPresent(span -> repaint(span.start(), span.end()));
    }

    /** Paints {@code from..to} (clipped to the text) as the painted highlights have it. */
    private void repaint(int from, int to) {
        int end = Math.min(to, area.getLength());
        if (from < end) {
            area.setStyleSpans(from, HighlightSpans.of(painted, from, end));
        }
    }

    private void reveal(TextSpan span) {
        if (span == null || span.end() > area.getLength()) {
            return;
        }
        area.moveTo(span.start());
        area.showParagraphAtCenter(area.getCurrentParagraph());
        if (span.end() > span.start()) {
            endFlash();
            StyleSpans<Collection<String>> styles = area.getStyleSpans(span.start(), span.end());
            area.setStyleSpans(span.start(), styles.mapStyles(SourceTextView::flashing));
            flashed = span;
            flashEnd.playFromStart();
        }
    }

    /** Shows paragraph {@code paragraph} (or the last, if the text is shorter now) at the top of the reader. */
    private void scrollToTop(Integer paragraph) {
        if (paragraph != null && area.getParagraphs().size() > 0) {
            area.showParagraphAtTop(Math.min(paragraph, area.getParagraphs().size() - 1));
        }
    }

    private void reportTopParagraph() {
        // Before its first layout the reader shows no paragraph, and has no top one to tell.
        if (!area.getVisibleParagraphs().isEmpty()) {
            model.topParagraphShown(area.firstVisibleParToAllParIndex());
        }
    }

    /** Takes the flash off the passage it is on, if any. */
    private void endFlash() {
        flashEnd.stop();
        if (flashed != null) {
            TextSpan span = flashed;
            flashed = null;
            repaint(span.start(), span.end());
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
        Passage passage = model.selection().selectedPassageProperty().get();
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

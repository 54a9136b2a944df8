package org.factdesk.ui.preview;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.transform.Scale;
import org.factdesk.logic.format.FormattedStory;

/**
 * A story set for paper: the preview's {@link StoryPage} in black on white whatever the theme, scaled so its
 * body text is the print CSS's 11 pt, laid out at the printable width and cut into pages by {@link PageBreaks}.
 * {@link #page(int)} gives one node per page for {@code PrinterJob.printPage}. JavaFX thread.
 */
final class PrintedStory {

    static final String STYLESHEET = "print.css";
    /** The preview's 15 px body text printed at 11 pt, as the HTML export's print CSS sets it. */
    static final double SCALE = 11.0 / 15.0;

    private final StoryPage page = new StoryPage();
    private final Pane sheet = new Pane(page);
    private final double width;
    private final List<PageBreaks.Page> pages;

    /** Lays out {@code story} for a printable area of {@code printableWidth × printableHeight} points. */
    PrintedStory(FormattedStory story, double printableWidth, double printableHeight) {
        width = printableWidth / SCALE;
        page.show(story);
        page.getStyleClass().add(PreviewStyles.PRINT);
        page.setMinWidth(width);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        sheet.getStylesheets().addAll(PrintedStory.class.getResource(PreviewStyles.STYLESHEET).toExternalForm(),
                PrintedStory.class.getResource(STYLESHEET).toExternalForm());
        sheet.getTransforms().add(new Scale(SCALE, SCALE));
        // Never shown: the scene only lets the stylesheets reach the nodes.
        new Scene(sheet);
        sheet.applyCss();
        sheet.layout();
        pages = PageBreaks.of(blocks(), printableHeight / SCALE);
    }

    int pageCount() {
        return pages.size();
    }

    List<PageBreaks.Page> pages() {
        return pages;
    }

    /**
     * The sheet showing page {@code index} at its top left, clipped to it, at print scale. The same node serves
     * every page, so print (or snapshot) it before asking for the next.
     */
    Node page(int index) {
        PageBreaks.Page shown = pages.get(index);
        page.setLayoutY(-shown.top());
        sheet.setClip(new Rectangle(0, 0, width, shown.height()));
        return sheet;
    }

    private List<PageBreaks.Block> blocks() {
        List<PageBreaks.Block> blocks = new ArrayList<>();
        for (Node child : page.getChildren()) {
            List<Double> lineTops = new ArrayList<>();
            collectLineTops(child, lineTops);
            lineTops.sort(null);
            blocks.add(new PageBreaks.Block(child.getBoundsInParent().getMinY(), child.getBoundsInParent().getMaxY(),
                    lineTops, child.getStyleClass().contains(PreviewStyles.HEADING)));
        }
        return blocks;
    }

    /** The top of every line of every text flow in {@code node}, in the page's coordinates. */
    private void collectLineTops(Node node, List<Double> lineTops) {
        if (node instanceof TextFlow flow) {
            int length = flow.getChildren().stream().filter(Text.class::isInstance)
                    .mapToInt(text -> ((Text) text).getText().length()).sum();
            for (PathElement element : flow.rangeShape(0, length)) {
                if (element instanceof MoveTo move) {
                    Point2D onPage = page.sceneToLocal(flow.localToScene(0, move.getY()));
                    if (!lineTops.contains(onPage.getY())) {
                        lineTops.add(onPage.getY());
                    }
                }
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectLineTops(child, lineTops));
        }
    }
}

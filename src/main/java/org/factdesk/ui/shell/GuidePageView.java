package org.factdesk.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.factdesk.logic.guide.GuidePage;
import org.factdesk.logic.guide.GuidePage.Block;
import org.factdesk.logic.guide.GuidePage.Run;

/**
 * A help page set in text nodes, as the story preview sets a story (docs/decisions/0005: no WebView): the
 * title, headings, paragraphs, and list items with their markers, each run styled by its emphasis through
 * user-guide.css, whose colours follow the light or dark theme. Built once per page. JavaFX thread.
 */
final class GuidePageView extends VBox {

    static final String STYLESHEET = GuidePageView.class.getResource("user-guide.css").toExternalForm();

    static final String PAGE = "guide-page";
    static final String TITLE = "guide-title";
    static final String TEXT = "guide-text";

    GuidePageView(GuidePage page) {
        getStyleClass().add(PAGE);
        getStylesheets().add(STYLESHEET);
        setSpacing(8);
        setMaxWidth(720);
        getChildren().add(flow(TITLE, text(page.title(), "guide-plain")));
        for (Block block : page.blocks()) {
            getChildren().add(node(block));
        }
    }

    private static Node node(Block block) {
        TextFlow words = new TextFlow();
        for (Run run : block.runs()) {
            words.getChildren().add(text(run.text(), "guide-" + run.emphasis().name().toLowerCase(java.util.Locale.ROOT)));
        }
        String kind = "guide-" + block.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (block.kind() != GuidePage.Kind.ITEM) {
            words.getStyleClass().add(kind);
            return words;
        }
        TextFlow marker = flow("guide-marker", text(block.marker(), "guide-plain"));
        marker.setMinWidth(26);
        marker.setPrefWidth(26);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox item = new HBox(marker, words);
        item.getStyleClass().add(kind);
        return item;
    }

    private static TextFlow flow(String styleClass, Text... texts) {
        TextFlow flow = new TextFlow(texts);
        flow.getStyleClass().add(styleClass);
        return flow;
    }

    private static Text text(String words, String styleClass) {
        Text text = new Text(words);
        text.getStyleClass().addAll(TEXT, styleClass);
        return text;
    }
}

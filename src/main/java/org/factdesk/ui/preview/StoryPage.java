package org.factdesk.ui.preview;

import java.util.Locale;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.factdesk.logic.format.FormattedStory;
import org.factdesk.logic.format.FormattedStory.FormattedFact;
import org.factdesk.logic.format.FormattedStory.FormattedNarrative;

/**
 * A formatted story laid out as the HTML export reads: title, lede, the "Facts" heading and bullets with raised
 * citation numbers, the Sources line, and the "Narratives" heading with each label in bold. Rebuilt whole for
 * each story it shows; it holds no controls that could keep focus. JavaFX thread.
 */
final class StoryPage extends VBox {

    StoryPage() {
        getStyleClass().add(PreviewStyles.PAGE);
        setSpacing(10);
        setMaxWidth(720);
    }

    void show(FormattedStory story) {
        // An empty sheet before a project is open would look like a blank story.
        setVisible(story != null);
        if (story == null) {
            getChildren().clear();
            return;
        }
        getChildren().setAll(title(story));
        if (!story.lede().isBlank()) {
            getChildren().add(flow(PreviewStyles.LEDE, text(story.lede(), PreviewStyles.TEXT)));
        }
        getChildren().add(heading("Facts"));
        if (story.facts().isEmpty()) {
            getChildren().add(placeholder("No facts yet."));
        }
        for (FormattedFact fact : story.facts()) {
            Text body = text(fact.text(), PreviewStyles.TEXT);
            if (fact.numbers().isEmpty()) {
                getChildren().add(bullet(flow(null, body)));
            } else {
                getChildren().add(bullet(flow(null, body, text(fact.marks(String::valueOf), PreviewStyles.MARK))));
            }
        }
        if (!story.sourcesLine().isEmpty()) {
            getChildren().add(flow(PreviewStyles.SOURCES, text(story.sourcesLine(), PreviewStyles.TEXT)));
        }
        getChildren().add(heading("Narratives"));
        if (story.narratives().isEmpty()) {
            getChildren().add(placeholder("No narratives yet."));
        }
        for (FormattedNarrative narrative : story.narratives()) {
            getChildren().add(bullet(flow(null,
                    text(narrative.label(), PreviewStyles.NARRATIVE_LABEL),
                    text(narrative.afterLabel(UnaryOperator.identity()), PreviewStyles.TEXT))));
        }
    }

    private static Node title(FormattedStory story) {
        if (story.title().isBlank()) {
            return flow(PreviewStyles.TITLE, text("Untitled story", PreviewStyles.PLACEHOLDER));
        }
        return flow(PreviewStyles.TITLE, text(story.title(), PreviewStyles.TEXT));
    }

    private static Label heading(String name) {
        // JavaFX CSS has no text-transform; the export's headings are upper case.
        Label heading = new Label(name.toUpperCase(Locale.ROOT));
        heading.getStyleClass().add(PreviewStyles.HEADING);
        heading.setMaxWidth(Double.MAX_VALUE);
        return heading;
    }

    private static Node placeholder(String words) {
        return flow(null, text(words, PreviewStyles.PLACEHOLDER));
    }

    private static HBox bullet(TextFlow content) {
        Text dot = text("\u2022", PreviewStyles.TEXT);
        TextFlow marker = new TextFlow(dot);
        marker.getStyleClass().add(PreviewStyles.BULLET);
        marker.setMinWidth(18);
        marker.setPrefWidth(18);
        HBox.setHgrow(content, Priority.ALWAYS);
        content.setMinWidth(0);
        return new HBox(marker, content);
    }

    private static TextFlow flow(String styleClass, Text... texts) {
        TextFlow flow = new TextFlow(texts);
        if (styleClass != null) {
            flow.getStyleClass().add(styleClass);
        }
        return flow;
    }

    private static Text text(String words, String styleClass) {
        Text text = new Text(words);
        text.getStyleClass().add(styleClass);
        return text;
    }
}

package org.factdesk.ui.search;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.factdesk.logic.search.SearchHit;
import org.factdesk.logic.search.Snippet;

/**
 * One row of the search results: a source's heading in bold (outlet, title, number of hits), or a hit's snippet
 * on one line with the hit words in bold, its details field named first ("title:") for a hit in the details.
 * JavaFX thread.
 */
final class SearchResultCell extends ListCell<SearchRow> {

    static final String HEADING = "search-heading";
    static final String HIT = "search-hit";

    @Override
    protected void updateItem(SearchRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        getStyleClass().remove(HEADING);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (row instanceof SearchRow.SourceRow heading) {
            getStyleClass().add(HEADING);
            Label label = new Label(heading.heading());
            label.getStyleClass().add(Styles.TEXT_BOLD);
            setGraphic(label);
        } else if (row instanceof SearchRow.HitRow hit) {
            setGraphic(snippetOf(hit.hit()));
        }
    }

    private static HBox snippetOf(SearchHit hit) {
        Snippet snippet = hit.snippet();
        String line = snippet.oneLine();
        Label before = new Label((hit.inText() ? "" : hit.field().label() + ":  ")
                + (snippet.cutBefore() ? "…" : "") + line.substring(0, snippet.hitStart()));
        before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        before.setMinWidth(0);
        Label words = new Label(line.substring(snippet.hitStart(), snippet.hitEnd()));
        words.getStyleClass().addAll(Styles.TEXT_BOLD, HIT);
        words.setMinWidth(Region.USE_PREF_SIZE);
        Label after = new Label(line.substring(snippet.hitEnd()) + (snippet.cutAfter() ? "…" : ""));
        after.setMinWidth(0);
        HBox.setHgrow(after, Priority.ALWAYS);
        HBox row = new HBox(before, words, after);
        row.setPadding(new javafx.geometry.Insets(0, 0, 0, 16));
        return row;
    }
}

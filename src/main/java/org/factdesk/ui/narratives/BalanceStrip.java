package org.factdesk.ui.narratives;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The narratives' word counts side by side: for each, its name, its count and a bar scaled to the longest, and
 * a gentle warning when one narrative outweighs another more than twice. Holds no focusable controls, so it
 * simply rebuilds whenever the balance changes. JavaFX thread.
 */
final class BalanceStrip extends VBox {

    private final HBox columns = new HBox(16);
    private final Label warning = new Label();

    BalanceStrip(NarrativePanelModel panel) {
        getStyleClass().add(NarrativeStyles.BALANCE);
        warning.getStyleClass().add(NarrativeStyles.BALANCE_WARNING);
        warning.setGraphic(Icons.of(Feather.ALERT_TRIANGLE));
        warning.setWrapText(true);
        setSpacing(6);
        getChildren().addAll(columns, warning);
        panel.balanceProperty().addListener((observable, old, now) -> show(now));
        show(panel.balanceProperty().get());
    }

    private void show(NarrativeBalance balance) {
        columns.getChildren().setAll(balance.bars().stream().map(BalanceStrip::column).toList());
        warning.setText(balance.warning().orElse(""));
        warning.setVisible(balance.uneven());
        warning.setManaged(balance.uneven());
        getStyleClass().remove(NarrativeStyles.BALANCE_UNEVEN);
        if (balance.uneven()) {
            getStyleClass().add(NarrativeStyles.BALANCE_UNEVEN);
        }
        setVisible(!balance.bars().isEmpty());
        setManaged(!balance.bars().isEmpty());
    }

    private static VBox column(NarrativeBalance.Bar bar) {
        Label name = new Label(bar.label());
        name.getStyleClass().add(NarrativeStyles.BALANCE_NAME);
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label count = new Label(bar.count());
        count.getStyleClass().add(NarrativeStyles.BALANCE_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox caption = new HBox(6, name, count);

        Region fill = new Region();
        fill.getStyleClass().add(NarrativeStyles.BALANCE_FILL);
        if (bar.longest()) {
            fill.getStyleClass().add(NarrativeStyles.BALANCE_FILL_LONGEST);
        }
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(NarrativeStyles.BALANCE_TRACK);
        track.setAlignment(Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(bar.share()));

        VBox column = new VBox(4, caption, track);
        column.getStyleClass().add(NarrativeStyles.BALANCE_COLUMN);
        column.setMinWidth(0);
        column.setPrefWidth(0);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMaxWidth(Double.MAX_VALUE);
        return column;
    }
}

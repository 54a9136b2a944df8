package org.factdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * Help > About: the product, its version, Java and JavaFX, and where the open project is. The values are
 * read-only fields, so a long path can be scrolled, selected and copied; "Copy details" copies them all for a
 * bug report. JavaFX thread.
 */
final class AboutDialog {

    static final String TITLE = "About Factdesk";

    private AboutDialog() {
    }

    static Alert create(Window owner, AboutFacts facts) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        // The labels keep their width; the values give way (and scroll) when the dialog is narrow.
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        int line = 0;
        for (AboutFacts.Row row : facts.rows()) {
            Label label = new Label(row.label());
            label.getStyleClass().add("about-label");
            TextField value = new TextField(row.value());
            value.setEditable(false);
            value.setPrefColumnCount(Math.min(48, Math.max(20, row.value().length())));
            value.setId("about-" + row.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            label.setLabelFor(value);
            grid.addRow(line++, label, value);
        }
        Label summary = new Label("Balanced, sourced story summaries for news editors.");
        Button copy = new Button("Copy details", Icons.of(Feather.CLIPBOARD));
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(facts.asText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Alert dialog = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle(TITLE);
        dialog.setHeaderText(facts.heading());
        dialog.getDialogPane().setContent(new VBox(12, summary, grid, copy));
        return DialogSizing.fitToContent(dialog);
    }
}

package org.factdesk.ui.shell;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factdesk.model.RecoveryReport;
import org.factdesk.model.RecoveryReport.LeftOut;
import org.factdesk.ui.common.DialogSizing;

/**
 * Says what a recovery copied and lists, one line each, the parts it could not copy whole (the same lines the
 * command line prints), and offers to open the new project. JavaFX thread.
 */
final class RecoveryReportDialog {

    static final ButtonType OPEN = new ButtonType("Open the recovered project", ButtonBar.ButtonData.OK_DONE);

    private RecoveryReportDialog() {
    }

    /** Shows the report and waits; true when the editor chose to open the new project. */
    static boolean show(Window owner, Path damagedFile, Path newFile, RecoveryReport report) {
        Label summary = new Label(summary(damagedFile, newFile, report));
        summary.setWrapText(true);
        summary.setId("recovery-summary");
        VBox content = new VBox(10, summary);
        if (!report.allSound()) {
            ListView<String> leftOut = new ListView<>();
            leftOut.setId("recovery-left-out");
            leftOut.getItems().setAll(report.leftOut().stream().map(LeftOut::line).toList());
            leftOut.setPrefSize(620, Math.min(240, 32 + 26.0 * report.leftOut().size()));
            content.getChildren().add(leftOut);
        }
        content.setPrefWidth(640);
        Alert dialog = new Alert(report.allSound() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING, "",
                OPEN, ButtonType.CLOSE);
        dialog.initOwner(owner);
        dialog.setTitle("Recovery");
        dialog.setHeaderText(report.allSound() ? "Everything was sound and has been copied"
                : "Some parts could not be copied whole");
        dialog.getDialogPane().setContent(content);
        return DialogSizing.fitToContent(dialog).showAndWait().filter(OPEN::equals).isPresent();
    }

    static String summary(Path damagedFile, Path newFile, RecoveryReport report) {
        String copied = "Copied " + report.sourcesCopied() + " of " + report.sources() + " sources and "
                + report.storiesCopied() + " of " + report.stories() + " stories from " + damagedFile.getFileName()
                + " into " + newFile + ".";
        return report.allSound() ? copied
                : copied + " " + damagedFile.getFileName() + " was only read and is unchanged; the parts below were "
                        + "left out or changed, and can still be looked up there by these names.";
    }
}

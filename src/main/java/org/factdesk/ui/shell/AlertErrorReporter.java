package org.factdesk.ui.shell;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.factdesk.ui.common.DialogSizing;
import org.factdesk.ui.common.ErrorReporter;
import org.factdesk.ui.common.UserMessages;

/**
 * Shows failures as a dialog that says what failed and why, in the user's words; never a stack trace. Bugs are
 * also written to the log with their details. JavaFX thread.
 */
public final class AlertErrorReporter implements ErrorReporter {

    private static final System.Logger LOG = System.getLogger(AlertErrorReporter.class.getName());

    private final Supplier<Window> owner;

    public AlertErrorReporter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void report(String what, Throwable problem) {
        if (UserMessages.isUnexpected(problem)) {
            LOG.log(System.Logger.Level.ERROR, what + " failed", problem);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle("Factdesk");
        alert.setHeaderText(what + " did not work");
        alert.setContentText(UserMessages.describe(problem));
        alert.getDialogPane().setMinWidth(460);
        DialogSizing.fitToContent(alert).show();
    }
}

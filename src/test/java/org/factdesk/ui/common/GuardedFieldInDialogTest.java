package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.factdesk.logic.text.TextRules.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Esc in a guarded one-line field of a dialog reaches the dialog's Cancel, as it does from any other control. */
@ExtendWith(ApplicationExtension.class)
class GuardedFieldInDialogTest {

    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new VBox(), 300, 200));
        stage.show();
    }

    @Test
    void escInAGuardedFieldCancelsItsDialog(FxRobot robot) throws Exception {
        Dialog<ButtonType> dialog = WaitForAsyncUtils.asyncFx(() -> {
            TextField outlet = new TextField();
            TextEntryGuard.install(outlet, Kind.LINE);
            Dialog<ButtonType> shown = new Dialog<>();
            shown.initOwner(owner);
            shown.getDialogPane().setContent(new VBox(outlet));
            shown.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            shown.show();
            outlet.requestFocus();
            return shown;
        }).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> dialog.getDialogPane().getScene().getFocusOwner() instanceof TextField);
        robot.write("Harbour Herald");

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertFalse(dialog.isShowing());
        assertEquals(ButtonType.CANCEL, dialog.getResult());
    }
}

package org.factdesk.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.factdesk.ui.common.Icons;
import org.factdesk.ui.common.RunningTask;
import org.factdesk.ui.common.TaskRunner;
import org.kordamp.ikonli.feather.Feather;

/**
 * The status bar's view of the work the editor waits for: the oldest running task's title and step, its
 * progress, how many more wait, and a button that cancels it. Hidden while nothing runs. JavaFX thread.
 */
final class TaskStrip extends HBox {

    static final String STYLE = "task-strip";
    static final String CANCEL = "task-cancel";

    private final TaskRunner tasks;
    private final Label what = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, Icons.of(Feather.X));

    TaskStrip(TaskRunner tasks) {
        this.tasks = tasks;
        getStyleClass().add(STYLE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        progress.setPrefWidth(120);
        cancel.getStyleClass().addAll(CANCEL, "flat");
        getChildren().addAll(what, progress, cancel);
        tasks.listed().addListener((ListChangeListener<RunningTask<?>>) change -> showOldest());
        showOldest();
    }

    private void showOldest() {
        boolean running = !tasks.listed().isEmpty();
        setVisible(running);
        setManaged(running);
        what.textProperty().unbind();
        progress.progressProperty().unbind();
        cancel.setOnAction(null);
        if (!running) {
            return;
        }
        RunningTask<?> oldest = tasks.listed().get(0);
        int waiting = tasks.listed().size() - 1;
        what.textProperty().bind(Bindings.createStringBinding(() -> {
            String step = oldest.messageProperty().get();
            return oldest.title() + (step.isEmpty() ? "" : ": " + step) + (waiting > 0 ? "  (+" + waiting + " more)" : "");
        }, oldest.messageProperty()));
        progress.progressProperty().bind(oldest.progressProperty());
        cancel.setAccessibleText("Cancel " + oldest.title());
        cancel.setTooltip(new Tooltip("Cancel " + oldest.title() + "; what is done stays done"));
        cancel.setDisable(oldest.isCancelled());
        cancel.setOnAction(event -> {
            oldest.cancel();
            cancel.setDisable(true);
        });
    }
}

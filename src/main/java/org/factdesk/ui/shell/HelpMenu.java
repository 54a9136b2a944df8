package org.factdesk.ui.shell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.factdesk.logic.guide.UserGuide;
import org.factdesk.model.Project;
import org.factdesk.ui.common.EditorSession;
import org.factdesk.ui.common.Icons;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Help menu's entries after Keyboard shortcuts: User guide, which reads the bundled guide in the background
 * and shows it in its own window (one window, brought to the front when asked again), and About. JavaFX thread;
 * the guide is read by the session's task runner.
 */
final class HelpMenu {

    private final EditorSession session;
    private final Supplier<Window> owner;
    private UserGuideWindow guide;

    HelpMenu(EditorSession session, Supplier<Window> owner) {
        this.session = session;
        this.owner = owner;
    }

    /** The entries, in menu order. */
    @SuppressWarnings("FutureReturnValueIgnored") // showUserGuide reports its own failure
    List<MenuItem> items() {
        MenuItem userGuide = new MenuItem("User guide", Icons.of(Feather.HELP_CIRCLE));
        userGuide.setOnAction(event -> showUserGuide());
        MenuItem about = new MenuItem("About Factdesk", Icons.of(Feather.INFO));
        about.setOnAction(event -> showAbout());
        return List.of(userGuide, new SeparatorMenuItem(), about);
    }

    /** Shows the guide once it is read; a guide that cannot be read is reported. Completes when it is shown. */
    @SuppressWarnings("FutureReturnValueIgnored") // whenComplete handles both outcomes
    CompletableFuture<Void> showUserGuide() {
        if (guide != null) {
            guide.show();
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> shown = new CompletableFuture<>();
        session.tasks().background(progress -> UserGuide.page()).result().whenComplete((page, problem) -> {
            if (problem != null) {
                session.project().errors().report("Open the user guide", problem);
                shown.completeExceptionally(problem);
                return;
            }
            if (guide == null) {
                guide = new UserGuideWindow(owner.get(), page);
            }
            guide.show();
            shown.complete(null);
        });
        return shown;
    }

    void showAbout() {
        Project project = session.project().projectProperty().get();
        AboutDialog.create(owner.get(), AboutFacts.current(project == null ? null : project.file())).show();
    }
}

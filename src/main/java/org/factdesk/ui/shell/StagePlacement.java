package org.factdesk.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.factdesk.ui.shell.WindowPlacement.Box;
import org.factdesk.ui.shell.WindowPlacement.Placement;

/**
 * Puts the workstation's stage where {@link WindowPlacement} says, on the screens JavaFX reports, and keeps
 * its last bounds that were not maximised, so that the next start restores both. JavaFX thread.
 */
public final class StagePlacement {

    private final Stage stage;
    private Box normalBounds;

    private StagePlacement(Stage stage, Box normalBounds) {
        this.stage = stage;
        this.normalBounds = normalBounds;
    }

    /** Sizes and places {@code stage} (call before showing it) and follows its bounds from then on. */
    public static StagePlacement apply(Stage stage, WorkstationSettings settings) {
        List<Box> screens = Screen.getScreens().stream().map(screen -> box(screen.getVisualBounds())).toList();
        Placement placement = WindowPlacement.place(box(Screen.getPrimary().getVisualBounds()), screens,
                settings.window());
        Box bounds = placement.bounds();
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        // Without a window manager, maximising does nothing: the bounds above then fill the screen already.
        stage.setMaximized(placement.maximised());
        StagePlacement placed = new StagePlacement(stage, bounds);
        for (var property : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            property.addListener((observable, old, now) -> placed.follow());
        }
        return placed;
    }

    /** Writes the window's bounds and maximised state into {@code settings}. */
    public void remember(WorkstationSettings settings) {
        settings.rememberWindow(normalBounds, stage.isMaximized());
    }

    private void follow() {
        if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
            normalBounds = new Box(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        }
    }

    private static Box box(Rectangle2D bounds) {
        return new Box(bounds.getMinX(), bounds.getMinY(), bounds.getWidth(), bounds.getHeight());
    }
}

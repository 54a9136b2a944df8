package org.factdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.logic.guide.GuidePage;

/**
 * Help > User guide: the bundled guide in a window of its own beside the workstation, so the editor can read
 * and work at once. Not modal; Escape closes it. Sized to the screen it opens on, as a laptop's 1280×720 needs.
 * JavaFX thread.
 */
final class UserGuideWindow {

    static final String TITLE = "Factdesk user guide";
    private static final double WIDTH = 800;
    private static final double HEIGHT = 900;

    private final Stage stage = new Stage();

    UserGuideWindow(Window owner, GuidePage page) {
        GuidePageView view = new GuidePageView(page);
        StackPane centred = new StackPane(view);
        StackPane.setAlignment(view, Pos.TOP_CENTER);
        centred.getStyleClass().add("guide-sheet");
        ScrollPane scroll = new ScrollPane(centred);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("guide-scroll");
        Scene scene = new Scene(scroll);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.close();
                event.consume();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        Rectangle2D screen = screenOf(owner);
        stage.setWidth(Math.min(WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(HEIGHT, screen.getHeight() * 0.9));
        stage.setX(screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 3);
    }

    /** Shows the window, or brings it to the front when it is open already. */
    void show() {
        stage.show();
        stage.toFront();
        stage.getScene().getRoot().requestFocus();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner == null || Double.isNaN(owner.getX())) {
            return Screen.getPrimary().getVisualBounds();
        }
        return Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                Math.max(1, owner.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}

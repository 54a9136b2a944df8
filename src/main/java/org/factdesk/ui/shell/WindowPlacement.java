package org.factdesk.ui.shell;

import java.util.List;
import java.util.Optional;

/**
 * Where the workstation window opens: the rule alone, on plain rectangles, so that it is tested without the
 * toolkit. A first start fills a small screen (maximised) or takes a comfortable size centred on a large one;
 * a remembered window is kept where it was while it still lies on a screen, and is brought back onto the
 * primary screen when it does not (a monitor was unplugged, the resolution went down). Stateless.
 */
public final class WindowPlacement {

    /** Below this visual size (a 13-inch laptop's 1366×768 or 1280×720) the window is maximised. */
    static final double SMALL_WIDTH = 1440;
    static final double SMALL_HEIGHT = 900;
    /** The size of a first window on a large screen. */
    static final double COMFORTABLE_WIDTH = 1360;
    static final double COMFORTABLE_HEIGHT = 860;

    /** A rectangle in screen coordinates, as JavaFX's {@code Rectangle2D} or a stage's bounds give it. */
    public record Box(double x, double y, double width, double height) {

        boolean contains(Box other) {
            // A pixel of slack: window managers round decorations, and a window flush with an edge must fit.
            return other.x >= x - 1 && other.y >= y - 1 && other.x + other.width <= x + width + 1
                    && other.y + other.height <= y + height + 1;
        }

        Box centredIn(Box screen) {
            double w = Math.min(width, screen.width);
            double h = Math.min(height, screen.height);
            return new Box(screen.x + (screen.width - w) / 2, screen.y + (screen.height - h) / 2, w, h);
        }
    }

    /** What the window remembered: its bounds when last not maximised, and whether it was maximised. */
    public record Remembered(Box bounds, boolean maximised) {
    }

    /** Where to put the window, and whether to maximise it (the bounds are then the screen's, for no WM). */
    public record Placement(Box bounds, boolean maximised) {
    }

    private WindowPlacement() {
    }

    /**
     * Places the window for this start.
     *
     * @param primary the primary screen's visual bounds (without task bars and docks)
     * @param screens every screen's visual bounds, the primary among them
     * @param remembered the last window, if there was one
     */
    public static Placement place(Box primary, List<Box> screens, Optional<Remembered> remembered) {
        if (remembered.isEmpty()) {
            return firstStart(primary);
        }
        Remembered last = remembered.get();
        return new Placement(onScreen(last.bounds(), primary, screens), last.maximised());
    }

    private static Placement firstStart(Box primary) {
        if (isSmall(primary)) {
            return new Placement(primary, true);
        }
        return new Placement(new Box(0, 0, COMFORTABLE_WIDTH, COMFORTABLE_HEIGHT).centredIn(primary), false);
    }

    private static Box onScreen(Box window, Box primary, List<Box> screens) {
        boolean fits = screens.stream().anyMatch(screen -> screen.contains(window));
        return fits ? window : window.centredIn(primary);
    }

    private static boolean isSmall(Box screen) {
        return screen.width() < SMALL_WIDTH || screen.height() < SMALL_HEIGHT;
    }
}

package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.factdesk.ui.shell.WindowPlacement.Box;
import org.factdesk.ui.shell.WindowPlacement.Placement;
import org.factdesk.ui.shell.WindowPlacement.Remembered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowPlacementTest {

    // Visual bounds as a desktop reports them: a top bar of 27 px (GNOME), a task bar of 40 px at the bottom.
    private static final Box LAPTOP_720 = new Box(0, 27, 1280, 693);
    private static final Box LAPTOP_768 = new Box(0, 0, 1366, 728);
    private static final Box DESKTOP = new Box(0, 0, 1920, 1040);
    private static final Box RIGHT_MONITOR = new Box(1920, 0, 1920, 1080);

    @ParameterizedTest
    @CsvSource({"1280, 693", "1366, 728", "1439, 1040", "1920, 899"})
    void aFirstStartOnASmallScreenFillsItMaximised(double width, double height) {
        Box screen = new Box(0, 27, width, height);

        Placement placement = WindowPlacement.place(screen, List.of(screen), Optional.empty());

        assertTrue(placement.maximised());
        assertEquals(screen, placement.bounds());
    }

    @Test
    void aFirstStartOnALargeScreenIsCentredAtAComfortableSize() {
        Placement placement = WindowPlacement.place(DESKTOP, List.of(DESKTOP), Optional.empty());

        assertFalse(placement.maximised());
        assertEquals(new Box(280, 90, 1360, 860), placement.bounds());
    }

    @Test
    void aRememberedWindowThatStillFitsStaysWhereItWas() {
        Box last = new Box(100, 60, 1000, 600);

        Placement placement = WindowPlacement.place(LAPTOP_768, List.of(LAPTOP_768),
                Optional.of(new Remembered(last, false)));

        assertEquals(new Placement(last, false), placement);
    }

    @Test
    void aRememberedWindowOnASecondMonitorStaysThereWhileTheMonitorIsPlugged() {
        Box last = new Box(2100, 100, 1400, 900);

        Placement placement = WindowPlacement.place(DESKTOP, List.of(DESKTOP, RIGHT_MONITOR),
                Optional.of(new Remembered(last, false)));

        assertEquals(last, placement.bounds());
    }

    @Test
    void aRememberedWindowOnAnUnpluggedMonitorComesBackOntoThePrimaryScreen() {
        Box last = new Box(2100, 100, 1000, 600);

        Placement placement = WindowPlacement.place(DESKTOP, List.of(DESKTOP),
                Optional.of(new Remembered(last, false)));

        assertEquals(new Box(460, 220, 1000, 600), placement.bounds());
        assertFalse(placement.maximised());
    }

    @Test
    void aRememberedWindowLargerThanTheScreenNowIsShrunkOntoIt() {
        // The window of the old default, 1360×860, remembered and then opened on a 1280×720 laptop: it used to
        // sit at −40,−47 with its menus off screen.
        Box last = new Box(280, 90, 1360, 860);

        Placement placement = WindowPlacement.place(LAPTOP_720, List.of(LAPTOP_720),
                Optional.of(new Remembered(last, false)));

        assertEquals(LAPTOP_720, placement.bounds());
        assertTrue(LAPTOP_720.contains(placement.bounds()));
    }

    @Test
    void aWindowPartlyOffTheScreenIsBroughtBack() {
        Box last = new Box(-300, 500, 900, 600);

        Placement placement = WindowPlacement.place(LAPTOP_768, List.of(LAPTOP_768),
                Optional.of(new Remembered(last, false)));

        assertTrue(LAPTOP_768.contains(placement.bounds()), placement.toString());
        assertEquals(900, placement.bounds().width());
    }

    @Test
    void aMaximisedWindowIsMaximisedAgain() {
        Box last = new Box(50, 50, 1000, 600);

        Placement placement = WindowPlacement.place(DESKTOP, List.of(DESKTOP),
                Optional.of(new Remembered(last, true)));

        assertTrue(placement.maximised());
        assertEquals(last, placement.bounds(), "un-maximising goes back to the remembered size");
    }
}

package org.factdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DesktopStartTest {

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
        "Linux, :0, none, true",
        "Linux, none, wayland-0, true",
        "Linux, '', '', false",
        "Linux, none, none, false",
        "Linux, '  ', none, false",
        "FreeBSD, none, none, false",
        "Windows 11, none, none, true",
        "Mac OS X, none, none, true"})
    void aDisplayIsNeededOnlyWhereAnXOrWaylandServerMustBeNamed(String os, String display, String wayland,
            boolean expected) {
        Map<String, String> environment = new HashMap<>();
        if (display != null) {
            environment.put("DISPLAY", display);
        }
        if (wayland != null) {
            environment.put("WAYLAND_DISPLAY", wayland);
        }

        assertEquals(expected, DesktopStart.hasDisplay(os, environment));
    }

    @Test
    void aDisplayThatCannotBeOpenedIsRecognisedThroughTheLaunchersWrapping() {
        RuntimeException launch = new RuntimeException("Exception in Application start method",
                new UnsupportedOperationException("Unable to open DISPLAY"));

        assertTrue(DesktopStart.toolkitFailedToStart(launch));
        assertFalse(DesktopStart.toolkitFailedToStart(new IllegalStateException("a bug in the window")));
    }

    @Test
    void javafxsClassPathWarningIsQuietAndItsOtherWarningsAreNot() {
        Logger javafx = Logger.getLogger("javafx");
        List<String> published = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                published.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        javafx.addHandler(handler);
        try {
            DesktopStart.quietClassPathWarning();
            javafx.warning(DesktopStart.CLASS_PATH_WARNING + ": classes were loaded from 'unnamed module @1a2b'");
            javafx.warning("Loading the stylesheet failed");
        } finally {
            javafx.removeHandler(handler);
        }

        assertEquals(List.of("Loading the stylesheet failed"), published);
    }
}

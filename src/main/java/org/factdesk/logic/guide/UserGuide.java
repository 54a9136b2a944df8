package org.factdesk.logic.guide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The user guide bundled in the jar ({@code user-guide.html} beside this class): a plain, self-contained HTML
 * page that a browser shows as well, read into a {@link GuidePage} for the workstation's guide window. Nothing is
 * fetched from anywhere else. Stateless; blocking (it reads the jar), so keep it off the JavaFX thread.
 */
public final class UserGuide {

    static final String RESOURCE = "user-guide.html";

    private UserGuide() {
    }

    /** The guide's HTML as bundled. */
    public static String html() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the application (" + RESOURCE + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The guide as the window shows it. */
    public static GuidePage page() {
        return GuidePageReader.read(html());
    }
}

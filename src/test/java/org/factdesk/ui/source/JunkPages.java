package org.factdesk.ui.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saved pages with site junk around a fictional article, as a browser saves a page whose article is not marked:
 * a navigation bar, the weather and the town above it, a repeated photo credit, and boxes after it. Test fixture.
 */
public final class JunkPages {

    public static final String FIRST = "For the first time in eleven years, a colony of kittiwakes has nested along "
            + "the old breakwater at Port Vellan, the island's wardens said on Tuesday, after counting more than "
            + "two hundred pairs on the ledges.";
    public static final String SECOND = "The wardens believe the birds were driven from the northern cliffs by a "
            + "rockfall last winter, and found the breakwater's ledges quiet once the ferry moved to its new berth "
            + "in the spring of last year.";
    /** A line the proposal drops as coming before the article; the third line of the page's text. */
    public static final String TOWN = "Port Vellan";
    public static final String TITLE = "Gull colony returns to the breakwater";
    public static final String OUTLET = "Kestrel Island Times";

    private JunkPages() {
    }

    /** The page's HTML. */
    public static String html() {
        return "<html><head><title>" + TITLE + " | " + OUTLET + "</title></head><body>\n"
                + "<div>Home | Island | Harbour | Weather | Sport</div>\n<div>7°C</div>\n<div>" + TOWN + "</div>\n"
                + "<div>" + FIRST + "</div>\n<div>Photo: Island Wardens</div>\n<div>" + SECOND + "</div>\n"
                + "<div>Photo: Island Wardens</div>\n<div>Latest Posts</div><div>Ferry fares frozen</div>\n"
                + "<div>Stay in touch</div>\n</body></html>\n";
    }

    /** Writes the page as {@code name} in {@code folder}. */
    public static Path write(Path folder, String name) throws IOException {
        return Files.writeString(folder.resolve(name), html(), StandardCharsets.UTF_8);
    }
}

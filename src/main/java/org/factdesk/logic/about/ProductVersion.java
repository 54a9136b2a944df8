package org.factdesk.logic.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version Maven wrote into {@code version.properties} beside this class at build time, for
 * {@code --version} and Help > About alike. Here rather than in the app layer so that the workstation's views may
 * read it too. Stateless; any thread.
 */
public final class ProductVersion {

    /** The product's name, as the window title and the About dialog spell it. */
    public static final String PRODUCT = "Factdesk";

    static final String RESOURCE = "version.properties";

    private ProductVersion() {
    }

    /** The project version, or "unknown" when the resource is missing or was not filtered (an IDE build). */
    public static String current() {
        try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "unknown" : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").strip();
        return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
    }
}

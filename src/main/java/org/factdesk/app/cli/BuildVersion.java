package org.factdesk.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version Maven wrote into {@code org/factdesk/app/version.properties} at build time, for {@code --version}.
 * Stateless; any thread.
 */
final class BuildVersion implements IVersionProvider {

    static final String RESOURCE = "/org/factdesk/app/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"factdesk " + version()};
    }

    /** The project version, or "unknown" when the resource is missing or was not filtered (an IDE build). */
    static String version() {
        try (InputStream in = BuildVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").strip();
            return version.isEmpty() || version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

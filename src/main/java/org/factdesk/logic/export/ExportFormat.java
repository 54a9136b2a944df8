package org.factdesk.logic.export;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forms a story can be exported in, with the short name the command line uses and the file extension a
 * saved export gets. Immutable.
 */
public enum ExportFormat {
    TEXT("text", "txt"),
    HTML("html", "html"),
    MARKDOWN("md", "md"),
    JSON("json", "json");

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    /** The name on the command line: text, html, md or json. */
    public String cliName() {
        return cliName;
    }

    /** The file extension without its dot: txt, html, md or json. */
    public String extension() {
        return extension;
    }

    /** The format with this command-line name, ignoring case. */
    public static Optional<ExportFormat> ofCliName(String name) {
        return Arrays.stream(values()).filter(format -> format.cliName.equalsIgnoreCase(name.strip())).findFirst();
    }

    /** "text, html, md, json", for messages and help. */
    public static String cliNames() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}

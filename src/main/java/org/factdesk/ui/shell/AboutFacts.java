package org.factdesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.factdesk.logic.about.ProductVersion;

/**
 * What Help > About tells: the product and its version, the Java and JavaFX it runs on, and the open project's
 * file, as label and value rows and as text to paste into a bug report. Holds no controls. Any thread.
 *
 * @param version the build's version ({@link ProductVersion#current()})
 * @param java the Java runtime, with its vendor and virtual machine
 * @param javafx the JavaFX runtime
 * @param projectFile where the open project is, or a sentence saying none is open
 */
record AboutFacts(String version, String java, String javafx, String projectFile) {

    static final String NO_PROJECT = "No project is open";

    /** One line of the dialog. */
    record Row(String label, String value) {
    }

    /**
     * @param systemProperty reads a system property ({@code System::getProperty}); null when it is not set
     * @param project the open project's file, or null
     */
    static AboutFacts of(String version, UnaryOperator<String> systemProperty, Path project) {
        String java = orUnknown(systemProperty.apply("java.version"));
        String vendor = systemProperty.apply("java.vendor");
        String vm = systemProperty.apply("java.vm.name");
        if (vendor != null && vm != null) {
            java += " (" + vm + ", " + vendor + ")";
        }
        // JavaFX sets javafx.runtime.version when the toolkit starts; javafx.version comes with its jars.
        String fx = systemProperty.apply("javafx.runtime.version");
        String javafx = orUnknown(fx != null ? fx : systemProperty.apply("javafx.version"));
        return new AboutFacts(version, java, javafx,
                project == null ? NO_PROJECT : project.toAbsolutePath().normalize().toString());
    }

    /** The facts of this running workstation. */
    static AboutFacts current(Path project) {
        return of(ProductVersion.current(), System::getProperty, project);
    }

    String heading() {
        return ProductVersion.PRODUCT + " " + version;
    }

    List<Row> rows() {
        return List.of(new Row("Version", version), new Row("Java", java), new Row("JavaFX", javafx),
                new Row("Project file", projectFile));
    }

    /** Every row as "label: value", one a line, under the heading. */
    String asText() {
        StringBuilder text = new StringBuilder(heading()).append('\n');
        for (Row row : rows()) {
            text.append(row.label()).append(": ").append(row.value()).append('\n');
        }
        return text.toString();
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "unknown" : value.strip();
    }
}

package org.factdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AboutFactsTest {

    private static final Map<String, String> RUNTIME = Map.of("java.version", "17.0.15", "java.vendor", "Debian",
            "java.vm.name", "OpenJDK 64-Bit Server VM", "javafx.runtime.version", "21.0.5+1");

    @Test
    void tellsTheVersionTheRuntimesAndWhereTheProjectIs() {
        AboutFacts facts = AboutFacts.of("2.3.0", RUNTIME::get, Path.of("/desk/stories/../Harbour.mv.db"));

        assertEquals("Factdesk 2.3.0", facts.heading());
        assertEquals(List.of(new AboutFacts.Row("Version", "2.3.0"),
                new AboutFacts.Row("Java", "17.0.15 (OpenJDK 64-Bit Server VM, Debian)"),
                new AboutFacts.Row("JavaFX", "21.0.5+1"),
                new AboutFacts.Row("Project file", Path.of("/desk/Harbour.mv.db").toString())), facts.rows());
    }

    @Test
    void withoutAProjectOrRuntimeDetailsItSaysSoPlainly() {
        AboutFacts facts = AboutFacts.of("2.3.0", Map.of("javafx.version", "21.0.5")::get, null);

        assertEquals("unknown", facts.java());
        assertEquals("21.0.5", facts.javafx(), "the JavaFX jars' version before the toolkit runs");
        assertEquals(AboutFacts.NO_PROJECT, facts.projectFile());
    }

    @Test
    void asTextIsOneLinePerRowUnderTheHeadingForABugReport() {
        AboutFacts facts = AboutFacts.of("2.3.0", RUNTIME::get, null);

        assertEquals("""
                Factdesk 2.3.0
                Version: 2.3.0
                Java: 17.0.15 (OpenJDK 64-Bit Server VM, Debian)
                JavaFX: 21.0.5+1
                Project file: No project is open
                """, facts.asText());
    }
}

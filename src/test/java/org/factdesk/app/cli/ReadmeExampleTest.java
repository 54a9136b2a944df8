package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's JSON example must stay importable, so the documentation cannot drift from the reader. */
class ReadmeExampleTest {

    @TempDir
    Path folder;

    @Test
    void readmeJsonExampleImportsAndExports() throws Exception {
        Matcher example = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        assertTrue(example.find(), "README.md has a JSON example");
        Path json = Files.writeString(folder.resolve("example.json"), example.group(1));
        Path project = folder.resolve("example.mv.db");

        CliRun imported = CliRun.of("import", project.toString(), json.toString());
        assertEquals(0, imported.status(), imported.err());

        CliRun text = CliRun.of("export", project.toString(), "--story", imported.lastOutLine(), "--format", "text");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("Sources: 1"), text.out());
    }
}

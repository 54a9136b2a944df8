package org.factdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's keyboard table is the registry's, so the documentation cannot drift from the keys. */
class ReadmeShortcutsTest {

    private static final String BEGIN = "<!-- shortcuts: generated from ui/common/Shortcut.java -->\n";
    private static final String END = "<!-- shortcuts: end -->";

    @Test
    void readmeKeyboardTableIsTheRegistrys() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md marks its keyboard table with " + BEGIN.strip());
        assertEquals(ShortcutTable.markdown(), readme.substring(begin + BEGIN.length(), end),
                "README.md's keyboard table differs from ui/common/Shortcut.java; paste the expected table there");
    }
}

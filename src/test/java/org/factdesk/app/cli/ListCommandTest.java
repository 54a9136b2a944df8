package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.SourceDraft;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code list} on a project whose fields hold characters that could act on a terminal, as an older project or
 * a hand-edited file may: they are printed as codes, never as themselves.
 */
class ListCommandTest {

    @TempDir
    Path folder;

    static Stream<Arguments> actingCharacters() {
        return Stream.of(
                Arguments.of("\u001B[2J\u001B[31mRed", "<U+001B>[2J<U+001B>[31mRed"),
                Arguments.of("\u001B]0;title\u0007", "<U+001B>]0;title<U+0007>"),
                Arguments.of("Gazette\u009B1m", "Gazette<U+009B>1m"),
                Arguments.of("Back\bspace\u007F", "Back<U+0008>space<U+007F>"),
                Arguments.of("evil\u202Etxt.exe", "evil<U+202E>txt.exe"),
                Arguments.of("\u2067Isolated", "<U+2067>Isolated"),
                Arguments.of("Half \uDC00", "Half <U+DC00>"),
                Arguments.of("Two\nlines\tand\ra tab", "Two lines and a tab"));
    }

    @ParameterizedTest
    @MethodSource("actingCharacters")
    void storyTitlesOutletsAndSourceTitlesShowActingCharactersAsCodes(String raw, String shown) throws Exception {
        Path file = folder.resolve("desk.mv.db");
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            project.stories().createStory(raw, "Lede", HouseStyle.DEFAULT);
            project.library().addSource(new SourceDraft(raw, raw, "", "", LocalDate.of(2031, 5, 2), "",
                    "The weir was mended.", "test"));
        }

        CliRun run = CliRun.of("list", file.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("  1  " + shown), run.out());
        assertTrue(run.out().contains("  1  " + shown + "  " + shown), run.out());
        assertFalse(run.out().codePoints().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)
                || c == 0x202E || c == 0x2067 || Character.isSurrogate((char) c)), run.out());
    }
}

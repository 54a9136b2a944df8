package org.factdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factdesk.logic.text.TextRules;
import org.factdesk.model.HouseStyle;
import org.factdesk.model.Project;
import org.factdesk.model.Story;
import org.factdesk.store.H2ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Odd characters end to end: {@code import} refuses them with exit 1 and one line naming the place, so no
 * export can fail later; a project that holds them anyway prints them as codes.
 */
class OddCharactersCliTest {

    @TempDir
    Path folder;

    private static String story(String title, String outlet, String text) {
        return "{\n"
                + "  \"format\": \"factdesk.story\", \"version\": 1,\n"
                + "  \"title\": \"" + title + "\",\n"
                + "  \"lede\": \"The footbridge reopens.\",\n"
                + "  \"sources\": [\n"
                + "    {\"id\": \"a\", \"outlet\": \"Kestrel Weekly\", \"text\": \"The footbridge reopens on Friday.\"},\n"
                + "    {\"id\": \"b\", \"outlet\": \"" + outlet + "\", \"text\": \"" + text + "\"}\n"
                + "  ],\n"
                + "  \"facts\": [{\"text\": \"It reopens on Friday.\", \"citations\": [{\"source\": \"a\"}]}]\n"
                + "}\n";
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(story("Bridge \\ud800reopens", "Fenn FM", "Open again."),
                        "title: line 3, column 12: a broken character (a lone UTF-16 surrogate) at character 8"),
                Arguments.of(story("Bridge", "Fenn FM", "Open \\udc00again."),
                        "sources[1].text: line 7, column 46: a broken character (a lone UTF-16 surrogate) at "
                                + "character 6"),
                Arguments.of(story("Bridge", "Fenn\\u001b[2J FM", "Open again."),
                        "sources[1].outlet: line 7, column 27: a control character (U+001B) at character 5"),
                Arguments.of(story("Bridge\\u009b", "Fenn FM", "Open again."),
                        "title: line 3, column 12: a control character (U+009B) at character 7"),
                Arguments.of(story("Bridge\\nreopens", "Fenn FM", "Open again."),
                        "title: line 3, column 12: a line break in a one-line field at character 7"));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void importRefusesOddCharactersWithOneLineNamingThePlace(String json, String expected) throws IOException {
        Path storyJson = Files.writeString(folder.resolve("bridge.json"), json);
        Path project = folder.resolve("desk.mv.db");

        CliRun run = CliRun.of("import", project.toString(), storyJson.toString());

        assertEquals(1, run.status(), run.err());
        assertEquals(java.util.List.of("factdesk: error: bridge.json: " + expected), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void importRefusesATooLongThirdSourceTextByItsPlace() throws IOException {
        Path storyJson = folder.resolve("long.json");
        try (Writer out = Files.newBufferedWriter(storyJson, StandardCharsets.UTF_8)) {
            out.write("""
                    {"format": "factdesk.story", "version": 1, "lede": "L", "sources": [
                    {"id": "a", "outlet": "O", "text": "T"},
                    {"id": "b", "outlet": "O", "text": "T"},
                    {"id": "c", "outlet": "O", "text": \"""");
            String block = "w".repeat(1 << 20);
            for (int i = 0; i <= TextRules.MAX_SOURCE_CHARS >> 20; i++) {
                out.write(block);
            }
            out.write("\"}], \"facts\": []}");
        }

        CliRun run = CliRun.of("import", folder.resolve("desk.mv.db").toString(), storyJson.toString());

        assertEquals(1, run.status(), run.err());
        assertEquals(java.util.List.of("factdesk: error: long.json: sources[2].text: line 4, column 36: text longer "
                + "than 20 MB (20,971,520 characters), the most Factdesk takes in one text"), run.errLines());
    }

    @Test
    void textExportOfAProjectHoldingControlCharactersShowsThemAsCodes() throws Exception {
        Path file = folder.resolve("old.mv.db");
        long storyId;
        try (Project project = new H2ProjectFiles().openOrCreate(file)) {
            Story story = project.stories().createStory("Bridge\u001B]0;owned\u0007", "Lede\u009B2J",
                    HouseStyle.DEFAULT);
            storyId = story.id();
        }

        CliRun run = CliRun.of("export", file.toString(), "--story", String.valueOf(storyId), "--format", "text");

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Bridge<U+001B>]0;owned<U+0007>\nLede<U+009B>2J\n"), run.out());
        assertFalse(run.out().codePoints().anyMatch(c -> c == 0x1B || c == 0x07 || c == 0x9B), run.out());
    }
}

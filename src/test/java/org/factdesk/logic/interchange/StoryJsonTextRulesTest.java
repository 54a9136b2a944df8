package org.factdesk.logic.interchange;

import static org.factdesk.logic.interchange.StoryJsonReaderTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factdesk.logic.interchange.StoryPlan.Passage;
import org.factdesk.logic.text.TextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The story reader applies {@link TextRules} to every text, with the place, line and column of a refusal. */
class StoryJsonTextRulesTest {

    private static final String HEAD = "'format': 'factdesk.story', 'version': 1";

    private final StoryJsonReader reader = new StoryJsonReader();

    /** A story on several lines, as files are written, with one field of a source or story replaced. */
    static String story(String storyTitle, String lede, String outlet, String sourceText, String factText,
                        String quote, String label) {
        return "{\n"
                + "  \"format\": \"factdesk.story\", \"version\": 1,\n"
                + "  \"title\": \"" + storyTitle + "\",\n"
                + "  \"lede\": \"" + lede + "\",\n"
                + "  \"sources\": [\n"
                + "    {\"id\": \"a\", \"outlet\": \"Fenwater Gazette\", \"text\": \"The weir was mended.\"},\n"
                + "    {\"id\": \"b\", \"outlet\": \"" + outlet + "\",\n"
                + "     \"text\": \"" + sourceText + "\"}\n"
                + "  ],\n"
                + "  \"facts\": [{\"text\": \"" + factText + "\",\n"
                + "    \"citations\": [{\"source\": \"b\", \"quote\": \"" + quote + "\"}]}],\n"
                + "  \"narratives\": [{\"label\": \"" + label + "\", \"providedBy\": \"Fenwater Gazette\", "
                + "\"text\": \"Repairs came late.\"}]\n"
                + "}\n";
    }

    static String story() {
        return story("Weir mended", "The weir is mended.", "Vale Radio", "Repairs ended on Monday.",
                "Repairs ended.", "Repairs ended", "Council view");
    }

    static Stream<Arguments> brokenTexts() {
        String ok = story();
        return Stream.of(
                Arguments.of(ok.replace("Weir mended", "Weir \\ud800mended"), "title", 3, 12,
                        "a broken character (a lone UTF-16 surrogate) at character 6"),
                Arguments.of(ok.replace("The weir is mended.", "The weir is \\uDFFF mended."), "lede", 4, 11,
                        "a broken character (a lone UTF-16 surrogate) at character 13"),
                Arguments.of(ok.replace("Vale Radio", "Vale\\u001b[2J Radio"), "sources[1].outlet", 7, 27,
                        "a control character (U+001B) at character 5"),
                Arguments.of(ok.replace("Vale Radio", "Vale\\tRadio"), "sources[1].outlet", 7, 27,
                        "a tab in a one-line field at character 5"),
                Arguments.of(ok.replace("Vale Radio", "Vale\\nRadio"), "sources[1].outlet", 7, 27,
                        "a line break in a one-line field at character 5"),
                Arguments.of(ok.replace("Repairs ended on Monday.", "Repairs ended on Mon\\udbffday."),
                        "sources[1].text", 8, 14, "a broken character (a lone UTF-16 surrogate) at character 21"),
                Arguments.of(ok.replace("Repairs ended on Monday.", "Repairs\\u0000 ended on Monday."),
                        "sources[1].text", 8, 14, "a control character (U+0000) at character 8"),
                Arguments.of(ok.replace("Repairs ended on Monday.", "Repairs ended \u009b2J on Monday."),
                        "sources[1].text", 8, 14, "a control character (U+009B) at character 15"),
                Arguments.of(ok.replace("Repairs ended.", "Repairs \\u007fended."), "facts[0].text", 10, 22,
                        "a control character (U+007F) at character 9"),
                Arguments.of(ok.replace("\"Repairs ended\"", "\"Repairs\\ud83d ended\""),
                        "facts[0].citations[0].quote", 11, 44,
                        "a broken character (a lone UTF-16 surrogate) at character 8"),
                Arguments.of(ok.replace("Council view", "Council\\u0085view"), "narratives[0].label", 12, 28,
                        "a control character (U+0085) at character 8"),
                Arguments.of(ok.replace("\"id\": \"b\"", "\"id\": \"b\\u0007\""), "sources[1].id", 7, 12,
                        "a control character (U+0007) at character 2"));
    }

    @ParameterizedTest
    @MethodSource("brokenTexts")
    void forbiddenCharacterIsRefusedWithItsPlaceLineAndColumn(String json, String place, int line, int column,
                                                              String problem) {
        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read(json));

        assertEquals(place + ": line " + line + ", column " + column + ": " + problem, error.getMessage());
        assertEquals(place, error.place());
    }

    @Test
    void deepNestingIsRefusedInOneShortLineWithItsPosition() {
        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read("[".repeat(5000)));

        assertTrue(error.getMessage().length() < 200, error.getMessage());
        assertTrue(error.getMessage().endsWith("line 1, column 1001: nested more than 1000 levels deep; a story "
                + "file needs 4"), error.getMessage());
    }

    @Test
    void storyWithoutForbiddenCharactersIsRead() throws Exception {
        StoryPlan plan = reader.read(story());

        assertEquals("Vale Radio", plan.sources().get(1).draft().outlet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\t", "\\n", "\\r\\n", "\\u202e", "\\u2067", "\\ud83d\\ude00", "\\u00a0"})
    void runningTextMayHoldTabsLineBreaksBidiMarksAndWholeCharacters(String inText) throws Exception {
        String json = story().replace("Repairs ended on Monday.", "Repairs ended" + inText + " on Monday.");

        assertEquals(1, reader.read(json).facts().size());
    }

    @Test
    void surrogateEncodedAsUtf8BytesIsRefusedToo(@TempDir Path folder) throws Exception {
        // CESU-style bytes for U+D800: well-formed to a lax decoder, but half a character.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] halves = story().split("Monday", 2);
        bytes.writeBytes(halves[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        bytes.writeBytes(halves[1].getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(folder.resolve("story.json"), bytes.toByteArray());

        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read(file));

        assertEquals("sources[1].text: line 8, column 14: a broken character (a lone UTF-16 surrogate) at "
                + "character 18", error.getMessage());
    }

    @Test
    void malformedUtf8IsASyntaxErrorWithLineAndColumn(@TempDir Path folder) throws Exception {
        byte[] story = story().replace("Monday", "Monday_").getBytes(StandardCharsets.UTF_8);
        int at = new String(story, StandardCharsets.ISO_8859_1).indexOf("Monday_") + 6;
        story[at] = (byte) 0xFF;
        Path file = Files.write(folder.resolve("story.json"), story);

        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read(file));

        assertTrue(error.getMessage().matches("line 8, column \\d+: JSON syntax error: invalid UTF-8.*"),
                error.getMessage());
    }

    @Test
    void controlCharactersInNamesAreShownAsCodesInMessages() {
        String json = story().replace("\"title\"", "\"ti\\u001b]0;pwned\\u0007tle\"");

        StoryJsonException error = assertThrows(StoryJsonException.class, () -> reader.read(json));

        assertEquals("ti<U+001B>]0;pwned<U+0007>tle: line 3, column 32: unknown field", error.getMessage());
    }

    @Test
    void controlCharactersInQuotedValuesAreShownAsCodes() {
        assertEquals("\"fact<U+009B>desk<U+202E>\"", StoryJsonReader.quoted("fact\u009bdesk\u202e"));
    }

    static Stream<Arguments> lineEnds() {
        return Stream.of(
                Arguments.of("First line.\\r\\nSecond line.", "First line.\\r\\nSecond", "First line.\nSecond line.", 0, 18),
                Arguments.of("First line.\\rSecond line.", "line.\\rSecond", "First line.\nSecond line.", 6, 18),
                Arguments.of("A.\\r\\n\\r\\nB then C.", "B then", "A.\n\nB then C.", 4, 10),
                Arguments.of("A.\\r\\n\\r\\nB then C.", "A.\\n\\nB", "A.\n\nB then C.", 0, 5),
                Arguments.of("A.\\rB.\\r\\nC.", "B.\\nC", "A.\nB.\nC.", 3, 7));
    }

    @ParameterizedTest
    @MethodSource("lineEnds")
    void carriageReturnsBecomeLineFeedsBeforeQuotesAreMatched(String sourceText, String quote, String stored,
                                                               int start, int end) throws Exception {
        String json = story().replace("Repairs ended on Monday.", sourceText)
                .replace("\"Repairs ended\"", "\"" + quote + "\"");

        StoryPlan plan = reader.read(json);

        assertEquals(stored, plan.sources().get(1).draft().text());
        assertEquals(new Passage(start, end), plan.facts().get(0).citations().get(0).passage());
        assertEquals(stored.substring(start, end),
                TextRules.normaliseLineEnds(quote.replace("\\r", "\r").replace("\\n", "\n")));
    }

    @Test
    void carriageReturnsInFactsLedesAndNarrativesBecomeLineFeeds() throws Exception {
        String json = story().replace("The weir is mended.", "The weir\\r\\nis mended.")
                .replace("Repairs ended.", "Repairs\\rended.").replace("Repairs came late.", "Late\\r\\n.");

        StoryPlan plan = reader.read(json);

        assertEquals("The weir\nis mended.", plan.lede());
        assertEquals("Repairs\nended.", plan.facts().get(0).text());
        assertEquals("Late\n.", plan.narratives().get(0).text());
    }

    @Test
    void tooLongThirdSourceTextIsNamedWithAPlainMessage() {
        String tooLong = "w".repeat(TextRules.MAX_SOURCE_CHARS + 1);
        String json = json("{" + HEAD + ", 'lede': 'L', 'sources': [{'id': 'a', 'outlet': 'O', 'text': 'T'},\n"
                + "{'id': 'b', 'outlet': 'O', 'text': 'T'},\n{'id': 'c', 'outlet': 'O', 'text': '") + tooLong
                + json("'}], 'facts': []}");

        StoryJsonException error = assertThrows(StoryJsonException.class,
                () -> reader.read(new StringReader(json), "big.json"));

        assertEquals("sources[2].text: line 3, column 36: text longer than 20 MB (20,971,520 characters), the most "
                + "Factdesk takes in one text", error.getMessage());
    }

    @Test
    void sourceTextAtTheLimitIsRead() throws Exception {
        String longest = "w".repeat(TextRules.MAX_SOURCE_CHARS);
        String json = json("{" + HEAD + ", 'lede': 'L', 'sources': [{'id': 'a', 'outlet': 'O', 'text': '")
                + longest + json("'}], 'facts': []}");

        assertEquals(TextRules.MAX_SOURCE_CHARS, reader.read(json).sources().get(0).draft().text().length());
    }

    @Test
    void fileLongerThanTheLimitIsRefusedWithAPlainMessage() {
        StoryJsonException error = assertThrows(StoryJsonException.class, () -> LocatedJsonParser.parse(
                endless(json("{" + HEAD + ", 'lede': 'L',"), " ")));

        // Inside the story, too, the file is the place: the value being read when Jackson noticed may not even
        // have begun, and its line and column are a buffer past the limit.
        assertEquals("the file is longer than 100 MB (104,857,600 bytes), the most Factdesk reads as one story",
                error.getMessage());
        assertEquals(0, error.line());
    }

    @Test
    void blankLinesPastTheLimitGiveTheSizeAndNoMisleadingColumn() {
        // What `yes " " | factdesk import p.mv.db /dev/stdin` sends; it was reported at "line 1, column 0".
        StoryJsonException error = assertThrows(StoryJsonException.class,
                () -> LocatedJsonParser.parse(endless("", " \n")));

        assertEquals("the file is longer than 100 MB (104,857,600 bytes), the most Factdesk reads as one story",
                error.getMessage());
        assertEquals(0, error.line());
        assertEquals(0, error.column());
    }

    /** {@code head}, then {@code unit} again and again for ever: the reader must stop without holding it all. */
    private static InputStream endless(String head, String unit) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] repeated = unit.getBytes(StandardCharsets.UTF_8);
        return new InputStream() {
            private long sent;

            @Override
            public int read() {
                long at = sent++;
                return at < start.length ? start[(int) at] : repeated[(int) ((at - start.length) % repeated.length)];
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                for (int i = 0; i < length; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return length;
            }
        };
    }
}

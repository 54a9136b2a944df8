package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factdesk.logic.text.TextRules;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Source files are held to {@link TextRules}, and damaged UTF-8 is refused with the place of its first bad byte. */
class SourceFileTextRulesTest {

    @TempDir
    Path folder;

    private final SourceFileReader reader = new SourceFileReader();

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            } else {
                for (int b : (int[]) part) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    private String refusal(String name, byte[] content) throws Exception {
        Path file = Files.write(folder.resolve(name), content);
        return assertThrows(SourceImportException.class, () -> reader.read(file)).getMessage();
    }

    static Stream<Arguments> damagedUtf8() {
        return Stream.of(
                Arguments.of(bytes("Café at the quay.\nBad ", new int[] {0xFF}, " byte."),
                        "byte 0xFF at offset 23 (line 2)"),
                Arguments.of(bytes("Naïve\n\nline three ", new int[] {0xC3}, "x"),
                        "byte 0xC3 at offset 19 (line 3)"),
                Arguments.of(bytes("Née ", new int[] {0xED, 0xA0, 0x80}, " surrogate"),
                        "byte 0xED at offset 5 (line 1)"),
                Arguments.of(bytes("Über ", new int[] {0xE2, 0x82}), "byte 0xE2 at offset 6 (line 1)"),
                Arguments.of(bytes("Ôver\r\nlong ", new int[] {0xC0, 0xAF}), "byte 0xC0 at offset 12 (line 2)"));
    }

    @ParameterizedTest
    @MethodSource("damagedUtf8")
    void damagedUtf8TextIsRefusedWithItsFirstBadByte(byte[] content, String where) throws Exception {
        assertEquals("quay.txt is UTF-8 with a damaged character: " + where + " is not part of any character. "
                + "Save the file again as UTF-8.", refusal("quay.txt", content));
    }

    @Test
    void damagedUtf8HtmlIsRefusedToo() throws Exception {
        byte[] page = bytes("<html><head><meta charset=\"utf-8\"><title>Quay</title></head><body><p>Café ",
                new int[] {0xFE}, "</p></body></html>");

        assertEquals("quay.html is UTF-8 with a damaged character: byte 0xFE at offset 75 (line 1) is not part of "
                + "any character. Save the file again as UTF-8.", refusal("quay.html", page));
    }

    @Test
    void singleByteFileWithoutAnyUtf8IsStillReadAsWindows1252() throws Exception {
        Path file = Files.write(folder.resolve("old.txt"), bytes("Quay ", new int[] {0x93}, "open",
                new int[] {0x94}, " caf", new int[] {0xE9}));

        assertEquals("Quay \u201copen\u201d caf\u00e9", reader.read(file).text());
    }

    static Stream<Arguments> controls() {
        return Stream.of(
                Arguments.of("Quay.\nRed\u001B[31m alert", "a control character (U+001B) at line 2, column 4"),
                Arguments.of("Quay.\r\nOne.\r\nBell\u0007", "a control character (U+0007) at line 3, column 5"),
                Arguments.of("Quay\u0000", "a control character (U+0000) at line 1, column 5"),
                Arguments.of("Quay.\n\n\n\n\nCSI \u009B2J", "a control character (U+009B) at line 6, column 5"),
                Arguments.of("Page\fbreak", "a control character (U+000C) at line 1, column 5"),
                Arguments.of("\uD83C\uDF0A wave \u007F", "a control character (U+007F) at line 1, column 8"));
    }

    @ParameterizedTest
    @MethodSource("controls")
    void controlCharacterInATextFileIsRefusedWithItsLineAndColumn(String text, String where) throws Exception {
        assertEquals("quay.md holds " + where + ", which a source cannot hold.", refusal("quay.md", bytes(text)));
    }

    @Test
    void controlCharacterInAPageIsRefusedWithItsPlaceInTheText() throws Exception {
        byte[] page = bytes("<html><body><p>Quay shut.</p><p>Red\u001B[31m</p></body></html>");

        assertEquals("quay.html holds a control character (U+001B) at character 16 of its text, which a source "
                + "cannot hold.", refusal("quay.html", page));
    }

    @Test
    void surrogateReferencesInAPageShowAsReplacementCharactersAsInABrowser() throws Exception {
        Path file = Files.write(folder.resolve("refs.html"),
                bytes("<html><head><title>T&#xD800;itle</title></head><body><p>A &#xDC00; B &#55357;</p></body></html>"));

        SourceDraft draft = reader.read(file);

        assertEquals("A \uFFFD B \uFFFD", draft.text());
        assertEquals("T\uFFFDitle", draft.title());
        assertTrue(TextRules.allows(draft.text(), TextRules.Kind.TEXT), draft.text());
    }

    @Test
    void aNullCharacterReferenceInAPageShowsAsAReplacementCharacterAsInABrowser() throws Exception {
        Path file = Files.write(folder.resolve("nul.html"),
                bytes("<html><head><title>Pier&#0;s</title></head>"
                        + "<body><p>The pier&#0; and &#x0; quay.</p></body></html>"));

        SourceDraft draft = reader.read(file);

        assertEquals("The pier\uFFFD and \uFFFD quay.", draft.text());
        assertEquals("Pier\uFFFDs", draft.title());
    }

    @Test
    void controlCharactersInAPagesMetadataAreDropped() throws Exception {
        Path file = Files.write(folder.resolve("meta.html"), bytes("<html><head><title>Quay\u001B[2J shut</title>"
                + "<meta name=\"author\" content=\"Ana\u0007 Reed\"></head><body><p>Text.</p></body></html>"));

        SourceDraft draft = reader.read(file);

        assertEquals("Quay[2J shut", draft.title());
        assertEquals("Ana Reed", draft.author());
    }

    @Test
    void utf16FileWithByteOrderMarkIsRead() throws Exception {
        Path file = Files.write(folder.resolve("wide.txt"), "\uFEFFQuay \u00e9t\u00e9\r\nopen".getBytes(StandardCharsets.UTF_16LE));

        assertEquals("Quay \u00e9t\u00e9\nopen", reader.read(file).text());
    }

    @Test
    void utf16FileWithALoneSurrogateIsRefused() throws Exception {
        byte[] content = bytes(new int[] {0xFF, 0xFE, 'Q', 0, 0x00, 0xD8, 'x', 0});

        assertEquals("wide.txt starts as UTF-16 but holds a broken character (a lone surrogate or an odd number of "
                + "bytes). Save the file again as UTF-8.", refusal("wide.txt", content));
    }
}

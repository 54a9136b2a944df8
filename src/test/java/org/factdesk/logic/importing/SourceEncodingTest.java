package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.factdesk.logic.text.TextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text is read in the encoding it was written in; what is not text, empty or too large is refused by name. */
class SourceEncodingTest {

    private static final String TEXT = "Kaffe på kajen, “öppet” till sju\nCafé crème: 3,50 €";

    @TempDir
    Path folder;

    private final SourceFileReader reader = new SourceFileReader();

    private String read(String name, byte[] bytes) throws Exception {
        return reader.read(Files.write(folder.resolve(name), bytes)).text();
    }

    private String refusal(String name, byte[] bytes) throws Exception {
        Path file = Files.write(folder.resolve(name), bytes);
        return assertThrows(SourceImportException.class, () -> reader.read(file)).getMessage();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void utf8WithoutAByteOrderMarkIsRead() throws Exception {
        assertEquals(TEXT, read("kaj.txt", TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithAByteOrderMarkIsReadWithoutIt() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        assertEquals(TEXT, read("kaj.txt", concat(bom, TEXT.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithAByteOrderMarkIsRead(String charset) throws Exception {
        assertEquals(TEXT, read("kaj.txt", ("\uFEFF" + TEXT).getBytes(Charset.forName(charset))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void utf16WithoutAByteOrderMarkIsToldByItsZeroBytes(String charset) throws Exception {
        assertEquals(TEXT, read("kaj.md", TEXT.getBytes(Charset.forName(charset))));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws Exception {
        String legacy = "Kaffe på kajen, “öppet” till sju\nCafé crème: 3,50 €";

        assertEquals(legacy, read("kaj.txt", legacy.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void anUndeclaredPageInWindows1252IsReadAsABrowserWould() throws Exception {
        byte[] page = "<html><body><p>Café on the quay “opens” at seven.</p></body></html>"
                .getBytes(Charset.forName("windows-1252"));

        assertEquals("Café on the quay “opens” at seven.", read("cafe.html", page));
    }

    @Test
    void aPageInTheCharsetItDeclaresIsRead() throws Exception {
        byte[] page = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Fisk för 9 €</p></body></html>"
                .getBytes(Charset.forName("ISO-8859-15"));

        assertEquals("Fisk för 9 €", read("fisk.html", page));
    }

    @Test
    void aPageInUtf16WithoutAByteOrderMarkIsRead() throws Exception {
        byte[] page = "<html><body><p>Båt på väg</p></body></html>".getBytes(StandardCharsets.UTF_16LE);

        assertEquals("Båt på väg", read("bat.html", page));
    }

    @Test
    void anImageRenamedTxtIsRefusedAsNotText() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

        assertEquals("harbour.txt is not text: its content is a PNG image, whatever its name says.",
                refusal("harbour.txt", png));
    }

    @Test
    void aZipRenamedHtmlIsRefusedAsNotText() throws Exception {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

        assertEquals("report.html is not text: its content is a ZIP archive (or a Word, Excel or OpenDocument file), "
                + "whatever its name says.", refusal("report.html", zip));
    }

    @Test
    void binaryDataOfNoKnownFormatIsRefusedAsNotText() throws Exception {
        byte[] noise = new byte[4096];
        new Random(8).nextBytes(noise);
        noise[0] = 0x01;

        String message = refusal("noise.txt", noise);

        assertEquals("noise.txt is not text: it holds binary data (byte 0x01 at offset 0 and ", 
                message.substring(0, message.indexOf("and ") + 4));
    }

    @Test
    void anEmptyFileIsRefusedByName() throws Exception {
        assertEquals("notes.txt is empty.", refusal("notes.txt", new byte[0]));
        assertEquals("page.html is empty.", refusal("page.html", new byte[0]));
        assertEquals("mail.eml is empty.", refusal("mail.eml", new byte[0]));
    }

    @Test
    void aFileOver50MegabytesIsRefusedByNameBeforeItIsRead() throws Exception {
        Path file = folder.resolve("archive.html");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024 + 1);
        }

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("archive.html is larger than 50 MB, too large to import as a source.", refused.getMessage());
    }

    @Test
    void aFileWhoseTextIsLongerThanASourceMayHoldIsRefused() throws Exception {
        byte[] text = new byte[TextRules.MAX_SOURCE_CHARS + 1];
        Arrays.fill(text, (byte) 'a');

        assertEquals("long.txt holds more than 20 MB of text, more than a source may hold.", refusal("long.txt", text));
    }
}

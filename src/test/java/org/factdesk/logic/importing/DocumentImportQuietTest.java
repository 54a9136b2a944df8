package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox and POI log through commons-logging and the Log4j API, whose fall-backs write to standard error: a
 * warning that no logging back end was found, then the libraries' own complaints. None of that may reach the
 * terminal of someone importing a file. Checked in a fresh JVM, since logging is set up once per process.
 */
class DocumentImportQuietTest {

    @TempDir
    Path folder;

    @Test
    void readingPdfAndWordFilesPrintsNothingToStandardError() throws Exception {
        TestPdf article = new TestPdf().header("The Marrowby Tidings").pageNumbers("%d");
        PdfSourceReaderTest.harbourParagraphs(12).forEach(article::wrapped);
        Path pdf = Files.write(folder.resolve("board.pdf"), article.bytes());
        Path protectedPdf = Files.write(folder.resolve("accounts.pdf"),
                new TestPdf().lines("Private.").encrypted("reader-secret"));
        Path docx = Files.write(folder.resolve("quay.docx"),
                new TestDocx().properties("Quay", "Tobias Quennell").paragraphs("Quay closed.").bytes());
        Path brokenDocx = Files.write(folder.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 'P', 'K', 5, 6});
        Path out = folder.resolve("out.txt");
        Path err = folder.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Process child = new ProcessBuilder(java, "-Duser.home=" + folder, "-cp",
                System.getProperty("java.class.path"), QuietImportChild.class.getName(), pdf.toString(),
                protectedPdf.toString(), docx.toString(), brokenDocx.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM did not finish");

        assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
        List<String> printed = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(4, printed.size(), printed.toString());
        assertTrue(printed.get(1).startsWith("refused: accounts.pdf is protected"), printed.toString());
        assertEquals("12", printed.get(2));
        assertTrue(printed.get(3).startsWith("refused: broken.docx is damaged"), printed.toString());
        assertEquals(0, child.exitValue());
    }
}

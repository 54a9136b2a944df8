package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.factdesk.logic.text.TextRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentImportRulesTest {

    @Test
    void aSourceTextLosesControlCharactersAndLongBreaks() throws Exception {
        assertEquals("One two\tthree\n\nFour", DocumentImportRules.sourceText(
                "\n\nOne\u0007 two\tthree\r\n\n\n\nFour\u0000\u009B\n", "notes.pdf"));
    }

    @Test
    void aSourceTextLongerThanASourceMayHoldIsRefused() {
        String huge = "a".repeat(TextRules.MAX_SOURCE_CHARS + 1);

        SourceImportException refused = assertThrows(SourceImportException.class,
                () -> DocumentImportRules.sourceText(huge, "atlas.pdf"));
        assertEquals("atlas.pdf holds more than 20 MB of text, too much for one source.", refused.getMessage());
    }

    @Test
    void exactly50MegabytesIsNotTooLarge() throws Exception {
        DocumentImportRules.refuseIfTooLarge(DocumentImportRules.MAX_FILE_BYTES, "atlas.pdf");

        assertThrows(SourceImportException.class,
                () -> DocumentImportRules.refuseIfTooLarge(DocumentImportRules.MAX_FILE_BYTES + 1, "atlas.pdf"));
    }

    @Test
    void aMetadataLineIsOneLineWithoutControlCharacters() {
        assertEquals("Ada Quennell", DocumentImportRules.line(" Ada\n\tQuennell\u0007 "));
        assertEquals("", DocumentImportRules.line(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Winter timetable | Ferry news | ferry.pdf | Winter timetable",
        "'' | Ferry news | ferry.pdf | Ferry news",
        "Microsoft Word - ferry.docx | Ferry news | ferry.pdf | Ferry news",
        "draft 3.DOCX | Ferry news | ferry.pdf | Ferry news",
        "'' | '' | ferry.pdf | ferry",
        "'' | Ferry news\\n\\nMore. | ferry.pdf | Ferry news",
    })
    void theTitleIsTheDocumentsOwnElseItsFirstShortParagraphElseTheFileName(String declared, String text,
            String name, String title) {
        assertEquals(title, DocumentImportRules.title(declared, text.replace("\\n", "\n"), name));
    }

    @Test
    void aFirstParagraphTooLongForATitleGivesWayToTheFileName() {
        assertEquals("ferry", DocumentImportRules.title("", "word ".repeat(40), "ferry.pdf"));
    }

    @Test
    void theStemIsTheNameWithoutItsExtension() {
        assertEquals("ferry.notes", DocumentImportRules.stem("ferry.notes.pdf"));
        assertEquals(".pdf", DocumentImportRules.stem(".pdf"));
        assertEquals("ferry", DocumentImportRules.stem("ferry"));
    }
}

package org.factdesk.logic.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.factdesk.model.SourceDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved e-mails give their body, with the subject, sender and date as metadata. */
class EmailSourceReaderTest {

    private static final String HEADERS = """
            From: Harbour Board Press Office <press@harbourboard.example>
            To: newsdesk@courier.example
            Subject: Quay wall works start on Monday
            Date: Fri, 14 Feb 2031 23:30:00 -0500
            Message-ID: <quay-17@harbourboard.example>
            MIME-Version: 1.0
            """;

    @TempDir
    Path folder;

    private final SourceFileReader reader = new SourceFileReader();

    private ExtractedSource extract(String mail) throws Exception {
        return reader.extract(Files.writeString(folder.resolve("press.eml"), mail.replace("\n", "\r\n"),
                StandardCharsets.ISO_8859_1));
    }

    @Test
    void aPlainEmailGivesItsBodyWithSubjectSenderAndDateAsMetadata() throws Exception {
        ExtractedSource mail = extract(HEADERS + """
                Content-Type: text/plain; charset=us-ascii

                Work on the north wall of the old quay starts on Monday.

                The quay stays closed to vehicles until the end of April.
                """);
        SourceDraft draft = mail.draft();

        assertEquals("Work on the north wall of the old quay starts on Monday.\n\n"
                + "The quay stays closed to vehicles until the end of April.", draft.text());
        assertEquals("Quay wall works start on Monday", draft.title());
        assertEquals("Harbour Board Press Office", draft.author());
        assertEquals("harbourboard.example", draft.outlet());
        assertEquals(LocalDate.of(2031, 2, 14), draft.published(), "the sender's own day, not the day in UTC");
        assertEquals("press.eml", draft.importedFrom());
        assertEquals("message/rfc822", mail.mediaType());
    }

    @Test
    void aMultipartEmailPrefersItsPlainTextPartDecodedFromQuotedPrintable() throws Exception {
        SourceDraft draft = extract(HEADERS + """
                Content-Type: multipart/alternative; boundary="b1"

                --b1
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: quoted-printable

                The caf=C3=A9 on the quay will stay open during the works, the board sa=
                id.
                --b1
                Content-Type: text/html; charset=utf-8

                <html><body><p>HTML version that is not chosen.</p></body></html>
                --b1--
                """).draft();

        assertEquals("The café on the quay will stay open during the works, the board said.", draft.text());
    }

    @Test
    void anHtmlOnlyEmailInBase64IsReadThroughTheArticleExtractor() throws Exception {
        String html = "<html><body><div class='mail-header'><a href='/web'>View in browser</a></div>"
                + "<div class='content'><p>Divers inspected the foundations of the north wall on Thursday and found "
                + "them sound, the harbour board said in a statement.</p><p>The board expects the wall to be "
                + "finished, with its railings, before the first spring tide in April.</p></div>"
                + "<div class='footer'><a href='/unsubscribe'>Unsubscribe</a></div></body></html>";
        String encoded = Base64.getMimeEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));

        SourceDraft draft = extract(HEADERS + "Content-Type: multipart/mixed; boundary=\"m\"\n\n--m\n"
                + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + encoded + "\n"
                + "--m\nContent-Type: text/plain; name=\"notes.txt\"\nContent-Disposition: attachment; "
                + "filename=\"notes.txt\"\n\nAn attachment is not the body.\n--m--\n").draft();

        assertEquals("Divers inspected the foundations of the north wall on Thursday and found them sound, the "
                + "harbour board said in a statement.\n\nThe board expects the wall to be finished, with its "
                + "railings, before the first spring tide in April.", draft.text());
        assertEquals("Quay wall works start on Monday", draft.title(), "the subject, not the page's title");
    }

    @Test
    void encodedHeadersAreDecoded() throws Exception {
        SourceDraft draft = extractDraft("""
                From: =?UTF-8?Q?Bj=C3=B6rn_=C3=85berg?= <bjorn@skarvo.example>
                Subject: =?UTF-8?B?QsOldGVuIGfDpXIgaWdlbg==?=
                Date: 3 Jun 2031 08:15 +0200
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                F=E4rjan g=E5r som vanligt.
                """);

        assertEquals("Båten går igen", draft.title());
        assertEquals("Björn Åberg", draft.author());
        assertEquals("Färjan går som vanligt.", draft.text());
        assertEquals(LocalDate.of(2031, 6, 3), draft.published());
    }

    @Test
    void anEmailWithoutATextPartIsRefusedSayingSo() throws Exception {
        Path file = Files.writeString(folder.resolve("scan.eml"), HEADERS.replace("\n", "\r\n")
                + "Content-Type: multipart/mixed; boundary=\"z\"\r\n\r\n--z\r\nContent-Type: image/png\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--z--\r\n", StandardCharsets.US_ASCII);

        SourceImportException refused = assertThrows(SourceImportException.class, () -> reader.read(file));
        assertEquals("scan.eml holds no text: the e-mail has no plain-text or HTML part.", refused.getMessage());
    }

    @Test
    void anEmailKeepsItsOriginalBytes() throws Exception {
        String mail = HEADERS + "Content-Type: text/plain\n\nShort note.\n";

        ExtractedSource extracted = extract(mail);

        assertEquals(mail.replace("\n", "\r\n"), new String(extracted.original(), StandardCharsets.ISO_8859_1));
        assertEquals(List.of(), extracted.notices());
    }

    private SourceDraft extractDraft(String mail) throws Exception {
        return extract(mail).draft();
    }
}

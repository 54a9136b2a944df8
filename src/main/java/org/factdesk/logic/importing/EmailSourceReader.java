package org.factdesk.logic.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.address.MailboxList;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.factdesk.model.SourceDraft;
import org.jsoup.Jsoup;

/**
 * Reads a saved e-mail ({@code .eml}, RFC 5322 with MIME) with Apache James mime4j: the body, preferring the
 * plain-text part and otherwise reading the HTML part as a web page; the subject as title, the sender as author
 * (and the sender's mail domain as outlet) and the day of the Date header as published. Quoted-printable,
 * base64 and encoded headers are decoded by mime4j; each part's charset is honoured. Attachments are ignored.
 * Stateless; blocking callers' thread.
 */
final class EmailSourceReader implements SourceFormat {

    private static final String MEDIA_TYPE = "message/rfc822";

    @Override
    public ExtractedSource read(byte[] bytes, String name) throws IOException, SourceImportException {
        Message message = parse(bytes, name);
        try {
            Optional<Entity> plain = firstPart(message, "text/plain");
            Optional<Entity> html = plain.isPresent() ? Optional.empty() : firstPart(message, "text/html");
            if (plain.isEmpty() && html.isEmpty()) {
                throw new SourceImportException(name + " holds no text: the e-mail has no plain-text or HTML part.");
            }
            ExtractedSource body = plain.isPresent()
                    ? new PlainSourceReader(MEDIA_TYPE).read(encodedAsUtf8(plain.get(), name), name)
                    : HtmlSourceReader.fromPage(Jsoup.parse(decoded(html.get(), name)), name, bytes, MEDIA_TYPE);
            SourceDraft text = body.draft();
            SourceDraft draft = new SourceDraft(outlet(message, text.outlet()), subject(message, text.title()),
                    sender(message), text.url(), date(message), "", text.text(), name);
            return new ExtractedSource(draft, bytes, MEDIA_TYPE, body.notices());
        } finally {
            message.dispose();
        }
    }

    private static Message parse(byte[] bytes, String name) throws IOException, SourceImportException {
        PlainSourceText.refuseBinary(bytes, name);
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        // Saved mail has long lines and odd headers; read what is there rather than refuse the file.
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try {
            return builder.parseMessage(new ByteArrayInputStream(withLineFeeds(bytes)));
        } catch (MimeIOException e) {
            throw new SourceImportException(name + " is not an e-mail that can be read: " + e.getMessage());
        }
    }

    /**
     * MIME parts lines at line feeds; a file saved with old Mac line ends ({@code \r} alone) would read as one
     * header line with no body.
     */
    private static byte[] withLineFeeds(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\n') {
                return bytes;
            }
        }
        byte[] fed = bytes.clone();
        for (int i = 0; i < fed.length; i++) {
            fed[i] = fed[i] == '\r' ? (byte) '\n' : fed[i];
        }
        return fed;
    }

    /** The first part of this type that is not an attachment, depth first, as mail programs show it. */
    private static Optional<Entity> firstPart(Entity entity, String mimeType) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                Optional<Entity> found = firstPart(part, mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType());
        return !attachment && body instanceof SingleBody && mimeType.equals(entity.getMimeType())
                ? Optional.of(entity) : Optional.empty();
    }

    /** The part's bytes after its transfer encoding, in its declared charset, when Java knows it. */
    private static String decoded(Entity part, String name) throws IOException, SourceImportException {
        byte[] bytes = transferDecoded(part);
        Optional<Charset> charset = charset(part);
        if (charset.isPresent()) {
            Optional<String> text = PlainSourceText.decodes(bytes, charset.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return PlainSourceText.decode(bytes, name);
    }

    /** A plain part for the plain-text reader, which decodes UTF-8 and checks the text as for any file. */
    private static byte[] encodedAsUtf8(Entity part, String name) throws IOException, SourceImportException {
        return decoded(part, name).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] transferDecoded(Entity part) throws IOException {
        try (InputStream in = ((SingleBody) part.getBody()).getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Optional<Charset> charset(Entity part) {
        String declared = part.getCharset();
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(declared.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static String subject(Message message, String fallback) {
        String subject = message.getSubject();
        return subject == null || subject.isBlank() ? fallback : PageMetadata.line(subject);
    }

    /** "Ana Reed" for {@code Ana Reed <ana@herald.example>}; the address when the sender gives no name. */
    private static String sender(Message message) {
        Optional<Mailbox> from = from(message);
        if (from.isEmpty()) {
            return "";
        }
        String name = from.get().getName();
        return PageMetadata.line(name == null || name.isBlank() ? from.get().getAddress() : name);
    }

    private static String outlet(Message message, String fallback) {
        Optional<Mailbox> from = from(message);
        String domain = from.isEmpty() ? null : from.get().getDomain();
        return domain == null || domain.isBlank() ? fallback : PageMetadata.line(domain.toLowerCase(Locale.ROOT));
    }

    private static Optional<Mailbox> from(Message message) {
        MailboxList from = message.getFrom();
        return from == null || from.isEmpty() ? Optional.empty() : Optional.of(from.get(0));
    }

    /** The day of the Date header in the sender's own offset, as the sender's calendar showed it. */
    private static LocalDate date(Message message) {
        Field date = message.getHeader().getField("Date");
        return date == null || date.getBody() == null ? null : SourceDates.dateOrNull(date.getBody());
    }
}

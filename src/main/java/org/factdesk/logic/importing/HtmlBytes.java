package org.factdesk.logic.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Parses a saved page's bytes as a browser would decode them: UTF-16 by its byte order mark or zero bytes, else
 * the charset the page declares, else UTF-8, else windows-1252 for an undeclared page whose bytes are not UTF-8.
 * Damaged UTF-8 and files that are not text are refused, naming the file. Stateless; any thread.
 */
final class HtmlBytes {

    private HtmlBytes() {
    }

    static Document parse(byte[] bytes, String name) throws IOException, SourceImportException {
        if (UnicodeMarks.utf16(bytes).isPresent()) {
            return Jsoup.parse(PlainSourceText.decode(bytes, name));
        }
        PlainSourceText.refuseBinary(bytes, name);
        // A null charset lets jsoup honour a UTF-8 byte order mark or <meta charset>, as a browser would.
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (page.charset().equals(StandardCharsets.UTF_8)) {
            // jsoup would read damaged bytes as U+FFFD without a word.
            Optional<Utf8Bytes.Malformed> malformed = Utf8Bytes.firstMalformed(bytes);
            if (malformed.isPresent()) {
                if (declaresCharset(page) || Utf8Bytes.hasMultiByteCharacter(bytes)) {
                    throw PlainSourceText.damagedUtf8(name, malformed.get());
                }
                return Jsoup.parse(new String(bytes, PlainSourceText.LEGACY));
            }
        }
        return page;
    }

    private static boolean declaresCharset(Document page) {
        return !page.select("meta[charset], meta[http-equiv~=(?i)content-type]").isEmpty();
    }
}

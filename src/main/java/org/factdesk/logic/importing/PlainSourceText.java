package org.factdesk.logic.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a plain text or Markdown file into source text: decoded, with {@code \n} line endings and
 * no runs of blank lines longer than one. Stateless; safe on any thread.
 */
final class PlainSourceText {

    /** Most editors' files are UTF-8; older Windows tools still write windows-1252, which decodes any byte. */
    static final Charset LEGACY = Charset.forName("windows-1252");

    /** Three or more blank lines (lines holding at most spaces and tabs) in a row. */
    private static final Pattern LONG_BLANK_RUN = Pattern.compile("\n(?:[ \\t]*\n){3,}");

    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\n)+");

    private PlainSourceText() {
    }

    /**
     * The file's text: UTF-16 when it starts with a UTF-16 byte order mark or shows UTF-16's zero bytes, else
     * UTF-8 (with or without a byte order mark), else windows-1252 when nothing in it looks like UTF-8. A UTF-8
     * file with a damaged character is refused, with the place of the first bad byte, rather than read with
     * replacement characters or as windows-1252 gibberish; so is a file that is not text at all.
     */
    static String decode(byte[] bytes, String name) throws SourceImportException {
        Optional<UnicodeMarks.Utf16> utf16 = UnicodeMarks.utf16(bytes);
        if (utf16.isPresent() && utf16.get().marked()) {
            return withoutByteOrderMark(strict(bytes, StandardCharsets.UTF_16, name));
        }
        if (utf16.isPresent()) {
            Optional<String> text = decodes(bytes, utf16.get().charset());
            if (text.isPresent()) {
                return text.get();
            }
        }
        refuseBinary(bytes, name);
        Optional<Utf8Bytes.Malformed> malformed = Utf8Bytes.firstMalformed(bytes);
        if (malformed.isEmpty()) {
            return withoutByteOrderMark(new String(bytes, StandardCharsets.UTF_8));
        }
        if (Utf8Bytes.hasMultiByteCharacter(bytes)) {
            throw damagedUtf8(name, malformed.get());
        }
        return new String(bytes, LEGACY);
    }

    /** Refuses bytes that are not text, naming the file. */
    static void refuseBinary(byte[] bytes, String name) throws SourceImportException {
        Optional<String> why = BinaryBytes.whyNotText(bytes);
        if (why.isPresent()) {
            throw new SourceImportException(name + " is not text: " + why.get() + ".");
        }
    }

    /** The bytes as text in {@code charset}; empty when they do not decode cleanly. */
    static Optional<String> decodes(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static SourceImportException damagedUtf8(String name, Utf8Bytes.Malformed malformed) {
        return new SourceImportException(name + " is UTF-8 with a damaged character: " + malformed.describe()
                + " is not part of any character. Save the file again as UTF-8.");
    }

    private static String strict(byte[] bytes, Charset charset, String name) throws SourceImportException {
        Optional<String> text = decodes(bytes, charset);
        if (text.isEmpty()) {
            throw new SourceImportException(name + " starts as UTF-16 but holds a broken character (a lone "
                    + "surrogate or an odd number of bytes). Save the file again as UTF-8.");
        }
        return text.get();
    }

    // A byte order mark is not part of the text; left in, it would shift every excerpt by one.
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Line endings to {@code \n}, three or more blank lines to one, no blank lines at either end. */
    static String normalise(String text) {
        String unixLines = text.replace("\r\n", "\n").replace('\r', '\n');
        String collapsed = LONG_BLANK_RUN.matcher(unixLines).replaceAll("\n\n");
        return stripBlankEnds(collapsed);
    }

    /** Drops blank lines at the start and whitespace at the end, keeping the first line's indentation. */
    static String stripBlankEnds(String text) {
        return LEADING_BLANK_LINES.matcher(text).replaceFirst("").stripTrailing();
    }
}

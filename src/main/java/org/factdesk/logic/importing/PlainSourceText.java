package org.factdesk.logic.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a plain text or Markdown file into source text: decoded, with {@code \n} line endings and
 * no runs of blank lines longer than one. Stateless; safe on any thread.
 */
final class PlainSourceText {

    /** Most editors' files are UTF-8; older Windows tools still write windows-1252, which decodes any byte. */
    private static final Charset LEGACY = Charset.forName("windows-1252");

    /** Three or more blank lines (lines holding at most spaces and tabs) in a row. */
    private static final Pattern LONG_BLANK_RUN = Pattern.compile("\n(?:[ \\t]*\n){3,}");

    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\n)+");

    private PlainSourceText() {
    }

    static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // A byte order mark is not part of the text; left in, it would shift every excerpt by one.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, LEGACY);
        }
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

package org.factdesk.logic.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells whether bytes are valid UTF-8 and, if not, where the first bad byte is, so that a damaged file can be
 * refused with a place instead of being read with replacement characters. Java's strict decoder also refuses
 * encoded surrogates ({@code ED A0 80}), so valid bytes never decode to half a character. Stateless; any
 * thread.
 */
final class Utf8Bytes {

    /** The first byte that does not belong to a UTF-8 character: its offset (from 0), value and line (from 1). */
    record Malformed(int offset, int value, int line) {

        /** "byte 0xFF at offset 1,234 (line 5)". */
        String describe() {
            return String.format("byte 0x%02X at offset %,d (line %d)", value, offset, line);
        }
    }

    private Utf8Bytes() {
    }

    /** The first malformed byte; empty when all of {@code bytes} is UTF-8. */
    static Optional<Malformed> firstMalformed(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int offset = in.position();
                return Optional.of(new Malformed(offset, bytes[offset] & 0xFF, lineAt(bytes, offset)));
            }
            if (result.isUnderflow()) {
                return Optional.empty();
            }
            out.clear();
        }
    }

    /**
     * True when the bytes hold at least one well-formed multi-byte UTF-8 character: a file written in UTF-8,
     * which a legacy single-byte file almost never resembles.
     */
    static boolean hasMultiByteCharacter(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int lead = bytes[i] & 0xFF;
            int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                    : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length > 0 && i + length <= bytes.length && decodes(bytes, i, length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, int from, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, length));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}

package org.factdesk.logic.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells a UTF-16 file from its first bytes: by its byte order mark, or, without one, by the pattern of zero
 * bytes that Latin text leaves in every other byte (Windows tools write "Unicode" text so). Stateless; any
 * thread.
 */
final class UnicodeMarks {

    /** How a file announced or showed that it is UTF-16. */
    record Utf16(Charset charset, boolean marked) {
    }

    /** Enough pairs to see a pattern, few enough to decide at once on a large file. */
    private static final int SAMPLE_PAIRS = 2048;

    private UnicodeMarks() {
    }

    /** UTF-16 little or big endian when the bytes say so; empty for anything else. */
    static Optional<Utf16> utf16(byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16LE, true));
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16BE, true));
        }
        int pairs = Math.min(bytes.length / 2, SAMPLE_PAIRS);
        if (pairs < 2 || bytes.length % 2 != 0) {
            return Optional.empty();
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            zeroFirst += bytes[2 * i] == 0 ? 1 : 0;
            zeroSecond += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        // Latin text in UTF-16 has a zero in most pairs, always on the same side; binary data has them anywhere.
        if (zeroSecond * 10 >= pairs * 4 && zeroFirst * 20 <= pairs) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16LE, false));
        }
        if (zeroFirst * 10 >= pairs * 4 && zeroSecond * 20 <= pairs) {
            return Optional.of(new Utf16(StandardCharsets.UTF_16BE, false));
        }
        return Optional.empty();
    }
}

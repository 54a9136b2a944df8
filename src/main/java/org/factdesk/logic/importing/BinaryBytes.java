package org.factdesk.logic.importing;

import java.util.List;
import java.util.Optional;

/**
 * Recognises a file that is not text at all, such as an image or a program renamed {@code .txt}: by the
 * signature of a common format, or by control bytes no text file holds in such numbers. Run after UTF-16 has been
 * ruled out, whose text is half zero bytes. Stateless; any thread.
 */
final class BinaryBytes {

    /** A format's first bytes, each as the char of the same value (0 to 255), and the format in words. */
    private record Signature(String start, String what) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            signature("a PDF document", 0x25, 0x50, 0x44, 0x46, 0x2D),
            signature("a ZIP archive (or a Word, Excel or OpenDocument file)", 0x50, 0x4B, 0x03, 0x04),
            signature("a PNG image", 0x89, 0x50, 0x4E, 0x47),
            signature("a JPEG image", 0xFF, 0xD8, 0xFF),
            signature("a GIF image", 0x47, 0x49, 0x46, 0x38),
            signature("an older Word or Excel file", 0xD0, 0xCF, 0x11, 0xE0),
            signature("a gzip archive", 0x1F, 0x8B),
            signature("a program", 0x7F, 0x45, 0x4C, 0x46));

    /** Enough bytes to judge; a binary file shows itself early. */
    private static final int SAMPLE = 64 * 1024;

    /** A stray control character is a typo that {@code TextRules} reports with its place; many are binary. */
    private static final int FEW = 4;

    private BinaryBytes() {
    }

    /**
     * Why {@code bytes} are not text, in words that complete "… is not text: "; empty when they may be text.
     */
    static Optional<String> whyNotText(byte[] bytes) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(bytes, signature.start())) {
                return Optional.of("its content is " + signature.what() + ", whatever its name says");
            }
        }
        int sample = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        int first = -1;
        for (int i = 0; i < sample; i++) {
            if (isBinaryControl(bytes[i] & 0xFF)) {
                controls++;
                first = first < 0 ? i : first;
            }
        }
        if (controls >= FEW && controls * 100 >= sample) {
            return Optional.of(String.format("it holds binary data (byte 0x%02X at offset %,d and %,d more control "
                    + "bytes in its first %,d), not written words", bytes[first] & 0xFF, first, controls - 1, sample));
        }
        return Optional.empty();
    }

    /** Control bytes other than tab, line ends, form feed and escape (seen in text, e.g. in terminal logs). */
    private static boolean isBinaryControl(int value) {
        return value < 0x09 || (value >= 0x0E && value <= 0x1A) || (value >= 0x1C && value <= 0x1F) || value == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, String start) {
        if (bytes.length < start.length()) {
            return false;
        }
        for (int i = 0; i < start.length(); i++) {
            if ((bytes[i] & 0xFF) != start.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Signature signature(String what, int... values) {
        StringBuilder start = new StringBuilder(values.length);
        for (int value : values) {
            start.append((char) value);
        }
        return new Signature(start.toString(), what);
    }
}

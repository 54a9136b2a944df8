package org.factdesk.logic.anchoring;

/**
 * For each character of a pattern, the bit mask of the positions where it occurs, in blocks of 64 positions: the
 * "Peq" table of Myers' algorithm. It is looked up once per text character, so ASCII characters find their row in
 * an array and the others in a small open-addressing table of the pattern's own characters; a character the
 * pattern lacks gets the row of zeros. No boxing, no map. Immutable after construction; any thread.
 */
final class PatternMasks {

    private static final int WORD = 64;
    private static final int ASCII = 128;
    /** The row of zeros, for characters the pattern does not hold. */
    private static final int ABSENT = 0;

    private final int blocks;
    /** Row r occupies {@code bits[r * blocks]} to {@code bits[r * blocks + blocks - 1]}. */
    private final long[] bits;
    /** Offset of each ASCII character's row in {@link #bits}. */
    private final int[] asciiOffsets = new int[ASCII];
    /** Non-ASCII characters of the pattern; {@code '\0'} (ASCII, so never a key here) marks a free slot. */
    private final char[] keys;
    private final int[] keyOffsets;
    private final int mask;

    private PatternMasks(String pattern) {
        int m = pattern.length();
        blocks = (m + WORD - 1) / WORD;
        int others = (int) pattern.chars().filter(c -> c >= ASCII).distinct().count();
        int capacity = Integer.highestOneBit(Math.max(1, others) * 2) * 2;
        keys = new char[capacity];
        keyOffsets = new int[capacity];
        mask = capacity - 1;
        int rows = 1 + (int) pattern.chars().distinct().count();
        bits = new long[rows * blocks];
        int nextRow = 1;
        for (int i = 0; i < m; i++) {
            char c = pattern.charAt(i);
            int offset = offset(c);
            if (offset == ABSENT) {
                offset = nextRow++ * blocks;
                if (c < ASCII) {
                    asciiOffsets[c] = offset;
                } else {
                    keyOffsets[freeSlot(c)] = offset;
                }
            }
            bits[offset + i / WORD] |= 1L << (i % WORD);
        }
    }

    static PatternMasks of(String pattern) {
        return new PatternMasks(pattern);
    }

    int blocks() {
        return blocks;
    }

    /** Where {@code c}'s row starts, for {@link #bits(int, int)}; the row of zeros if the pattern lacks it. */
    int offset(char c) {
        if (c < ASCII) {
            return asciiOffsets[c];
        }
        for (int slot = slot(c); ; slot = (slot + 1) & mask) {
            if (keys[slot] == c) {
                return keyOffsets[slot];
            }
            if (keys[slot] == '\0') {
                return ABSENT;
            }
        }
    }

    /** Block {@code block} of the row at {@code offset}. */
    long bits(int offset, int block) {
        return bits[offset + block];
    }

    private int freeSlot(char c) {
        int slot = slot(c);
        while (keys[slot] != '\0') {
            slot = (slot + 1) & mask;
        }
        keys[slot] = c;
        return slot;
    }

    private int slot(char c) {
        return ((c * 0x9E37) >>> 4) & mask;
    }
}

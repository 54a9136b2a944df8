package org.factdesk.ui.narratives;

import java.util.regex.Pattern;

/** Counts words the way an editor would: runs of non-space characters. Stateless; any thread. */
public final class WordCount {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private WordCount() {
    }

    public static int of(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() ? 0 : SPACE.split(stripped).length;
    }

    /** "1 word", "42 words". */
    public static String describe(int words) {
        return words + (words == 1 ? " word" : " words");
    }
}

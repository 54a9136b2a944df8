package org.factdesk.logic.export;

import java.util.regex.Pattern;

/**
 * Keeps a user's text on one line in line-based exports: a line break typed inside a fact would otherwise end
 * its bullet (plain text) or start a new block (Markdown). Stateless; any thread.
 */
final class SingleLine {

    // \R is any Unicode line break, including U+2028 and U+2029; runs of them and spaces around become one space.
    private static final Pattern BREAKS = Pattern.compile("(?:[ \\t]*\\R)+[ \\t]*");

    private SingleLine() {
    }

    static String of(String text) {
        return BREAKS.matcher(text.strip()).replaceAll(" ");
    }
}

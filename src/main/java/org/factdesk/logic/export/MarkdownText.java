package org.factdesk.logic.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes a user's text for Markdown (CommonMark and GitHub's dialect) so that it reads as typed and never
 * becomes a link, image, heading, list item, block quote, code, emphasis, table or raw HTML. One exception:
 * GitHub's renderer still links a bare web address typed into the text (http, https or www only). Stateless;
 * any thread.
 */
final class MarkdownText {

    // Escaped wherever they stand: they open links, code, emphasis, strikethrough, raw HTML, entities
    // ("&lt;"), tables, headings and kramdown attribute lists. Parentheses are left alone: they only make a
    // link right after "]", which is always escaped, and labels like "Port Herald (a)" stay readable.
    private static final String ALWAYS = "\\`*_[]<>#|~&{}";

    // At the start of a line, "-", "+" or "1." / "1)" open a list item and "-" also a rule. Every user string
    // is escaped as if it started a line: it costs a backslash and spares tracking where it lands.
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:([-+])|([0-9]{1,9})([.)]))");

    private MarkdownText() {
    }

    /** The text on one line, escaped. */
    static String escape(String text) {
        String line = SingleLine.of(text);
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        Matcher marker = LIST_MARKER.matcher(line);
        int from = 0;
        if (marker.find()) {
            if (marker.group(1) != null) {
                escaped.append('\\').append(marker.group(1));
            } else {
                escaped.append(marker.group(2)).append('\\').append(marker.group(3));
            }
            from = marker.end();
        }
        for (int i = from; i < line.length(); i++) {
            char c = line.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}

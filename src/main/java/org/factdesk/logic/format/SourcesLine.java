package org.factdesk.logic.format;

import java.util.List;

/**
 * The house-format Sources line: {@code Sources: 1CBS, 2The Guardian, 3Associated Press, and 4Daily Sabah.}
 * Entries are number+label joined by ", ", with " and " before the last; with three or more, the house style
 * decides whether a comma comes before "and". Stateless.
 */
public final class SourcesLine {

    public static final String PREFIX = "Sources: ";

    private SourcesLine() {
    }

    /**
     * The line for these entries (each already "number+label"), or the empty string when no source is cited.
     */
    public static String render(List<String> entries, boolean serialComma) {
        if (entries.isEmpty()) {
            return "";
        }
        StringBuilder line = new StringBuilder(PREFIX);
        int last = entries.size() - 1;
        for (int i = 0; i <= last; i++) {
            if (i > 0) {
                line.append(separatorBefore(i, last, serialComma));
            }
            line.append(entries.get(i));
        }
        // A label such as "Reuters Ltd." already ends the sentence.
        if (line.charAt(line.length() - 1) != '.') {
            line.append('.');
        }
        return line.toString();
    }

    private static String separatorBefore(int index, int last, boolean serialComma) {
        if (index < last) {
            return ", ";
        }
        return serialComma && last >= 2 ? ", and " : " and ";
    }
}

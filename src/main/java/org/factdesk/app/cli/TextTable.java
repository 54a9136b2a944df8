package org.factdesk.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.logic.text.VisibleText;

/**
 * A plain-text table with aligned columns, for terminal listings: a header row, then one row per item, columns
 * separated by two spaces, long cells cut with an ellipsis. A cell's runs of white space become one space and
 * characters that could act on a terminal are shown as their codes ({@link VisibleText}), so no cell can move
 * the cursor, recolour the screen or reorder a line. Not thread-safe; build, then render once.
 */
final class TextTable {

    /** One column: its heading, whether numbers are right-aligned, and the widest a cell may get. */
    record Column(String heading, boolean alignRight, int maxWidth) {

        static Column left(String heading, int maxWidth) {
            return new Column(heading, false, maxWidth);
        }

        static Column right(String heading) {
            return new Column(heading, true, Integer.MAX_VALUE);
        }
    }

    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(Column... columns) {
        this.columns = List.of(columns);
    }

    TextTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            row.add(fit(String.valueOf(cells[i]), columns.get(i).maxWidth()));
        }
        rows.add(row);
        return this;
    }

    /** The table's lines, each indented by {@code indent} and without trailing spaces. */
    List<String> render(String indent) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).heading().length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(line(indent, columns.stream().map(Column::heading).toList(), widths));
        for (List<String> row : rows) {
            lines.add(line(indent, row, widths));
        }
        return lines;
    }

    private String line(String indent, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            line.append(columns.get(i).alignRight() ? padding + cell : cell + padding);
        }
        return line.toString().stripTrailing();
    }

    // Line breaks in a title would break the alignment of every row after it.
    private static String fit(String cell, int maxWidth) {
        String flat = VisibleText.line(cell.strip().replaceAll("\\s+", " "));
        if (flat.length() <= maxWidth) {
            return flat;
        }
        int end = maxWidth - 1;
        // Never cut a character in half: half a surrogate pair cannot be printed.
        if (Character.isHighSurrogate(flat.charAt(end - 1))) {
            end--;
        }
        return flat.substring(0, end).stripTrailing() + "…";
    }
}

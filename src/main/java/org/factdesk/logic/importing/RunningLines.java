package org.factdesk.logic.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drops running headers, running footers and page numbers: lines at the top or bottom of a page whose text,
 * with digits made alike, recurs at the same edge of (nearly) every page. "Page 3 of 9" and "Page 4 of 9" are
 * alike; so are the bare numbers of a page count. Only the two lines nearest each edge are looked at, so a
 * sentence that happens to recur in the body is kept, and when the recurring lines are all the text there is
 * (a page of one line each, as slides are), they are the text and all are kept. Stateless; any thread.
 */
final class RunningLines {

    /** How many lines at each edge of a page may be running lines. */
    private static final int EDGE_LINES = 2;

    /** The share of pages a line must recur on: a title page or a last page may lack the header or footer. */
    private static final double SHARE_OF_PAGES = 0.6;

    private RunningLines() {
    }

    /** The pages without their running lines; a document of one page has none. */
    static List<List<PdfLine>> dropped(List<List<PdfLine>> pages) {
        if (pages.size() < 2) {
            return pages;
        }
        int needed = Math.max(2, (int) Math.ceil(pages.size() * SHARE_OF_PAGES));
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfLine> page : pages) {
            Set<String> seen = new HashSet<>();
            for (PdfLine line : top(page)) {
                seen.add("top:" + key(line));
            }
            for (PdfLine line : bottom(page)) {
                seen.add("bottom:" + key(line));
            }
            seen.forEach(edgeKey -> pagesWith.merge(edgeKey, 1, Integer::sum));
        }
        List<List<PdfLine>> kept = new ArrayList<>(pages.size());
        for (List<PdfLine> page : pages) {
            Set<PdfLine> running = new HashSet<>();
            top(page).stream().filter(line -> pagesWith.get("top:" + key(line)) >= needed).forEach(running::add);
            bottom(page).stream().filter(line -> pagesWith.get("bottom:" + key(line)) >= needed)
                    .forEach(running::add);
            kept.add(page.stream().filter(line -> !running.contains(line)).toList());
        }
        return kept.stream().allMatch(List::isEmpty) ? pages : kept;
    }

    /** The text with every run of digits as one {@code #}, case and spacing ignored. */
    static String key(PdfLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }

    // By position, not by order: a page's header may come last in its content stream.
    private static List<PdfLine> top(List<PdfLine> page) {
        return page.stream().sorted(Comparator.comparingDouble(PdfLine::baseline)).limit(EDGE_LINES).toList();
    }

    private static List<PdfLine> bottom(List<PdfLine> page) {
        return page.stream().sorted(Comparator.comparingDouble(PdfLine::baseline).reversed()).limit(EDGE_LINES)
                .toList();
    }
}

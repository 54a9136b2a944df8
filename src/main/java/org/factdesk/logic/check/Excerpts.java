package org.factdesk.logic.check;

/** Shortens texts for a one-line message: white space evened out, long texts cut with an ellipsis. Stateless. */
final class Excerpts {

    private Excerpts() {
    }

    /** {@code text} on one line, at most {@code limit} characters, cut at a space where one is near. */
    static String shortened(String text, int limit) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= limit) {
            return line;
        }
        int cut = line.lastIndexOf(' ', limit - 1);
        if (cut < limit / 2) {
            cut = limit - 1;
        }
        return line.substring(0, cut).strip() + "\u2026";
    }
}

package org.factdesk.logic.cleanup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes which lines of an imported text are the site's and not the article's: short lines before the
 * article's first paragraph (a weather box, a city, the date), the site's boxes after its last paragraph ("Latest
 * Posts", "Stay in touch" and all that follows them), short lines that occur more than once ("Advertisement"),
 * and lines that look like navigation or buttons ("Home | World | Sport", "Share on Facebook"). Subheadings
 * between paragraphs are kept. It only proposes: the editor accepts or changes each line before anything is
 * dropped. Stateless; any thread.
 */
public final class CleanupProposal {

    /** A line this long, or longer, is a paragraph of the article: it marks where the article begins and ends. */
    static final int PARAGRAPH = 120;
    private static final int SHORT = 60;

    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s.*\\d{4}$|^\\d{1,2}[:.]\\d{2}(\\s?[ap]m)?$"
                    + "|^\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}$|^(updated|published|posted)\\b.*$");
    private static final Pattern WEATHER = Pattern.compile("(?i)^-?\\d{1,3}([.,]\\d)?\\s?°?\\s?[cf]$");
    private static final Pattern SEPARATED_ITEMS = Pattern.compile("\\s[|•·»›]\\s|\\s/\\s");
    private static final Pattern SITE_PHRASES = Pattern.compile("(?i)\\b(skip to (main )?content|sign in|log in"
            + "|sign up|subscribe|newsletter|cookies?|accept all|privacy policy|terms of (use|service)"
            + "|all rights reserved|share (this|on)|follow us|read more|click here|advertisement|sponsored"
            + "|most (read|popular)|latest (posts|news)|don'?t miss|stay in touch|related (articles|stories)"
            + "|you may also like|back to top|print this)\\b|©|\\(c\\) \\d{4}");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Set<String> SITE_WORDS = Set.of("home", "menu", "search", "share", "tweet", "email",
            "print", "next", "previous", "more", "close", "top", "login", "register", "facebook", "twitter",
            "whatsapp", "linkedin", "telegram", "reddit", "copy link", "x");

    private CleanupProposal() {
    }

    /** The text's non-blank lines, in order, each with the proposal for it. */
    public static List<ProposedLine> propose(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        Map<String, Integer> counts = new HashMap<>();
        lines.stream().filter(line -> line.length() < SHORT)
                .forEach(line -> counts.merge(line.toLowerCase(Locale.ROOT), 1, Integer::sum));
        // Without any paragraph there is no telling where an article would begin: nothing counts as leading.
        int first = firstParagraph(lines) == lines.size() ? -1 : firstParagraph(lines);
        int last = lastParagraph(lines);
        int trailingJunkFrom = trailingJunkStart(lines, last);
        List<ProposedLine> proposed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            proposed.add(new ProposedLine(i, line, reason(line, i, first, trailingJunkFrom, counts)));
        }
        return proposed;
    }

    /** The text with the lines at {@code dropped} (their indexes) left out, paragraphs apart by a blank line. */
    public static String apply(List<ProposedLine> lines, Set<Integer> dropped) {
        List<String> kept = new ArrayList<>();
        for (ProposedLine line : lines) {
            if (!dropped.contains(line.index())) {
                kept.add(line.text());
            }
        }
        return String.join("\n\n", kept);
    }

    /** The indexes the proposal drops, for {@link #apply}. */
    public static Set<Integer> proposedDrops(List<ProposedLine> lines) {
        Set<Integer> dropped = new java.util.TreeSet<>();
        lines.stream().filter(ProposedLine::proposedForDropping).forEach(line -> dropped.add(line.index()));
        return dropped;
    }

    private static Optional<CleanupReason> reason(String line, int index, int first, int trailingJunkFrom,
            Map<String, Integer> counts) {
        if (line.length() >= PARAGRAPH) {
            return Optional.empty();
        }
        if (index >= trailingJunkFrom) {
            return Optional.of(CleanupReason.TRAILING);
        }
        if (looksLikeNavigation(line)) {
            return Optional.of(CleanupReason.NAVIGATION);
        }
        if (line.length() < SHORT && counts.getOrDefault(line.toLowerCase(Locale.ROOT), 0) > 1) {
            return Optional.of(CleanupReason.REPEATED);
        }
        if (index < first && looksLikeMasthead(line)) {
            return Optional.of(CleanupReason.LEADING);
        }
        return Optional.empty();
    }

    private static int firstParagraph(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() >= PARAGRAPH) {
                return i;
            }
        }
        return lines.size();
    }

    private static int lastParagraph(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).length() >= PARAGRAPH) {
                return i;
            }
        }
        return -1;
    }

    /**
     * After the article's last paragraph, the first line that is plainly the site's own ("Latest Posts") and
     * everything after it: a newsletter pitch that follows it is long enough to look like prose.
     */
    private static int trailingJunkStart(List<String> lines, int last) {
        if (last < 0) {
            return lines.size();
        }
        for (int i = last + 1; i < lines.size(); i++) {
            if (SITE_PHRASES.matcher(lines.get(i)).find() || looksLikeNavigation(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    /** Before the article: a date or time alone, a temperature, or a line of one or two words (a city). */
    private static boolean looksLikeMasthead(String line) {
        return DATE_OR_TIME.matcher(line).matches() || WEATHER.matcher(line).matches()
                || (WORD.matcher(line).results().count() <= 2 && !line.endsWith("."))
                || SITE_PHRASES.matcher(line).find();
    }

    private static boolean looksLikeNavigation(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd} ]", "").strip();
        if (SITE_WORDS.contains(lower)) {
            return true;
        }
        if (line.length() < SHORT * 2 && SEPARATED_ITEMS.matcher(line).results().count() >= 2) {
            return true;
        }
        return line.length() < SHORT && SITE_PHRASES.matcher(line).find();
    }
}

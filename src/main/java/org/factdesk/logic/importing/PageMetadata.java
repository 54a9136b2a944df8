package org.factdesk.logic.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.logic.text.TextRules;
import org.factdesk.logic.text.TextRules.Kind;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's metadata, from the places pages keep it: Open Graph and article tags, the canonical link,
 * JSON-LD, the {@code <title>} (without its " | Outlet" tail) and the byline. Every value is one line of text
 * a source field may hold; a missing one is empty (the date null). Reads the page before any script is removed.
 * Stateless; any thread.
 *
 * @param outletFromTitle true when the outlet was only guessed from the title's tail
 */
record PageMetadata(String title, String outlet, String author, String url, LocalDate published,
                    boolean outletFromTitle) {

    /** A page title's headline and the site's name beside it (empty when it names none). */
    record TitleParts(String headline, String site) {
    }

    /** Separators between a headline and a site's name in a page title. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ",
            " \u2022 ");

    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^(by|words by|written by|text by)\\s+");

    /** Where a byline stops naming people: a role, a place or a date follows. */
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(,|\\||\\s-\\s|\u2013|\u2014|\\son\\s|\\d).*$");

    static PageMetadata of(Document page) {
        JsonLdArticle jsonLd = JsonLdArticle.of(page);
        Element h1 = page.selectFirst("h1");
        String heading = h1 == null ? "" : line(h1.text());
        String outlet = line(first(meta(page, "og:site_name"), jsonLd.publisher()));
        String rawTitle = line(first(meta(page, "og:title"), jsonLd.headline(), page.title(), heading));
        TitleParts split = withoutTail(rawTitle, outlet, heading);
        boolean guessed = outlet.isEmpty() && !split.site().isEmpty();
        String url = first(web(attribute(page, "link[rel=canonical]", "href")), web(meta(page, "og:url")),
                web(jsonLd.url()));
        String author = line(first(meta(page, "author"), jsonLd.author(), person(meta(page, "article:author")),
                byline(page)));
        LocalDate published = SourceDates.dateOrNull(first(meta(page, "article:published_time"),
                jsonLd.datePublished(), meta(page, "date"), meta(page, "pubdate"), meta(page, "publish-date"),
                attribute(page, "time[itemprop=datePublished], time[pubdate]", "datetime")));
        return new PageMetadata(split.headline(), guessed ? split.site() : outlet, author, line(url), published, guessed);
    }

    /**
     * The title without the site's name around it, and that name: "Ferry runs on | Bay Herald" gives "Ferry
     * runs on" and "Bay Herald". A dash parts a headline from a name only when the name is the known outlet or
     * the page's heading is the part before it, since headlines hold dashes of their own.
     */
    static TitleParts withoutTail(String title, String outlet, String heading) {
        String lower = title.toLowerCase(Locale.ROOT);
        for (String separator : SEPARATORS) {
            String tail = separator + outlet.toLowerCase(Locale.ROOT);
            String head = outlet.toLowerCase(Locale.ROOT) + separator;
            if (!outlet.isEmpty() && lower.endsWith(tail) && lower.length() > tail.length()) {
                return new TitleParts(title.substring(0, title.length() - tail.length()).strip(), outlet);
            }
            if (!outlet.isEmpty() && lower.startsWith(head) && lower.length() > head.length()) {
                return new TitleParts(title.substring(head.length()).strip(), outlet);
            }
            if (!heading.isEmpty() && title.startsWith(heading + separator)) {
                return new TitleParts(heading, title.substring(heading.length() + separator.length()).strip());
            }
        }
        int pipe = title.lastIndexOf(" | ");
        if (pipe > 0) {
            return new TitleParts(title.substring(0, pipe).strip(), title.substring(pipe + 3).strip());
        }
        return new TitleParts(title, "");
    }

    /** The first name in the page's byline, without "By" and what follows the names. */
    private static String byline(Document page) {
        Element byline = page.selectFirst("[rel=author], [itemprop=author], .byline, .author, .article-author");
        if (byline == null) {
            byline = page.body().select("p, div, span").stream()
                    .filter(line -> line.children().isEmpty() && ArticleCleanup.BY.matcher(BlockText.of(line)).matches()
                            && BlockText.length(line) < 100)
                    .findFirst().orElse(null);
        }
        if (byline == null) {
            return "";
        }
        Element name = byline.selectFirst("[itemprop=name]");
        String text = BlockText.of(name == null ? byline : name);
        String names = BYLINE_END.matcher(BY_PREFIX.matcher(text).replaceFirst("")).replaceFirst("").strip();
        return names.length() <= 80 ? names : "";
    }

    /** {@code article:author} is often a profile address rather than a name. */
    private static String person(String value) {
        return web(value).isEmpty() ? value : "";
    }

    /** The value when it is a web address (http or https), else empty: the source form takes no other. */
    private static String web(String value) {
        return value.matches("(?i)https?://\\S+") ? value : "";
    }

    /**
     * Metadata as one line: a stray control character in a page's head is dropped rather than refusing the
     * page, since the editor sees and can correct these fields in the source form.
     */
    static String line(String value) {
        return TextRules.withoutForbidden(asBrowsersShow(value.replaceAll("\\s+", " ")), Kind.LINE).strip();
    }

    /**
     * A character reference to half a character (<code>&amp;#xD800;</code>) or to NUL (<code>&amp;#0;</code>)
     * shows as U+FFFD, as the HTML standard has browsers show it; jsoup leaves the half or the NUL in the text,
     * which no export could encode and which would refuse the whole page.
     */
    static String asBrowsersShow(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> shown.appendCodePoint(codePoint == 0
                || (Character.isSurrogate((char) codePoint) && codePoint <= Character.MAX_VALUE) ? 0xFFFD : codePoint));
        return shown.toString();
    }

    /** A {@code <meta>} value by {@code property} (Open Graph) or {@code name}; empty when absent. */
    private static String meta(Document page, String key) {
        String byProperty = attribute(page, "meta[property=" + key + "]", "content");
        return byProperty.isEmpty() ? attribute(page, "meta[name=" + key + "]", "content") : byProperty;
    }

    private static String attribute(Document page, String cssQuery, String attribute) {
        Element element = page.selectFirst(cssQuery);
        return element == null ? "" : element.attr(attribute).strip();
    }

    private static String first(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}

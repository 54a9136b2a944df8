package org.factdesk.logic.importing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its JSON-LD ({@code <script type="application/ld+json">}, schema.org): its
 * headline, author, publisher, date and address. The script is read as data, never run; a block that is not
 * valid JSON is passed over, since it only ever adds metadata. Immutable once read; any thread.
 */
final class JsonLdArticle {

    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "BlogPosting",
            "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
            "BackgroundNewsArticle", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting");

    private static final Set<String> PUBLISHER_TYPES = Set.of("NewsMediaOrganization", "Organization", "WebSite");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private final JsonNode article;
    private final JsonNode site;
    private final Map<String, JsonNode> byId;

    private JsonLdArticle(JsonNode article, JsonNode site, Map<String, JsonNode> byId) {
        this.article = article;
        this.site = site;
        this.byId = byId;
    }

    /** The page's JSON-LD article; its fields are empty when the page has none. */
    static JsonLdArticle of(Document page) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                flatten(JSON.readTree(script.data()), nodes);
            } catch (JacksonException notJson) {
                // Metadata only: a broken block leaves the fields to the page's other tags.
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        JsonNode article = null;
        JsonNode site = null;
        for (JsonNode node : nodes) {
            if (node.hasNonNull("@id")) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
            if (article == null && isOfType(node, ARTICLE_TYPES)) {
                article = node;
            }
            if (site == null && isOfType(node, PUBLISHER_TYPES)) {
                site = node;
            }
        }
        return new JsonLdArticle(article, site, byId);
    }

    private static void flatten(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> flatten(item, into));
        } else if (node.isObject()) {
            into.add(node);
            flatten(node.get("@graph"), into);
        }
    }

    private static boolean isOfType(JsonNode node, Set<String> types) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (types.contains(one.asText())) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText());
    }

    String headline() {
        return article == null ? "" : text(article.get("headline"));
    }

    String datePublished() {
        return article == null ? "" : text(article.get("datePublished"));
    }

    /** The authors' names, joined with "and" (a page may name several). */
    String author() {
        if (article == null || article.get("author") == null) {
            return "";
        }
        JsonNode author = article.get("author");
        List<String> names = new ArrayList<>();
        if (author.isArray()) {
            author.forEach(one -> names.add(name(one)));
        } else {
            names.add(name(author));
        }
        names.removeIf(String::isBlank);
        return String.join(" and ", names);
    }

    /** The publisher's name, or the name of the site the page belongs to. */
    String publisher() {
        String named = article == null ? "" : name(article.get("publisher"));
        return named.isBlank() && site != null ? name(site) : named;
    }

    String url() {
        if (article == null) {
            return "";
        }
        String url = text(article.get("url"));
        if (url.isEmpty()) {
            JsonNode page = article.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.get("@id")) : text(page);
        }
        return url;
    }

    /** A name given as a string, an object with a name, or a reference to one by {@code @id}. */
    private String name(JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isArray()) {
            return node.isEmpty() ? "" : name(node.get(0));
        }
        if (node.isObject()) {
            if (node.hasNonNull("name")) {
                return text(node.get("name"));
            }
            JsonNode target = node.hasNonNull("@id") ? byId.get(node.get("@id").asText()) : null;
            return target == null || target.equals(node) ? "" : name(target);
        }
        return text(node);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() ? "" : node.asText().strip();
    }
}

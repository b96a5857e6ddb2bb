package id.warta.extract;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the schema.org article description that news pages embed as JSON-LD: the article node (found at the top,
 * in {@code @graph} or in arrays), its authors, dates, publisher and image. Malformed or hostile JSON gives
 * {@link Info#EMPTY}, never an exception.
 */
final class JsonLd {

    /**
     * What the JSON-LD says about the article; every field may be null.
     *
     * @param headline      the article's headline (or its name)
     * @param persons       author names typed Person or untyped
     * @param organisations author names typed as organisations
     * @param published     datePublished as written
     * @param created       dateCreated as written
     * @param modified      dateModified as written
     * @param publisher     the publisher's name
     * @param website       the WebSite node's name
     * @param image         the lead image URL as written
     * @param imageCaption  its caption
     * @param language      inLanguage
     */
    record Info(String headline, List<String> persons, List<String> organisations, String published,
                String created, String modified, String publisher, String website, String image,
                String imageCaption, String language) {

        static final Info EMPTY = new Info(null, List.of(), List.of(), null, null, null, null, null, null, null,
                null);
    }

    /** Scripts larger than this are data dumps, not article descriptions; they are skipped unread. */
    private static final int MAX_SCRIPT_CHARS = 1 << 20;
    /** Bound on the nodes visited over all scripts of one page. */
    private static final int MAX_NODES = 20_000;
    private static final int MAX_NESTING = 200;

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "liveblogposting", "report",
            "techarticle", "scholarlyarticle", "socialmediaposting", "satiricalarticle", "advertisercontentarticle");
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "collectionpage", "aboutpage",
            "medicalwebpage", "qapage", "profilepage");
    private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization",
            "corporation", "ngo", "governmentorganization", "educationalorganization", "localbusiness");

    /** Pages write JSON-LD by hand: comments, trailing commas and raw newlines inside strings are common. */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_SCRIPT_CHARS).build())
            .build()).build();

    private JsonLd() {
    }

    /**
     * Reads the article description from the page's JSON-LD scripts, in page order.
     *
     * @param scripts   the scripts' contents
     * @param titleHint the page's own title, to pick the article among several (related-story lists), may be null
     */
    static Info read(List<String> scripts, String titleHint) {
        List<JsonNode> roots = new ArrayList<>();
        for (String script : scripts) {
            JsonNode root = parse(script);
            if (root != null) {
                roots.add(root);
            }
        }
        if (roots.isEmpty()) {
            return Info.EMPTY;
        }
        Nodes nodes = collect(roots);
        JsonNode article = !nodes.articles.isEmpty() ? pick(nodes.articles, titleHint)
                : !nodes.pages.isEmpty() ? nodes.pages.get(0) : null;
        String website = nodes.website == null ? null : text(nodes.website.get("name"));
        if (article == null) {
            String publisher = nodes.organisation == null ? null : text(nodes.organisation.get("name"));
            return new Info(null, List.of(), List.of(), null, null, null, publisher, website, null, null, null);
        }
        List<String> persons = new ArrayList<>();
        List<String> organisations = new ArrayList<>();
        authors(article.has("author") ? article.get("author") : article.get("creator"), nodes.byId, persons,
                organisations);
        JsonNode publisherNode = resolve(article.get("publisher"), nodes.byId);
        String publisher = publisherNode == null ? null : text(publisherNode.get("name"));
        if (publisher == null && nodes.organisation != null) {
            publisher = text(nodes.organisation.get("name"));
        }
        JsonNode image = resolve(first(article.get("image")), nodes.byId);
        if (image == null && !nodes.pages.isEmpty()) {
            image = resolve(first(nodes.pages.get(0).get("primaryImageOfPage")), nodes.byId);
        }
        String imageUrl = null;
        String caption = null;
        if (image != null && image.isTextual()) {
            imageUrl = image.asText();
        } else if (image != null && image.isObject()) {
            imageUrl = text(image.has("url") ? image.get("url") : image.get("contentUrl"));
            caption = text(image.has("caption") ? image.get("caption") : image.get("description"));
        }
        String headline = text(article.has("headline") ? article.get("headline") : article.get("name"));
        return new Info(headline, persons, organisations, text(article.get("datePublished")),
                text(article.get("dateCreated")), text(article.get("dateModified")), publisher, website, imageUrl,
                caption, text(article.get("inLanguage")));
    }

    /** The article whose headline is the page's title; the first one when none is, or when there is no title. */
    private static JsonNode pick(List<JsonNode> articles, String titleHint) {
        if (articles.size() > 1 && titleHint != null) {
            for (JsonNode a : articles) {
                String headline = text(a.has("headline") ? a.get("headline") : a.get("name"));
                if (headline != null && Titles.similar(headline, titleHint)) {
                    return a;
                }
            }
        }
        return articles.get(0);
    }

    private static JsonNode parse(String script) {
        if (script == null || script.length() > MAX_SCRIPT_CHARS) {
            return null;
        }
        String s = script.strip();
        // some CMSs wrap the JSON in an HTML comment or CDATA section
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "").replace("//]]>", "").strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return MAPPER.readTree(s);
        } catch (JacksonException | RuntimeException e) {
            // junk JSON-LD is common and never fatal: the page simply has none
            return null;
        }
    }

    private static final class Nodes {
        final List<JsonNode> articles = new ArrayList<>();
        final List<JsonNode> pages = new ArrayList<>();
        final Map<String, JsonNode> byId = new HashMap<>();
        JsonNode organisation;
        JsonNode website;
    }

    /** Visits every object without recursion, indexing typed nodes and nodes with an {@code @id}. */
    private static Nodes collect(List<JsonNode> roots) {
        Nodes nodes = new Nodes();
        Deque<JsonNode> queue = new ArrayDeque<>(roots);
        int visited = 0;
        while (!queue.isEmpty() && visited++ < MAX_NODES) {
            JsonNode node = queue.removeFirst();
            if (node.isArray()) {
                node.forEach(queue::addLast);
                continue;
            }
            if (!node.isObject()) {
                continue;
            }
            String id = text(node.get("@id"));
            if (id != null && node.size() > 1) {
                nodes.byId.putIfAbsent(id, node);
            }
            for (String type : types(node)) {
                if (ARTICLE_TYPES.contains(type)) {
                    nodes.articles.add(node);
                } else if (PAGE_TYPES.contains(type)) {
                    nodes.pages.add(node);
                } else if (ORGANISATION_TYPES.contains(type) && nodes.organisation == null) {
                    nodes.organisation = node;
                } else if ("website".equals(type) && nodes.website == null) {
                    nodes.website = node;
                }
            }
            Iterator<JsonNode> children = node.elements();
            while (children.hasNext()) {
                JsonNode child = children.next();
                if (child.isContainerNode()) {
                    queue.addLast(child);
                }
            }
        }
        return nodes;
    }

    private static void authors(JsonNode value, Map<String, JsonNode> byId, List<String> persons,
                                List<String> organisations) {
        if (value == null) {
            return;
        }
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(items::add);
        } else {
            items.add(value);
        }
        for (JsonNode item : items) {
            JsonNode node = resolve(item, byId);
            if (node == null) {
                continue;
            }
            if (node.isTextual()) {
                persons.add(node.asText());
                continue;
            }
            String name = text(node.get("name"));
            if (name == null) {
                continue;
            }
            boolean organisation = false;
            for (String type : types(node)) {
                organisation |= ORGANISATION_TYPES.contains(type);
            }
            (organisation ? organisations : persons).add(name);
        }
    }

    /** Follows a {@code {"@id": ...}} reference into the graph; other values come back as they are. */
    private static JsonNode resolve(JsonNode value, Map<String, JsonNode> byId) {
        if (value != null && value.isObject() && value.size() == 1 && value.has("@id")) {
            return byId.get(value.get("@id").asText());
        }
        return value;
    }

    private static JsonNode first(JsonNode value) {
        return value != null && value.isArray() ? (value.isEmpty() ? null : value.get(0)) : value;
    }

    private static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> out = new ArrayList<>(2);
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> {
                if (t.isTextual()) {
                    out.add(lowerType(t.asText()));
                }
            });
        } else if (type.isTextual()) {
            out.add(lowerType(type.asText()));
        }
        return out;
    }

    /** "schema:NewsArticle" and "http://schema.org/NewsArticle" are both "newsarticle". */
    private static String lowerType(String type) {
        int cut = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
        return type.substring(cut + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A string value, the first string of an array, or an object's {@code @value}; blank gives null. */
    private static String text(JsonNode value) {
        JsonNode v = first(value);
        if (v != null && v.isObject()) {
            v = v.has("@value") ? v.get("@value") : v.get("name");
        }
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}

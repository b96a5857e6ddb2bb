package id.warta.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.Warta;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Related;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden pages under {@code extract/html/}: each {@code <name>.html} is a complete news page written for this test,
 * each {@code <name>.expect.json} what a careful reader of that page says the article is. Every field present in
 * the expect file is checked; absent fields are not. All mismatches of one page are reported together.
 *
 * <p>Expect file fields: {@code fetchedFrom} (the address given to the extractor; by default the canonical URL
 * with campaign parameters), {@code url}, {@code title}, {@code site}, {@code dateline} (exact, {@code null} allowed),
 * {@code authors} (exact list, in order), {@code published}/{@code modified} (ISO-8601 with offset, same instant
 * and same offset, or {@code null}), {@code language} (primary subtag), {@code image} (lead image URL),
 * {@code related} (list of {@code {title, url}}, exact and in order), {@code captions} (each must occur in some
 * caption), {@code mustContain}/{@code mustNotContain} (fragments of the body text), {@code
 * firstParagraphStartsWith}, {@code lastParagraphEndsWith}, {@code blockTypes} (list of {@code {type, contains}}:
 * some block of that type contains that text). Text comparisons collapse runs of whitespace.
 */
class HtmlExtractionGoldenTest {

    private static final String DIR = "extract/html";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every known field; a misspelt field in an expect file would otherwise silently check nothing. */
    private static final List<String> FIELDS = List.of("url", "title", "authors", "published", "modified", "site",
            "language", "dateline", "image", "related", "captions", "mustContain", "mustNotContain",
            "firstParagraphStartsWith", "lastParagraphEndsWith", "blockTypes", "fetchedFrom", "comment");

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        URL dir = HtmlExtractionGoldenTest.class.getClassLoader().getResource(DIR);
        assertThat(dir).as("test resource folder %s on the classpath", DIR).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".expect.json"))
                    .map(n -> n.substring(0, n.length() - ".expect.json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everyPageHasAnExpectFileAndThereAreEnough() throws Exception {
        List<String> names = fixtures().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(12);
        try (Stream<Path> files = Files.list(Path.of(HtmlExtractionGoldenTest.class.getClassLoader().getResource(DIR).toURI()))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .map(n -> n.substring(0, n.length() - ".html".length())).toList())
                    .as("pages without an expect file are never checked").containsExactlyInAnyOrderElementsOf(names);
        }
        for (String name : names) {
            assertThat(HtmlExtractionGoldenTest.class.getClassLoader().getResource(DIR + "/" + name + ".html"))
                    .as("page for %s.expect.json", name).isNotNull();
            JsonNode expect = readJson(name);
            for (Iterator<String> it = expect.fieldNames(); it.hasNext(); ) {
                assertThat(FIELDS).as("field of %s.expect.json", name).contains(it.next());
            }
        }
    }

    /**
     * Guards the fixtures themselves: a fragment the page does not show would make its check pass or fail for
     * nothing, so every expected and every unwanted fragment must occur in the page's visible text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void expectationsQuoteThePage(String name) throws IOException {
        JsonNode expect = readJson(name);
        Document page = Jsoup.parse(read(DIR + "/" + name + ".html"), fetchedFrom(name, expect));
        String visible = normalize(page.body().text());
        SoftAssertions soft = new SoftAssertions();
        List<String> wanted = new ArrayList<>(strings(expect.get("mustContain")));
        wanted.addAll(strings(expect.get("captions")));
        for (String field : List.of("firstParagraphStartsWith", "lastParagraphEndsWith", "title")) {
            if (expect.hasNonNull(field)) {
                wanted.add(expect.get(field).asText());
            }
        }
        if (expect.has("related")) {
            expect.get("related").forEach(r -> wanted.add(r.get("title").asText()));
        }
        if (expect.has("blockTypes")) {
            expect.get("blockTypes").forEach(b -> wanted.add(b.get("contains").asText()));
        }
        soft.assertThat(wanted.stream().filter(w -> !visible.contains(normalize(w))).toList())
                .as("%s: expected fragments missing from the page", name).isEmpty();
        soft.assertThat(strings(expect.get("mustNotContain")).stream().filter(u -> !visible.contains(normalize(u))).toList())
                .as("%s: unwanted fragments not on the page, so their checks mean nothing", name).isEmpty();
        // an unwanted fragment inside a wanted one would make the expectations contradict each other
        List<String> wantedInText = new ArrayList<>(strings(expect.get("mustContain")));
        for (String field : List.of("firstParagraphStartsWith", "lastParagraphEndsWith")) {
            if (expect.hasNonNull(field)) {
                wantedInText.add(expect.get(field).asText());
            }
        }
        for (String u : strings(expect.get("mustNotContain"))) {
            soft.assertThat(wantedInText.stream().filter(w -> normalize(w).contains(normalize(u))).toList())
                    .as("%s: wanted fragments that contain the unwanted \"%s\"", name, u).isEmpty();
        }
        if (expect.has("related")) {
            for (JsonNode r : expect.get("related")) {
                if (r.hasNonNull("url")) {
                    soft.assertThat(page.select("a[href]").eachAttr("abs:href")).as("%s: related link on the page", name)
                            .contains(r.get("url").asText());
                }
            }
        }
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void extractsWhatAReaderSees(String name) throws IOException {
        JsonNode expect = readJson(name);
        String html = read(DIR + "/" + name + ".html");
        String pageUrl = fetchedFrom(name, expect);
        Article a = Warta.extract(html, pageUrl);

        assertThat(a.status()).as("%s: status (error: %s %s)", name, a.errorCode(), a.error())
                .isEqualTo(Article.Status.OK);

        SoftAssertions soft = new SoftAssertions();
        String text = normalize(a.text());

        exact(soft, name, expect, "url", a.url());
        exact(soft, name, expect, "title", a.title());
        exact(soft, name, expect, "site", a.site());
        exact(soft, name, expect, "dateline", a.dateline());
        if (expect.has("authors")) {
            soft.assertThat(a.authors()).as("%s: authors", name).containsExactlyElementsOf(strings(expect.get("authors")));
        }
        dateTime(soft, name, expect, "published", a.published());
        dateTime(soft, name, expect, "modified", a.modified());
        if (expect.has("language")) {
            String want = expect.get("language").asText();
            String got = a.language() == null ? null : a.language().split("[-_]")[0].toLowerCase(Locale.ROOT);
            soft.assertThat(got).as("%s: language primary subtag (page says %s)", name, a.language()).isEqualTo(want);
        }
        if (expect.has("image")) {
            soft.assertThat(a.image() == null ? null : a.image().url()).as("%s: lead image URL", name)
                    .isEqualTo(expect.get("image").asText());
        }
        if (expect.has("related")) {
            List<Related> want = new ArrayList<>();
            for (JsonNode r : expect.get("related")) {
                want.add(new Related(r.get("title").asText(), r.hasNonNull("url") ? r.get("url").asText() : null));
            }
            soft.assertThat(a.related()).as("%s: related teasers, in order", name).containsExactlyElementsOf(want);
        }
        if (expect.has("captions")) {
            List<String> captions = a.captions().stream().map(HtmlExtractionGoldenTest::normalize).toList();
            for (String want : strings(expect.get("captions"))) {
                soft.assertThat(captions.stream().anyMatch(c -> c.contains(normalize(want))))
                        .as("%s: a caption containing \"%s\"; captions were %s", name, want, a.captions()).isTrue();
            }
        }
        // one failure per list, naming every missing or leaked fragment, rather than the whole text per fragment
        soft.assertThat(strings(expect.get("mustContain")).stream().filter(w -> !text.contains(normalize(w))).toList())
                .as("%s: fragments of the article missing from the text (text starts \"%s\")", name, head(text))
                .isEmpty();
        soft.assertThat(strings(expect.get("mustNotContain")).stream().filter(u -> text.contains(normalize(u))).toList())
                .as("%s: boilerplate left in the text", name).isEmpty();
        List<Block> blocks = a.paragraphs();
        for (Block b : blocks) {
            soft.assertThat(b.end() <= a.text().length() && a.text().substring(b.start(), b.end()).equals(b.text()))
                    .as("%s: offsets %d..%d of block \"%s\" point at its text", name, b.start(), b.end(), head(b.text()))
                    .isTrue();
        }
        if (expect.has("firstParagraphStartsWith")) {
            soft.assertThat(blocks).as("%s: blocks", name).isNotEmpty();
            if (!blocks.isEmpty()) {
                soft.assertThat(normalize(blocks.get(0).text())).as("%s: first block", name)
                        .startsWith(normalize(expect.get("firstParagraphStartsWith").asText()));
            }
        }
        if (expect.has("lastParagraphEndsWith")) {
            soft.assertThat(blocks).as("%s: blocks", name).isNotEmpty();
            if (!blocks.isEmpty()) {
                soft.assertThat(normalize(blocks.get(blocks.size() - 1).text())).as("%s: last block", name)
                        .endsWith(normalize(expect.get("lastParagraphEndsWith").asText()));
            }
        }
        if (expect.has("blockTypes")) {
            for (JsonNode want : expect.get("blockTypes")) {
                Block.Type type = Block.Type.valueOf(want.get("type").asText());
                String fragment = normalize(want.get("contains").asText());
                soft.assertThat(blocks.stream().anyMatch(b -> b.type() == type && normalize(b.text()).contains(fragment)))
                        .as("%s: a %s block containing \"%s\"; blocks were %s", name, type, fragment, summary(blocks))
                        .isTrue();
            }
        }
        soft.assertAll();
    }

    /**
     * The address the page was fetched from: {@code fetchedFrom} when given, else the canonical URL with campaign
     * parameters, as links shared on social media arrive; either way the canonical URL must come from the page.
     */
    private static String fetchedFrom(String name, JsonNode expect) {
        if (expect.hasNonNull("fetchedFrom")) {
            return expect.get("fetchedFrom").asText();
        }
        if (!expect.hasNonNull("url")) {
            return "https://example.com/" + name;
        }
        String url = expect.get("url").asText();
        return url + (url.contains("?") ? "&" : "?") + "utm_source=twitter&utm_medium=social";
    }

    private static void exact(SoftAssertions soft, String name, JsonNode expect, String field, String actual) {
        if (expect.has(field)) {
            JsonNode want = expect.get(field);
            soft.assertThat(actual).as("%s: %s", name, field).isEqualTo(want.isNull() ? null : want.asText());
        }
    }

    private static void dateTime(SoftAssertions soft, String name, JsonNode expect, String field, OffsetDateTime actual) {
        if (!expect.has(field)) {
            return;
        }
        JsonNode want = expect.get(field);
        if (want.isNull()) {
            soft.assertThat(actual).as("%s: %s (the page gives none)", name, field).isNull();
            return;
        }
        OffsetDateTime w = OffsetDateTime.parse(want.asText());
        // the same instant is not enough: the page states its local time, so the offset must survive too
        soft.assertThat(actual).as("%s: %s", name, field).isNotNull();
        if (actual != null) {
            soft.assertThat(actual.toInstant()).as("%s: %s instant (got %s)", name, field, actual).isEqualTo(w.toInstant());
            soft.assertThat(actual.getOffset()).as("%s: %s offset (got %s)", name, field, actual).isEqualTo(w.getOffset());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static String head(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String summary(List<Block> blocks) {
        return blocks.stream()
                .map(b -> b.type() + ":" + (b.text().length() > 40 ? b.text().substring(0, 40) + "…" : b.text()))
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** Collapses whitespace (including no-break spaces) so that line wrapping in the page does not matter. */
    static String normalize(String s) {
        return s == null ? null : s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static JsonNode readJson(String name) throws IOException {
        return JSON.readTree(read(DIR + "/" + name + ".expect.json"));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = HtmlExtractionGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

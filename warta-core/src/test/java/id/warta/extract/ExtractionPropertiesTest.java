package id.warta.extract;

import id.warta.Warta;
import id.warta.model.Article;
import id.warta.model.Block;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Whatever text arrives, {@link Warta#extract(String)} and {@link Warta#extract(String, String)} return one
 * well-formed record: never an exception, an error record with a code and message, or blocks whose offsets point
 * at their own text in order. The same input gives the same record on every thread.
 */
class ExtractionPropertiesTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    @AfterContainer
    static void stopPool() {
        POOL.shutdownNow();
    }

    @Property(tries = 300)
    void anyStringGivesAWellFormedRecord(@ForAll("strings") String content) {
        assertWellFormed(Warta.extract(content), content);
    }

    @Property(tries = 300)
    void anyStringWithAnyUrlGivesAWellFormedRecord(@ForAll("strings") String content, @ForAll("urls") String url) {
        assertWellFormed(Warta.extract(content, url), content);
    }

    @Property(tries = 300)
    void tagSoupGivesAWellFormedRecord(@ForAll("tagSoup") String html, @ForAll("urls") String url) {
        assertWellFormed(Warta.extract(html), html);
        assertWellFormed(Warta.extract(html, url), html);
    }

    @Property(tries = 200)
    void latin1BytesGiveAWellFormedRecord(@ForAll("bytes") byte[] bytes) {
        String content = new String(bytes, StandardCharsets.ISO_8859_1);
        assertWellFormed(Warta.extract(content), content);
        assertWellFormed(Warta.extract(content, "https://news.example.co.id/read/2026/03/14/120000/x"), content);
    }

    /** Real page shapes broken as transfers break them: cut short, a slice lost, a slice repeated. */
    @Property(tries = 150)
    void damagedGoldenPagesGiveAWellFormedRecord(@ForAll("damagedPages") String html) {
        assertWellFormed(Warta.extract(html, "https://news.example.co.id/read/2026/03/14/x"), html);
    }

    @Property(tries = 40)
    void sameInputSameRecordOnFourThreads(@ForAll("tagSoup") String html, @ForAll("urls") String url)
            throws InterruptedException, ExecutionException {
        Article alone = Warta.extract(html, url);
        List<Future<Article>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(POOL.submit(() -> Warta.extract(html, url)));
        }
        for (Future<Article> run : runs) {
            assertThat(run.get()).as("record computed on another thread").isEqualTo(alone);
        }
    }

    @Example
    void emptyInputIsAnErrorRecord() {
        for (String url : new String[]{null, "https://www.kompas.com/read/2026/03/14/09300011/banjir"}) {
            Article a = Warta.extract("", url);
            assertThat(a.status()).isEqualTo(Article.Status.ERROR);
            assertThat(a.errorCode()).isNotBlank();
            assertThat(a.error()).isNotBlank();
            assertThat(a.text()).isEmpty();
            assertThat(a.paragraphs()).isEmpty();
        }
    }

    @Example
    void blankInputIsAnErrorRecord() {
        for (String blank : new String[]{" ", "\n\n\t", "\u00a0\r\n"}) {
            Article a = Warta.extract(blank);
            assertThat(a.status()).as("status for %s", blank.codePoints().boxed().toList()).isEqualTo(Article.Status.ERROR);
            assertThat(a.errorCode()).isNotBlank();
        }
    }

    @Example
    void pageWithoutTextIsAnErrorRecord() {
        Article a = Warta.extract("<!DOCTYPE html><html><head><title></title></head><body><div><img src=x></div>"
                + "</body></html>", "https://news.example.com/empty");
        assertThat(a.status()).isEqualTo(Article.Status.ERROR);
        assertThat(a.errorCode()).isNotBlank();
        assertThat(a.error()).isNotBlank();
    }

    /** A String is already text: a charset the page declares for its bytes must not re-decode it. */
    @Example
    void textGivenAsAStringKeepsItsCharactersWhateverThePageDeclares() {
        String html = "<!DOCTYPE html><html lang=\"id\"><head><meta http-equiv=\"Content-Type\" "
                + "content=\"text/html; charset=iso-8859-1\"><title>Kafe Tua di Kota Lama Dibuka Kembali</title></head>"
                + "<body><article><h1>Kafe Tua di Kota Lama Dibuka Kembali</h1>"
                + "<p>Café Batavia di kawasan Kota Tua, Jakarta Barat, kembali dibuka pada Sabtu setelah direnovasi "
                + "selama delapan bulan. Harga secangkir kopi kini berkisar Rp 35.000–Rp 60.000.</p>"
                + "<p>“Kami mempertahankan lantai kayu dan jendela aslinya,” kata pengelola kafe, Théo Santoso, "
                + "kepada wartawan. Pengunjung pada hari pertama mencapai sekitar 1.200 orang.</p>"
                + "<p>Pemerintah kota berharap pembukaan kembali kafe itu menghidupkan wisata malam di Kota Tua.</p>"
                + "</article></body></html>";
        Article a = Warta.extract(html, "https://travel.example.co.id/read/2026/03/14/kafe-tua");
        assertThat(a.status()).isEqualTo(Article.Status.OK);
        assertThat(a.text()).contains("Café Batavia", "Rp 35.000–Rp 60.000", "“Kami mempertahankan", "aslinya,”",
                "Théo Santoso");
    }

    @Example
    void nullContentIsMisuse() {
        assertThatThrownBy(() -> Warta.extract((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Warta.extract(null, "https://example.com/")).isInstanceOf(NullPointerException.class);
    }

    @Example
    void hundredThousandNestedElementsDoNotOverflowTheStack() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(depth)).append("<p>Paragraf terdalam di halaman ini.</p>").append("</div>".repeat(depth));
        sb.append("</body></html>");
        String html = sb.toString();
        assertWellFormed(Warta.extract(html, "https://news.example.com/deep"), html);
    }

    static void assertWellFormed(Article a, String input) {
        String shown = input.length() > 300 ? input.substring(0, 300) + "…" : input;
        assertThat(a).as("record for %s", shown).isNotNull();
        assertThat(a.status()).as("status for %s", shown).isIn(Article.Status.OK, Article.Status.ERROR);
        if (a.status() == Article.Status.ERROR) {
            assertThat(a.errorCode()).as("error code for %s", shown).isNotBlank();
            assertThat(a.error()).as("error message for %s", shown).isNotBlank();
            return;
        }
        assertThat(a.error()).as("error of an OK record").isNull();
        assertThat(a.errorCode()).as("error code of an OK record").isNull();
        String text = a.text();
        int previousEnd = 0;
        for (Block b : a.paragraphs()) {
            assertThat(b.start()).as("start of %s in text of length %d", b, text.length())
                    .isBetween(previousEnd, text.length());
            assertThat(b.end()).as("end of %s in text of length %d", b, text.length())
                    .isBetween(b.start(), text.length());
            assertThat(text.substring(b.start(), b.end())).as("text at the offsets of %s", b).isEqualTo(b.text());
            previousEnd = b.end();
        }
    }

    @Provide
    Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(2000),
                Arbitraries.strings().withChars(" \n\t\u00a0<>/=\"'&;:-.,").ofMaxLength(500),
                Arbitraries.strings().all().ofMaxLength(300));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    }

    @Provide
    Arbitrary<String> damagedPages() {
        List<String> pages = goldenPages();
        return Combinators.combine(Arbitraries.of(pages), Arbitraries.doubles().between(0, 1),
                        Arbitraries.doubles().between(0, 1), Arbitraries.of(Damage.values()))
                .as((page, x, y, damage) -> damage.apply(page, (int) (x * page.length()), (int) (y * page.length())));
    }

    /** Ways a page arrives damaged; {@code a} and {@code b} are positions in it. */
    enum Damage {
        TRUNCATED {
            String apply(String page, int a, int b) {
                return page.substring(0, a);
            }
        },
        SLICE_LOST {
            String apply(String page, int a, int b) {
                return page.substring(0, Math.min(a, b)) + page.substring(Math.max(a, b));
            }
        },
        SLICE_REPEATED {
            String apply(String page, int a, int b) {
                return page.substring(0, Math.max(a, b)) + page.substring(Math.min(a, b));
            }
        };

        abstract String apply(String page, int a, int b);
    }

    private static List<String> goldenPages() {
        List<String> pages = new ArrayList<>();
        try {
            Path dir = Path.of(ExtractionPropertiesTest.class.getClassLoader().getResource("extract/html").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    pages.add(Files.readString(f));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("golden pages unreadable", e);
        }
        assertThat(pages).as("golden pages under extract/html").isNotEmpty();
        return pages;
    }

    @Provide
    Arbitrary<String> urls() {
        return Arbitraries.oneOf(
                Arbitraries.of("https://www.kompas.com/read/2026/03/14/09300011/banjir-jakarta",
                        "http://news.example.org/a b?c=d&e=<f>#g", "", "not a url", "https://", "//cdn.example.com/x",
                        "file:///etc/passwd", "javascript:alert(1)", "https://例子.测试/新闻?q=ü", "http://[::1]:99999/"),
                Arbitraries.strings().ofMaxLength(80));
    }

    /**
     * Pages as broken as the web serves them: a stream of open tags (some never closed, some with junk
     * attributes or no closing bracket), stray close tags, text, entities, comments and junk metadata.
     */
    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> name = Arbitraries.of("html", "head", "body", "title", "meta", "link", "script", "style",
                "div", "p", "span", "a", "b", "i", "br", "hr", "img", "figure", "figcaption", "article", "main",
                "section", "header", "footer", "nav", "aside", "h1", "h2", "h3", "h6", "ul", "ol", "li", "table", "tr",
                "td", "th", "tbody", "blockquote", "pre", "code", "time", "form", "input", "select", "option",
                "textarea", "iframe", "noscript", "template", "svg", "math", "frameset", "x-junk", "DIV", "P");
        Arbitrary<String> attrName = Arbitraries.of("class", "id", "href", "src", "lang", "itemprop", "content",
                "property", "name", "datetime", "rel", "style", "data-x", "onclick", "\"", "=", "a:b", "hidden");
        Arbitrary<String> attrValue = Arbitraries.oneOf(
                Arbitraries.of("", "content", "entry-content", "article-body", "author", "datePublished",
                        "og:title", "article:published_time", "2026-03-14T09:30:00+07:00", "99-99-9999", "canonical",
                        "https://www.kompas.com/x", "../../x", "caption", "display:none", "javascript:void(0)"),
                Arbitraries.strings().ofMaxLength(30));
        Arbitrary<String> attribute = Combinators.combine(attrName, attrValue, Arbitraries.of("\"", "'", ""))
                .as((n, v, q) -> " " + n + "=" + q + v + q);
        Arbitrary<String> open = Combinators.combine(name, attribute.list().ofMaxSize(4),
                        Arbitraries.of(">", ">", ">", "/>", "", " "))
                .as((n, attrs, end) -> "<" + n + String.join("", attrs) + end);
        Arbitrary<String> close = name.map(n -> "</" + n + ">");
        Arbitrary<String> words = Arbitraries.of("Banjir merendam", "ribuan rumah warga", "di Jakarta Timur,",
                "kata Kepala BPBD DKI.", "JAKARTA, KOMPAS.com -", "Baca Juga:", "Read more:", "WASHINGTON (Reuters) -",
                "Selasa (14/3/2026) pukul 10.15 WIB", "Updated March 14, 2026", "Oleh Rina - detikNews",
                "The minister said on Tuesday.", "  ", "\n", "\u00a0", "\u200b", "�", "😀", "ﬁ", "\u0000");
        Arbitrary<String> text = Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(60));
        Arbitrary<String> entity = Arbitraries.of("&amp;", "&nbsp;", "&lt;", "&#0;", "&#x1F600;", "&#99999999;",
                "&bogus;", "&", "&#", "&#x;");
        Arbitrary<String> special = Arbitraries.of("<!-- comment -->", "<!--", "-->", "<!DOCTYPE html>", "<![CDATA[x]]>",
                "<?xml version=\"1.0\"?>",
                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":</script>",
                "<script type=\"application/ld+json\">[{\"@graph\":[{\"author\":{\"name\":[1,{}]}}]}]</script>",
                "<meta property=\"article:published_time\" content=\"kemarin\">",
                "<meta name=\"author\" content=\"\">", "<link rel=\"canonical\" href=\"http://\">",
                "<meta charset=\"x-unknown\">", "<base href=\"::::\">");
        return Arbitraries.frequencyOf(
                        Tuple.of(5, open), Tuple.of(3, close),
                        Tuple.of(5, text), Tuple.of(1, entity),
                        Tuple.of(1, special))
                .list().ofMaxSize(300)
                .map(parts -> String.join("", parts));
    }
}

package id.warta.extract;

import id.warta.WartaOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages assembled from random pieces of real page heads never make the metadata reader throw. */
class HtmlMetadataPropertiesTest {

    private static final Instant NOW = Instant.parse("2022-01-10T00:00:00Z");
    private static final WartaOptions OPTIONS = WartaOptions.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Provide
    Arbitrary<String> pageLike() {
        Arbitrary<String> pieces = Arbitraries.of("<html lang='id'>", "<head>", "</head>", "<body>", "<h1>",
                "</h1>", "<title>", "</title>", "<div class='byline'>", "<div class='date'>", "</div>",
                "<time datetime='2022-01-08T07:45:00+07:00'>", "<time pubdate>", "</time>",
                "<meta property='article:published_time' content='2031-01-01T00:00:00Z'>",
                "<meta property='article:modified_time' content='2022-01-09'>",
                "<meta name='author' content='https://x.example.com/a/b-c'>", "<meta property='og:url' content=':::'>",
                "<link rel='canonical' href='/'>", "<meta property='og:image' content=' '>",
                "<script type='application/ld+json'>", "</script>", "{\"@type\":\"NewsArticle\",", "\"author\":",
                "[", "]", "{", "}", "\"@id\":\"#a\"", "\"@graph\":", "\"datePublished\":\"8 Jan 2022\"", ",",
                "Sabtu, 8 Januari 2022 07:45 WIB", "Diperbarui", "Oleh: BUDI SANTOSO", "Editor:", "3 jam lalu",
                " - Kompas.com", "Jum'at", "<figure>", "</figure>", "<footer>", "</footer>", "1/2", "3.000");
        return pieces.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void neverThrowsAndNeverInTheFuture(@ForAll("pageLike") String html) {
        for (String url : new String[]{null, "https://www.example.co.id/read/2022/01/08/judul", "not a url"}) {
            Metadata m = HtmlMetadata.read(Jsoup.parse(html, url == null ? "" : url), url, OPTIONS);
            assertThat(m).isNotNull();
            if (m.published() != null) {
                assertThat(m.published().toInstant()).isBeforeOrEqualTo(NOW.plus(Duration.ofMinutes(10)));
            }
            if (m.modified() != null && m.published() != null) {
                assertThat(m.modified()).isAfter(m.published());
            }
            assertThat(m.authors()).allSatisfy(a -> assertThat(a).isNotBlank());
        }
    }
}

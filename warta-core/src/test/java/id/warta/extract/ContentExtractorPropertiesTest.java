package id.warta.extract;

import id.warta.model.Block;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ContentExtractorPropertiesTest {

    private static final ContentExtractor EXTRACTOR = new ContentExtractor();

    /** Pieces of real page markup, good and bad, shuffled into random (often broken) pages. */
    private static final List<String> PIECES = List.of("<div class='read__content'>", "<article>", "</article>",
            "<div>", "</div>", "<p>", "</p>", "<br>", "<br><br>", "<ul>", "<ol start='3'>", "<li>", "</li>", "</ul>",
            "</ol>", "<table><tr><td>", "</td><td>", "</td></tr></table>", "<blockquote>", "</blockquote>", "<pre>",
            "</pre>", "<h2>", "</h2>", "<h1>", "</h1>", "<figure><img src='/a.jpg'><figcaption>", "</figcaption>",
            "</figure>", "<a href='/baca/1'>", "<a href='http://x.id/2'>", "</a>", "<div class='comments'>",
            "<nav>", "</nav>", "<script>var a = '<p>';</script>", "<span class='hidden'>", "</span>",
            "<div class='related'>", "<aside>", "</aside>",
            "Banjir merendam ratusan rumah warga, kata petugas BPBD pada Senin pagi. ",
            "The council approved the plan on Tuesday, officials said, after a long debate. ",
            "Baca juga: ", "Read more: ", "Advertisement", "  \u00a0\u200b ", "\n\n", "&amp; &lt;tag&gt; ",
            "Kamis, 07 Maret 2024 14:05 WIB", "© 2024 Warta", "“Kami siap,” ujarnya, ", "x");

    @Provide
    Arbitrary<String> pages() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void randomPagesNeverThrowAndGiveCleanBlocks(@ForAll("pages") String html) {
        Body body = EXTRACTOR.extract(Jsoup.parse(html, "https://warta.example.id/a/b"));
        for (Paragraph p : body.paragraphs()) {
            assertThat(p.text()).isNotBlank();
            assertThat(p.text()).isEqualTo(p.text().strip());
            if (p.type() != Block.Type.PREFORMATTED && p.type() != Block.Type.TABLE) {
                assertThat(p.text()).doesNotContain("  ", "\n", "\u200b");
            }
        }
        body.related().forEach(r -> assertThat(r.title()).isNotBlank());
    }

    @Property(tries = 30)
    void sameResultOnEveryThread(@ForAll("pages") String html) throws Exception {
        Body expected = EXTRACTOR.extract(Jsoup.parse(html, "https://warta.example.id/a/b"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Body>> results = pool.invokeAll(java.util.Collections.nCopies(8,
                    () -> EXTRACTOR.extract(Jsoup.parse(html, "https://warta.example.id/a/b"))));
            for (Future<Body> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}

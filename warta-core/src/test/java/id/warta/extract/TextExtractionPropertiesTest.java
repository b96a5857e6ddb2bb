package id.warta.extract;

import id.warta.WartaOptions;
import id.warta.decode.DecodedDocument;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.RawDocument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random dumps never make the plain-text extractor or its line rules throw, block offsets always point at the
 * block's text, and the result does not depend on the thread.
 */
class TextExtractionPropertiesTest {

    private static final TextArticleExtractor EXTRACTOR = new TextArticleExtractor(WartaOptions.defaults());
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    /** Lines of the kinds dumps are made of, shuffled into random documents. */
    @Provide
    Arbitrary<String> dumpLike() {
        Arbitrary<String> lines = Arbitraries.oneOf(
                Arbitraries.of("Find Us On Social Media :", "Advertisement", "Bagikan", "Tags:",
                        "Baca Juga: Banjir Rob Rendam Pesisir Semarang", "Baca juga", "Read more:",
                        "- Biden signs bill", "By Dewi Lestari, Senin, 6 Februari 2023 | 09:15 WIB",
                        "Oleh Ahmad - detikNews", "Penulis: A | Editor: B", "Sabtu, 08 Jan 2022 16:32 WIB",
                        "JAKARTA, KOMPAS.com - Harga naik.", "Grid.ID - ", "WASHINGTON (Reuters) -",
                        "Jakarta -", "\"Kami siap,\" kata dia.", "(ant/ida)", "Foto: Warga", "(KOMPAS.com/ANDI)",
                        "Laporan Wartawan Tribunnews.com, Reza Deni", "Harga Minyak Goreng Turun", "", " ", "\t",
                        "Pada 3 Maret, 12 orang luka-luka.", "—", "(", ")", "Kompas.com - Money"),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("aA .,-—|:\"()/\n\r\u00a0\u200b").ofMaxLength(60));
        return lines.list().ofMaxSize(25).map(l -> String.join("\n", l));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(400);
    }

    @Property(tries = 1500)
    void dumpsNeverThrowAndOffsetsHold(@ForAll("dumpLike") String text) {
        check(text);
    }

    @Property(tries = 500)
    void anyTextNeverThrowsAndOffsetsHold(@ForAll("anyText") String text) {
        check(text);
    }

    @Property(tries = 1000)
    void lineRulesNeverThrow(@ForAll("dumpLike") String line) {
        Datelines.split(line).ifPresent(d -> {
            assertThat(d.bodyStart()).isBetween(1, line.length());
            assertThat(d.dateline()).isNotBlank();
        });
        Bylines.parse(line, JAKARTA).ifPresent(b -> {
            assertThat(b.writers()).allSatisfy(name -> assertThat(name).isNotBlank());
            assertThat(b.editors()).allSatisfy(name -> assertThat(name).isNotBlank());
            assertThat(b.writers().isEmpty() && b.editors().isEmpty() && b.published() == null
                    && b.modified() == null && !b.marked()).as("a byline says something").isFalse();
        });
        Captions.caption(line).ifPresent(c -> assertThat(c).isNotBlank().hasSizeLessThanOrEqualTo(line.length()));
        if (Boilerplate.is(line)) {
            assertThat(line).isNotBlank();
        }
    }

    @Property(tries = 50)
    void sameResultOnEveryThread(@ForAll("dumpLike") String text) throws InterruptedException, ExecutionException {
        Article expected = extract(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> extract(text)));
            }
            for (Future<Article> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Article extract(String text) {
        RawDocument raw = RawDocument.of("-", null, text.getBytes(StandardCharsets.UTF_8), "text/plain");
        return EXTRACTOR.extract(new DecodedDocument(raw, text, "UTF-8"));
    }

    private static void check(String text) {
        Article a = extract(text);
        assertThat(a).isNotNull();
        if (!a.ok()) {
            assertThat(a.errorCode()).isIn("empty", "no-content");
            return;
        }
        assertThat(a.text()).isNotBlank();
        int previousEnd = -1;
        for (Block b : a.paragraphs()) {
            assertThat(b.start()).isGreaterThan(previousEnd).isBetween(0, a.text().length());
            assertThat(b.end()).isBetween(b.start(), a.text().length());
            assertThat(a.text().substring(b.start(), b.end())).isEqualTo(b.text());
            previousEnd = b.end();
        }
    }
}

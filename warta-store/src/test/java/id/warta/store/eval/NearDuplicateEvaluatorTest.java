package id.warta.store.eval;

import id.warta.store.StoreOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's figure: on generated articles with known copies and rewrites, the store's near-duplicate decision
 * (with the default options) has precision and recall of at least 0.95.
 */
class NearDuplicateEvaluatorTest {

    private static GeneratedCorpus corpus;

    @BeforeAll
    static void open() throws IOException {
        corpus = GeneratedCorpus.open(Panl.dir(), 20_231_231);
    }

    @Test
    void precisionAndRecallReachTheIssuesFigureWithTheDefaults() {
        NearDuplicateScore score = NearDuplicateEvaluator.evaluate(corpus, 4_000, StoreOptions.DEFAULTS);

        System.out.printf("near-duplicates, 4,000 generated articles: precision %.4f, recall %.4f %s, "
                        + "look-alikes linked %d (closest %.3f), %.0f us a signature%n", score.precision(),
                score.recall(), score.recallByKind(), score.lookalikeLinks(), score.lookalikeMax(),
                score.microsPerSign());
        assertThat(score.articles()).isEqualTo(4_000);
        assertThat(score.copies()).isGreaterThan(600);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recallByKind()).containsKeys("SYNDICATED", "REWRITE", "REPOST");
        assertThat(score.recallByKind().values()).allMatch(r -> r >= 0.9);
        assertThat(score.lookalikeLinks()).isLessThanOrEqualTo(score.articles() / 100);
        // the hard negatives do share text: they come close enough to test the threshold
        assertThat(score.lookalikeMax()).isGreaterThan(0.05);
    }

    @Test
    void aThresholdOfOneMissesTheRewrites() {
        NearDuplicateScore strict = NearDuplicateEvaluator.evaluate(corpus, 2_000,
                StoreOptions.DEFAULTS.withNearDuplicateSimilarity(1.0));

        assertThat(strict.recallByKind().get("REWRITE")).isLessThan(0.1);
        assertThat(strict.recallByKind().get("REPOST")).isEqualTo(1.0);
    }

    @Test
    void aCopyOfACopyIsLinkedToTheFirstOriginal() {
        OffsetDateTime t = OffsetDateTime.parse("2022-01-06T10:00:00+07:00");
        String text = "JAKARTA, KabarPagi - Pemerintah memperpanjang pembatasan kegiatan masyarakat di Jawa dan "
                + "Bali hingga akhir bulan. Keputusan itu diambil setelah jumlah kasus baru naik tiga hari "
                + "berturut-turut di Jakarta, Bandung dan Surabaya.\n\nMenteri Koordinator mengatakan pembatasan "
                + "akan dievaluasi setiap pekan bersama pemerintah daerah.";
        String copy = text.replace("KabarPagi", "WartaTimur") + "\n\nSimak berita dan artikel lainnya di Google News.";
        String again = copy.replace("WartaTimur", "LintasKota").replace("setiap pekan", "tiap pekan");
        List<GeneratedArticle> articles = List.of(
                new GeneratedArticle("o", GeneratedArticle.Kind.ORIGINAL, null, null, null,
                        "https://kabarpagi.id/nasional/1/ppkm", "KabarPagi", "PPKM Diperpanjang", t, text),
                new GeneratedArticle("c1", GeneratedArticle.Kind.SYNDICATED, "o", "https://kabarpagi.id/nasional/1/ppkm", null,
                        "https://wartatimur.com/nasional/2/ppkm", "WartaTimur", "PPKM Diperpanjang", t, copy),
                new GeneratedArticle("c2", GeneratedArticle.Kind.SYNDICATED, "o", "https://kabarpagi.id/nasional/1/ppkm", null,
                        "https://lintaskota.net/nasional/3/ppkm", "LintasKota", "PPKM Lagi", t, again));

        NearDuplicateScore score = new NearDuplicateEvaluator(StoreOptions.DEFAULTS).run(articles.iterator());

        assertThat(score.linked()).isEqualTo(2);
        assertThat(score.correct()).isEqualTo(2);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }
}

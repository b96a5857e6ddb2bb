package id.warta.quantity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input, the finder does not throw, quantities lie inside the text in order without overlapping,
 * each unit's evidence lies inside its expression, and the result is the same on every thread.
 */
class QuantityPropertiesTest {

    private static final QuantityFinder FINDER = new RuleQuantityFinder();

    /** Pieces of news numbers glued at random, so the rules meet each other in odd orders. */
    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("3.000", "1,5", "3,000", "1.250.000", "2022", "07.45", "6/1", "20", "-", "\u2013",
                        "juta", "ribu", "rb", "miliar", "million", "thousand", "hundred", "dua", "belas", "puluh",
                        "ratus", "seratus", "seribu", "setengah", "twenty-five", "a", "an", "dozen", "puluhan",
                        "ribuan", "dozens", "tens", "scores", "of", "sekitar", "lebih", "dari", "about", "at",
                        "least", "between", "and", "antara", "dan", "hingga", "Rp", "US", "$", "%", "persen", "per",
                        "cent", "dolar", "AS", "orang", "pengunjuk", "rasa", "troops", "Russian", "Pasal", "tahun",
                        "Januari", "0812345678", " ", " ", " ", ".", ",", "(", ")", "\n", "\u00A0"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(50).map(l -> String.join(" ", l));
    }

    @Property(tries = 500)
    void spansAreInsideOrderedAndNonOverlapping(@ForAll("numberLike") String text,
                                                @ForAll("languages") String language) {
        int previousEnd = 0;
        for (Quantity q : FINDER.find(text, language)) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(text.length());
            assertThat(q.upper()).isGreaterThanOrEqualTo(q.value());
            assertThat(Double.isNaN(q.value())).isFalse();
            if (q.unit() != null) {
                assertThat(q.unitStart()).isGreaterThanOrEqualTo(q.start());
                assertThat(q.unitEnd()).isLessThanOrEqualTo(q.end());
            }
            previousEnd = q.end();
        }
    }

    @Property(tries = 400)
    void randomStringsNeverThrow(@ForAll String text, @ForAll("languages") String language) {
        assertThat(FINDER.find(text, language)).isNotNull();
    }

    @Property(tries = 30)
    void sameResultOnFourThreads(@ForAll("numberLike") String text, @ForAll("languages") String language)
            throws Exception {
        List<Quantity> expected = FINDER.find(text, language);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quantity>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> FINDER.find(text, language)));
            }
            for (Future<List<Quantity>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("id", "en", "id-ID", "en-GB", "ms", "und");
    }
}

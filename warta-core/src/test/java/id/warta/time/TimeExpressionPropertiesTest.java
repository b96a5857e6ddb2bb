package id.warta.time;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input, the finder does not throw, expressions lie inside the text in order without overlapping,
 * the result is the same on every thread, and without a reference nothing relative is returned.
 */
class TimeExpressionPropertiesTest {

    private static final TimeExpressionFinder FINDER = new RuleTimeExpressionFinder();

    /** Pieces of news dates glued at random, so the rules meet each other in odd orders. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("6", "31", "29", "2022", "1899", "(7/1)", "(31/2)", "8/1/2022", "13/13/2022",
                        "2022-01-06", "07.45", "07:45", "25:99", "7.45", "pm", "a.m.", "WIB", "WITA", "WIT", "ET",
                        "pukul", "at", "Januari", "Februari", "Jan.", "May", "Mei", "march", "Senin", "Jumat",
                        "Minggu", "minggu", "hari", "ini", "lalu", "kemarin", "lusa", "besok", "depan", "pekan",
                        "bulan", "tahun", "dua", "tiga", "se", "last", "next", "this", "on", "pada", "sejak",
                        "yesterday", "today", "Friday", "days", "weeks", "ago", "malam", "3.000", "0812-3456-7890",
                        "\u017Fix", "\u017Funday", "\u0130n", "\u212Aamis", "Jum\u2019at",
                        " ", " ", ".", ",", "(", ")", "\n", "\u00A0"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(50).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<OffsetDateTime> references() {
        return Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(-12, 14)
                        .map(h -> OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(s),
                                ZoneOffset.ofHours(h))));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("id", "en", "id-ID", "en-GB", "ms", "und");
    }

    @Property(tries = 500)
    void spansAreInsideOrderedAndNonOverlapping(@ForAll("dateLike") String text, @ForAll("languages") String language,
                                                @ForAll("references") OffsetDateTime reference) {
        int previousEnd = 0;
        for (TimeExpression t : FINDER.find(text, language, reference)) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(t.last()).isAfterOrEqualTo(t.begin());
            previousEnd = t.end();
        }
    }

    @Property(tries = 300)
    void withoutReferenceNothingRelative(@ForAll("dateLike") String text, @ForAll("languages") String language) {
        assertThat(FINDER.find(text, language, null)).noneMatch(TimeExpression::relative);
    }

    @Property(tries = 400)
    void randomStringsNeverThrow(@ForAll String text, @ForAll("languages") String language,
                                 @ForAll("references") OffsetDateTime reference) {
        assertThat(FINDER.find(text, language, reference)).isNotNull();
        assertThat(FINDER.find(text, language, null)).isNotNull();
    }

    @Property(tries = 30)
    void sameResultOnFourThreads(@ForAll("dateLike") String text, @ForAll("languages") String language,
                                 @ForAll("references") OffsetDateTime reference) throws Exception {
        List<TimeExpression> expected = FINDER.find(text, language, reference);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TimeExpression>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> FINDER.find(text, language, reference)));
            }
            for (Future<List<TimeExpression>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

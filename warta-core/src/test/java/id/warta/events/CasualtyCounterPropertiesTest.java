package id.warta.events;

import id.warta.quantity.Quantity;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * Whatever the input, the counter does not throw, its counts lie inside their sentence with non-negative values
 * and totals that are their sums, and it gives the same on every thread; merging takes per kind the largest total
 * and does not depend on repeats or order.
 */
class CasualtyCounterPropertiesTest {

    private static final CasualtyCounter COUNTER = new CasualtyCounter();
    private static final RuleQuantityFinder QUANTITIES = new RuleQuantityFinder();

    /** Casualty words, numbers and the things that must not be counted, glued at random. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("30", "18", "3.000", "1,000", "2022", "07.45", "0812-3456-7890", "(45)", "45",
                        "tahun", "Pasal", "pukul", "Rp", "juta", "persen", "%", "puluhan", "dozens", "ribuan",
                        "sedikitnya", "at least", "20-30", "from 12 to 20", "dari", "menjadi", "orang", "pengunjuk",
                        "rasa", "personel", "keamanan", "pasukan", "troops", "people", "tewas", "meninggal", "dunia",
                        "menewaskan", "melukai", "luka-luka", "terluka", "ditangkap", "diamankan", "menangkap",
                        "killed", "killing", "were", "wounded", "injured", "arrested", "held", "dead", "died",
                        "death", "toll", "rose", "to", "korban", "jiwa", "luka", "jumlah", "mencapai", "bertambah",
                        "seorang", "pria", "a", "man", "one", "and", "dan", ",", ".", ";", "(", ")", "termasuk",
                        "including", "di", "antaranya", "tidak", "ada", "no one was killed", "crowd", "of",
                        "massa", "sebanyak", "berunjuk", "2,500-strong", "Budi", "aged", "\n"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("id", "en", "und");
    }

    @Property(tries = 500)
    void countsLieInsideTheirSentenceWithSaneValues(@ForAll("newsLike") String s,
                                                    @ForAll("languages") String language) {
        Text text = Text.of(s, language, new RuleSentenceSplitter());
        List<Quantity> quantities = QUANTITIES.find(s, language);
        for (Sentence sentence : text.sentences()) {
            Casualties c = COUNTER.count(text, sentence, quantities);
            for (Count count : c.counts()) {
                assertThat(count.start()).isGreaterThanOrEqualTo(sentence.start());
                assertThat(count.end()).isLessThanOrEqualTo(sentence.end());
                assertThat(count.value()).isNotNegative();
            }
            for (Count.Kind kind : Count.Kind.values()) {
                Long total = c.total(kind);
                assertThat(total == null || total >= 0).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void randomStringsNeverThrow(@ForAll String s, @ForAll("languages") String language) {
        Text text = Text.of(s, language, new RuleSentenceSplitter());
        List<Quantity> quantities = QUANTITIES.find(s, language);
        for (Sentence sentence : text.sentences()) {
            assertThat(COUNTER.count(text, sentence, quantities)).isNotNull();
        }
    }

    @Property(tries = 200)
    void anyTokenRangeOfASentenceCanBeCounted(@ForAll("newsLike") String s, @ForAll int seed) {
        Text text = Text.of(s, "id", new RuleSentenceSplitter());
        List<Quantity> quantities = QUANTITIES.find(s, "id");
        for (Sentence sentence : text.sentences()) {
            int size = sentence.tokens().size();
            int from = Math.floorMod(seed, size);
            int to = from + 1 + Math.floorMod(seed >>> 8, size - from);
            Sentence clause = Sentence.of(sentence.tokens().subList(from, to));
            for (Count count : COUNTER.count(text, clause, quantities).counts()) {
                assertThat(count.start()).isGreaterThanOrEqualTo(clause.start());
                assertThat(count.end()).isLessThanOrEqualTo(clause.end());
            }
        }
    }

    @Property(tries = 50)
    void sameResultOnEveryThread(@ForAll("newsLike") String s) throws Exception {
        Text text = Text.of(s, "id", new RuleSentenceSplitter());
        List<Quantity> quantities = QUANTITIES.find(s, "id");
        List<Casualties> expected = count(text, quantities);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Casualties>>> futures = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                futures.add(pool.submit(() -> count(text, quantities)));
            }
            for (Future<List<Casualties>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<Casualties> count(Text text, List<Quantity> quantities) {
        List<Casualties> out = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            out.add(COUNTER.count(text, sentence, quantities));
        }
        return out;
    }

    @Provide
    Arbitrary<Casualties> mentions() {
        Arbitrary<Count> count = Combinators.combine(Arbitraries.of(Count.Kind.class),
                Arbitraries.longs().between(0, 5000), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1000))
                .as((kind, value, approximate, start) -> new Count(kind, value, approximate, null, start,
                        start + 3));
        return count.list().ofMaxSize(5).map(Casualties::of);
    }

    @Property(tries = 300)
    void mergeKeepsPerKindTheLargestTotal(@ForAll("mentions") Casualties a, @ForAll("mentions") Casualties b,
                                          @ForAll("mentions") Casualties c) {
        List<Casualties> all = List.of(a, b, c);
        Casualties merged = Casualties.merge(all);
        for (Count.Kind kind : Count.Kind.values()) {
            Long max = all.stream().map(m -> m.total(kind)).filter(t -> t != null).max(Long::compare)
                    .orElse(null);
            assertThat(merged.total(kind)).isEqualTo(max);
            assertThat(Casualties.merge(List.of(c, b, a)).total(kind)).isEqualTo(max);
        }
        assertThat(Casualties.merge(List.of(a, a, a))).isEqualTo(Casualties.merge(List.of(a)));
    }
}

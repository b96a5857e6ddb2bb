package id.warta.quote;

import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input and the entities, the finder does not throw, quotes lie inside the text in order without
 * overlapping, each quote's text is the text between its offsets, speaker offsets are both set or both -1, and
 * the result is the same on every thread.
 */
class QuotePropertiesTest {

    private static final QuoteFinder FINDER = new RuleQuoteFinder();
    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();

    /** Pieces of quoted news glued at random, so the rules meet each other in odd orders. */
    @Provide
    Arbitrary<String> quoteLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "\u2018", "\u2019", "'",
                        "\u2039", "\u203A", "``", "''", "\"Kami siap,\"", "\u201CSaat ini,\u201D", ",\"", ".\"",
                        "kata", "ujar", "katanya", "ujarnya", "menurut", "according", "to", "said", "says", "he",
                        "she", "told", "mengatakan", "menegaskan", "dikatakan", "seperti", "dikutip", "oleh", "Hal",
                        "itu", "demikian", "Andrei", "Kortunov", "Kassym-Jomart", "Tokayev", "Budi", "Pak", "dr.",
                        "Menteri", "Luar", "Negeri", "kepala", "RIAC", "juru", "bicara", "seorang", "saksi", "a",
                        "spokesman", "for", "the", "ministry", "Kota", "selaku", "film", "berjudul", "Senin",
                        "(10/1)", "(RIAC)", "(", ")", ",", ".", ":", "-", "\u2014", "?", "!", "\n", "\n\n", " ",
                        "\u00A0", "3.000", "ia", "mereka", "bahwa", "that", "juga", "dan", "von", "bin"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(6));
        return Arbitraries.oneOf(pieces, quotation()).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    /** A quotation of random words between random marks, with or without an attribution after it. */
    private static Arbitrary<String> quotation() {
        Arbitrary<String> words = Arbitraries.of("kami", "siap", "harga", "naik", "we", "will", "not", "go",
                "Saat", "ini", "air", "banjir", "The", "plan", "is", "dead", "\n\n", ".", ",").list()
                .ofMinSize(1).ofMaxSize(8).map(l -> String.join(" ", l));
        Arbitrary<String> open = Arbitraries.of("\"", "\u201C", "\u201D", "\u2018", "\u00AB", "'");
        Arbitrary<String> close = Arbitraries.of("\"", "\u201D", "\u2019", "\u00BB", "'", ",\"", ".\u201D",
                ",\u2019");
        Arbitrary<String> attribution = Arbitraries.of("", " kata Budi.", " ujarnya.", " said John Smith, a "
                + "spokesman.", " kata Andrei Kortunov, kepala RIAC.", " he said.", " Kortunov mengatakan.",
                " kata seorang saksi.", " tegas Menteri Luar Negeri Retno Marsudi.", "\n\n");
        return Combinators.combine(open, words, close, attribution).as((o, w, c, a) -> o + w + c + a);
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("id", "en", "und");
    }

    /** A text with PERSON entities whose mentions fall on random stretches of it, some past its end. */
    @Provide
    Arbitrary<Object[]> textWithEntities() {
        return quoteLike().flatMap(text -> {
            Arbitrary<int[]> spans = Arbitraries.integers().between(0, text.length() + 20)
                    .flatMap(a -> Arbitraries.integers().between(1, 20).map(len -> new int[] {a, a + len}));
            return Combinators.combine(spans.list().ofMaxSize(8), Arbitraries.of("Andrei Kortunov", "Budi"))
                    .as((list, name) -> new Object[] {text, entities(list, name)});
        });
    }

    private static List<Entity> entities(List<int[]> spans, String name) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<Entity> out = new ArrayList<>();
        int previousEnd = 0;
        for (int[] sp : sorted) {
            if (sp[0] >= previousEnd) { // the contract: mentions of different entities never overlap
                out.add(new Entity(name + " " + out.size(), Entity.Type.PERSON, null, null,
                        List.of(new Mention(sp[0], sp[1]))));
                previousEnd = sp[1];
            }
        }
        return out;
    }

    @Property(tries = 600)
    void quotesLieInsideInOrderAndQuoteTheirText(@ForAll("quoteLike") String s, @ForAll("languages") String lang) {
        List<Quote> quotes = FINDER.find(Text.of(s, lang, SPLITTER), List.of());
        checkSpans(s, quotes);
        Statistics.label("quotes").collect(!quotes.isEmpty());
        Statistics.label("speakers").collect(quotes.stream().anyMatch(q -> q.speakerStart() >= 0));
        Statistics.label("quotes").coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("speakers").coverage(c -> c.check(true).percentage(p -> p > 2));
        for (Quote q : quotes) {
            // without entities, the speaker's words are read from the attribution, outside the quoted words
            if (q.speakerStart() >= 0) {
                assertThat(q.speakerEnd() <= q.start() || q.speakerStart() >= q.end()).as(q.toString()).isTrue();
                assertThat(q.speaker()).isNotNull();
            }
        }
    }

    @Property(tries = 400)
    void entitiesAnywhereNeverBreakTheFinder(@ForAll("textWithEntities") Object[] input) {
        String s = (String) input[0];
        @SuppressWarnings("unchecked")
        List<Entity> entities = (List<Entity>) input[1];
        checkSpans(s, FINDER.find(Text.of(s, "id", SPLITTER), entities));
    }

    @Property(tries = 400)
    void randomStringsNeverThrow(@ForAll String s, @ForAll("languages") String lang) {
        checkSpans(s, FINDER.find(Text.of(s, lang, SPLITTER), List.of()));
    }

    @Property(tries = 30)
    void sameResultOnFourThreads(@ForAll("textWithEntities") Object[] input) throws Exception {
        String s = (String) input[0];
        @SuppressWarnings("unchecked")
        List<Entity> entities = (List<Entity>) input[1];
        Text text = Text.of(s, "id", SPLITTER);
        List<Quote> expected = FINDER.find(text, entities);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> FINDER.find(text, entities)));
            }
            for (Future<List<Quote>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkSpans(String s, List<Quote> quotes) {
        int previousEnd = 0;
        for (Quote q : quotes) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(q.end()).isGreaterThan(q.start()).isLessThanOrEqualTo(s.length());
            assertThat(s.substring(q.start(), q.end())).isEqualTo(q.text());
            assertThat(q.speakerStart() < 0).isEqualTo(q.speakerEnd() < 0);
            if (q.speakerStart() >= 0) {
                assertThat(q.speakerEnd()).isGreaterThan(q.speakerStart()).isLessThanOrEqualTo(s.length());
            }
            assertThat(q.text()).isEqualTo(q.text().strip());
            previousEnd = q.end();
        }
    }
}

package id.warta.ner;

import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input, the shipped finder does not throw, every mention lies inside the text, mentions of all
 * entities never overlap, each entity's text is one of its mentions, and every thread gets the same result.
 */
class EntityPropertiesTest {

    private static final EntityFinder FINDER = ModelEntityFinder.shared();
    private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();

    /** Names, titles, acronyms and brackets glued at random, so that the linking rules meet each other. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Presiden", "Joko", "Widodo", "Jokowi", "Menteri", "Luar", "Negeri", "Retno",
                        "Marsudi", "Badan", "Nasional", "Penanggulangan", "Bencana", "(", ")", "BNPB", "TNI", "Polri",
                        "Rusia", "Kazakhstan", "Moskow", "Jawa", "Barat", "Kabupaten", "Bekasi", "Kassym-Jomart",
                        "Tokayev", "-", "kata", "di", "dan", "the", "of", "Council", "said", "President", ",", ".",
                        "\"", "\n\n", "AS", "as", "PADANG", "padang", "Dewan", "Urusan", "Internasional"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    private static List<Entity> find(String text) {
        return FINDER.find(Text.of(text, "id", SPLITTER));
    }

    @Property(tries = 300)
    void mentionsInsideNonOverlappingAndNamed(@ForAll("newsLike") String text) {
        List<Mention> all = new ArrayList<>();
        for (Entity e : find(text)) {
            List<String> written = new ArrayList<>();
            for (Mention m : e.mentions()) {
                assertThat(m.end()).isLessThanOrEqualTo(text.length());
                written.add(m.text(text));
            }
            assertThat(written).contains(e.text());
            all.addAll(e.mentions());
        }
        all.sort(Comparator.comparingInt(Mention::start));
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).start()).isGreaterThanOrEqualTo(all.get(i - 1).end());
        }
    }

    @Property(tries = 300)
    void anyStringIsSafe(@ForAll String text) {
        assertThat(find(text)).isNotNull();
    }

    @Property(tries = 20)
    void sameResultOnFourThreads(@ForAll("newsLike") String text) throws Exception {
        List<Entity> expected = find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Entity>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> find(text)));
            }
            for (Future<List<Entity>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

package id.warta.spark;

import id.warta.Warta;
import id.warta.store.StoreOptions;
import id.warta.store.dedup.MinHasher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bucket work of the corpus-wide decisions, on articles analysed from pages, without Spark. */
class DecisionsTest {

    private static Doc antara;
    private static Doc suara;
    private static Doc detik;
    private static Doc kompas;
    private static Doc reuters;

    @BeforeAll
    static void analyse() {
        MinHasher hasher = new MinHasher(StoreOptions.DEFAULTS.minHashes(), StoreOptions.DEFAULTS.shingleWords());
        antara = doc("antara-banjir-semarang.html", hasher);
        suara = doc("suara-banjir-semarang-salinan.html", hasher);
        detik = doc("detik-banjir-semarang-tulis-ulang.html", hasher);
        kompas = doc("kompas-banjir-semarang-laporan-lain.html", hasher);
        reuters = doc("reuters-rotterdam-port-strike.html", hasher);
    }

    static String page(String name) {
        try (InputStream in = DecisionsTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Doc doc(String name, MinHasher hasher) {
        Doc d = Doc.of(Warta.analyze(page(name)), StoreOptions.DEFAULTS, hasher);
        assertThat(d.ok()).as(name).isTrue();
        return d;
    }

    private static Set<Set<String>> pairs(java.util.Iterator<Tuple2<String, String>> edges) {
        Set<Set<String>> out = new HashSet<>();
        edges.forEachRemaining(e -> out.add(Set.of(Doc.idOf(e._1()), Doc.idOf(e._2()))));
        return out;
    }

    @Test
    void theSyndicatedCopyAndTheRewriteAreNearDuplicatesOfTheOriginalAndNothingElseIs() {
        Map<String, int[]> signatures = new HashMap<>();
        for (Doc d : List.of(reuters, kompas, detik, suara, antara)) {
            signatures.put(d.order(), d.signature());
        }
        List<Tuple2<String, String>> similar = new ArrayList<>();
        Decisions.bandPairs(signatures.keySet()).forEachRemaining(p -> {
            if (Decisions.similar(signatures.get(p._1()), signatures.get(p._2()),
                    StoreOptions.DEFAULTS.nearDuplicateSimilarity())) {
                similar.add(p);
            }
        });
        Set<Set<String>> edges = pairs(similar.iterator());
        assertThat(edges).contains(Set.of(antara.id(), suara.id()), Set.of(antara.id(), detik.id()));
        assertThat(edges).allSatisfy(e -> assertThat(e).doesNotContain(kompas.id(), reuters.id()));
    }

    @Test
    void aBandBucketPairsEachMemberWithItsSixteenEarliestOnly() {
        List<String> bucket = new ArrayList<>();
        for (int i = 19; i >= 0; i--) {
            Instant published = Instant.parse("2024-03-14T02:00:00Z").plusSeconds(60L * i);
            bucket.add(Doc.order(published, String.format("%016x", i)));
        }
        List<Tuple2<String, String>> pairs = new ArrayList<>();
        Decisions.bandPairs(bucket).forEachRemaining(pairs::add);
        List<String> sorted = new ArrayList<>(bucket);
        sorted.sort(null);
        // members 1..15 meet every earlier one, 16..19 the sixteen earliest: 120 + 4 * 16 pairs
        assertThat(pairs).hasSize(120 + 4 * 16);
        assertThat(pairs).allSatisfy(p -> assertThat(p._1()).isLessThan(p._2()));
        assertThat(pairs).contains(new Tuple2<>(sorted.get(15), sorted.get(19)))
                .doesNotContain(new Tuple2<>(sorted.get(16), sorted.get(19)));
        assertThat(pairs).doesNotHaveDuplicates();
    }

    @Test
    void twoOutletsReportingOneFloodShareAStoryAndThePortStrikeStaysApart() {
        List<Decisions.Profiled> bucket = new ArrayList<>();
        for (Doc d : List.of(reuters, kompas, antara)) {
            bucket.add(new Decisions.Profiled(d.order(), d.profile(), true));
        }
        Set<Set<String>> edges = pairs(Decisions.storyEdges(bucket, StoreOptions.DEFAULTS.storyWindowDays(),
                StoreOptions.DEFAULTS.storySimilarity()));
        assertThat(edges).containsExactly(Set.of(antara.id(), kompas.id()));
    }

    @Test
    void visitorsFromTheDayBucketBeforeAreNotPairedWithEachOther() {
        List<Decisions.Profiled> bucket = List.of(new Decisions.Profiled(antara.order(), antara.profile(), false),
                new Decisions.Profiled(kompas.order(), kompas.profile(), false));
        assertThat(Decisions.storyEdges(bucket, 3, 0.5)).isExhausted();
    }

    @Test
    void orderKeysSortByTimeThenIdWithUndatedLast() {
        String before1970 = Doc.order(Instant.parse("1965-09-30T12:00:00Z"), "ffffffffffffffff");
        String morning = Doc.order(Instant.parse("2024-03-14T02:15:00Z"), "b000000000000000");
        String sameTime = Doc.order(Instant.parse("2024-03-14T02:15:00Z"), "c000000000000000");
        String evening = Doc.order(Instant.parse("2024-03-14T09:45:00Z"), "0000000000000001");
        String undated = Doc.order(null, "0000000000000000");
        List<String> keys = new ArrayList<>(List.of(undated, evening, sameTime, morning, before1970));
        keys.sort(null);
        assertThat(keys).containsExactly(before1970, morning, sameTime, evening, undated);
        assertThat(Doc.idOf(sameTime)).isEqualTo("c000000000000000");
    }

    @Test
    void thePartitionDayIsThePublicationDayInItsOwnOffsetElseTheFetchDay() {
        assertThat(antara.day()).isEqualTo("2024-03-14");
        assertThat(Doc.day(java.time.OffsetDateTime.parse("2024-03-14T23:30:00+07:00"),
                java.time.OffsetDateTime.parse("2024-03-14T17:00:00Z"))).isEqualTo("2024-03-14");
        assertThat(Doc.day(null, java.time.OffsetDateTime.parse("2024-03-15T01:00:00Z"))).isEqualTo("2024-03-15");
        assertThat(Doc.day(null, null)).isEqualTo(Doc.UNKNOWN_DAY);
    }
}

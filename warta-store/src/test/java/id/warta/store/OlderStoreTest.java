package id.warta.store;

import id.warta.Warta;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by the first build of format 1.0 ({@link FormatOneFixture}, under
 * {@code src/test/resources/store/format-1.0/}) opens, searches and takes new articles: its documents lack what
 * later builds add, and its look-up terms were written by that build.
 */
class OlderStoreTest {

    @TempDir
    Path dir;

    /** The Semarang flood told by a fourth outlet: its own words, the same places, people and day. */
    private static final String FLOOD_FOURTH_URL = "https://pesisirkita.id/peristiwa/2023/02/01/genangan-kaligawe-pengungsi";
    private static final String FLOOD_FOURTH = """
            Bagikan artikel ini :

            Genangan di Kaligawe Belum Surut, Pengungsi Banjir Semarang Bertahan di Masjid

            By Lukas Pramudya, Rabu, 1 Februari 2023 | 17:45 WIB

            Pesisirkita.id - Ribuan warga Kota Semarang masih bertahan di masjid dan sekolah pada Rabu sore karena genangan banjir di Kaligawe belum juga surut.

            Badan Penanggulangan Bencana Daerah Kota Semarang menyebut air di permukiman Kecamatan Genuk masih setinggi lutut orang dewasa.

            Kepala BPBD Kota Semarang Endro Pudyo Martantono mengatakan pompa-pompa di Kaligawe terus bekerja, namun kiriman air dari hulu belum berkurang.

            Wali Kota Semarang Hevearita Gunaryanti Rahayu meminta warga tidak kembali ke rumah sebelum air benar-benar surut.

            Tim SAR gabungan juga masih mencari seorang anak yang hanyut di Kali Tenggang.
            """;

    /** The aid report as syndicated by another outlet: the body copied, the lead reworded. */
    private static final String AID_COPY_URL = "https://beritanusantara.co.id/dunia/pesawat-hercules-bantuan-turki";
    private static final String AID_COPY = """
            Bagikan artikel ini :

            Dua Hercules Bawa 140 Ton Bantuan Indonesia ke Turki

            By Redaksi, Kamis, 9 Februari 2023 | 14:10 WIB

            Beritanusantara.co.id - Dua pesawat Hercules TNI Angkatan Udara lepas landas dari Halim Perdanakusuma, Jakarta, Kamis (9/2), membawa 140 ton bantuan kemanusiaan untuk korban gempa bumi di Turki.

            Bantuan berupa tenda, selimut, makanan siap saji dan obat-obatan itu diangkut dengan dua pesawat Hercules milik TNI Angkatan Udara.

            "Indonesia berdiri bersama rakyat Turki di masa yang sangat sulit ini," kata Menteri Luar Negeri Retno Marsudi saat melepas keberangkatan pesawat.

            Selain barang, Indonesia juga memberangkatkan tim medis dan tim pencarian dan pertolongan yang terdiri dari 50 personel ke Provinsi Hatay.

            Gempa bermagnitudo 7,8 yang mengguncang Turki selatan dan Suriah utara pada Senin lalu telah menewaskan lebih dari 17.000 orang.
            """;

    @BeforeEach
    void copyFixture() throws IOException, URISyntaxException {
        Path fixture = Path.of(OlderStoreTest.class.getResource("/store/format-1.0").toURI());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }


    @Test
    void opensAndSearchesWhatTheOlderBuildWrote() {
        try (WartaStore store = WartaStore.open(dir, StoreOptions.DEFAULTS.withReadOnly(true))) {
            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(5 + FormatOneFixture.GENERATED);
            assertThat(stats.errors()).isEqualTo(1);
            // the syndicated flood report was linked to the first one
            SearchHit copy = store.search(SearchQuery.all().withSite("suarapantura.id")).hits().stream()
                    .filter(h -> h.url().equals(Corpus.FLOOD_COPY_URL)).findFirst().orElseThrow();
            String flood = store.article(copy.id()).orElseThrow().duplicateOf();
            assertThat(store.article(flood).orElseThrow().analysis().article().url()).isEqualTo(Corpus.FLOOD_URL);
            assertThat(copy.story()).isEqualTo(flood);

            SearchResult banjir = store.search(SearchQuery.of("banjir Semarang"));
            assertThat(banjir.total()).isGreaterThanOrEqualTo(3);
            SearchHit top = banjir.hits().get(0);
            assertThat(top.title()).containsIgnoringCase("banjir");
            assertThat(top.url()).startsWith("https://");
            assertThat(top.site()).isNotBlank();
            assertThat(top.published()).isNotNull();
            assertThat(top.language()).isEqualTo("id");
            assertThat(top.snippet().marks()).isNotEmpty();
            for (SearchHit.Span s : top.snippet().marks()) {
                assertThat(top.snippet().text().substring(s.start(), s.end()).toLowerCase())
                        .isIn("banjir", "semarang");
            }
            assertThat(top.events()).isNotEmpty();

            SearchResult aid = store.search(SearchQuery.all().withType("AID").withCountry("TUR"));
            assertThat(aid.hits()).extracting(SearchHit::title)
                    .containsExactly("Indonesia Kirim 140 Ton Bantuan Kemanusiaan untuk Korban Gempa Turki");
            assertThat(aid.hits().get(0).events()).extracting(e -> e.type()).contains("AID");
            SearchResult all = store.search(SearchQuery.all());
            assertThat(all.total()).isEqualTo(5 + FormatOneFixture.GENERATED);
            assertThat(all.facets().get("language")).contains(new SearchResult.FacetCount("en", 1));
            assertThat(all.facets().get("country")).contains(new SearchResult.FacetCount("KEN", 1));

            String protest = store.search(SearchQuery.of("protesters")).hits().get(0).id();
            StoredArticle stored = store.article(protest).orElseThrow();
            assertThat(stored.analysis().article().title())
                    .isEqualTo("Kenyan Police Fire Tear Gas as Opposition Protesters March on Nairobi");
            List<StoredError> errors = new ArrayList<>();
            store.errors(errors::add);
            assertThat(errors).extracting(StoredError::input)
                    .containsExactly("https://kabarjateng.com/berita/halaman-kosong");
        }
    }

    @Test
    void newArticlesMeetTheOlderOnesAsDuplicatesCopiesAndStories() {
        try (WartaStore store = WartaStore.open(dir)) {
            String flood = store.search(SearchQuery.all().withSite("kabarjateng.com")
                    .withFrom(java.time.LocalDate.of(2023, 2, 1)).withTo(java.time.LocalDate.of(2023, 2, 1)))
                    .hits().stream().filter(h -> h.url().equals(Corpus.FLOOD_URL)).findFirst().orElseThrow().id();
            String aid = store.search(SearchQuery.all().withType("AID").withCountry("TUR")).hits().get(0).id();

            IngestResult again = store.ingest(Corpus.flood());
            assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);
            assertThat(again.id()).isEqualTo(flood);
            assertThat(store.ingest(Corpus.generated(7)).outcome()).isEqualTo(IngestResult.Outcome.DUPLICATE);

            IngestResult copy = store.ingest(Warta.analyze(AID_COPY, AID_COPY_URL));
            assertThat(copy.outcome()).isEqualTo(IngestResult.Outcome.NEAR_DUPLICATE);
            assertThat(copy.duplicateOf()).isEqualTo(aid);
            assertThat(copy.story()).isEqualTo(aid);

            IngestResult fourth = store.ingest(Warta.analyze(FLOOD_FOURTH, FLOOD_FOURTH_URL));
            assertThat(fourth.outcome()).isEqualTo(IngestResult.Outcome.NEW);
            assertThat(fourth.story()).isEqualTo(flood);
            store.commit();

            Story story = store.story(flood).orElseThrow();
            assertThat(story.articles()).hasSize(4).contains(flood, fourth.id());
            assertThat(store.stats().articles()).isEqualTo(7 + FormatOneFixture.GENERATED);
            assertThat(store.search(SearchQuery.of("Hercules")).hits()).extracting(SearchHit::id)
                    .contains(aid, copy.id());
            // the new article's hit and an old one's read alike
            SearchResult kaligawe = store.search(SearchQuery.of("Kaligawe"));
            assertThat(kaligawe.hits()).extracting(SearchHit::id).contains(flood, fourth.id());
            for (SearchHit h : kaligawe.hits()) {
                assertThat(h.snippet().marks()).isNotEmpty();
                assertThat(h.title()).isNotBlank();
                assertThat(h.story()).isEqualTo(flood);
            }
        }
    }
}

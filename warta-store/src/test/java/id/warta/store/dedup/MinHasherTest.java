package id.warta.store.dedup;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MinHasherTest {

    private static final MinHasher HASHER = new MinHasher(120, 4);

    private static final String REPORT = """
            KARACHI, KABARPAGI.ID - Empat pengunjuk rasa tewas dan sedikitnya 30 orang luka-luka ketika polisi \
            membubarkan demonstrasi di Karachi, Selasa (9/5/2023). Ribuan pendukung partai oposisi turun ke jalan \
            setelah pemimpin mereka ditangkap di Islamabad.

            Polisi menembakkan gas air mata dan peluru karet ke arah massa yang membakar kendaraan di dekat kantor \
            gubernur Sindh. Menurut juru bicara kepolisian Karachi, 45 orang ditahan dan akan diperiksa pekan ini.

            "Kami tidak akan membiarkan kota ini dibakar," kata Kepala Kepolisian Karachi kepada wartawan.""";

    /** Another outlet's copy: own dateline, a teaser, a closing line, a figure updated. */
    private static final String SYNDICATED = """
            Karachi (WartaTimur) - Empat pengunjuk rasa tewas dan sedikitnya 30 orang luka-luka ketika polisi \
            membubarkan demonstrasi di Karachi, Selasa (9/5/2023). Ribuan pendukung partai oposisi turun ke jalan \
            setelah pemimpin mereka ditangkap di Islamabad.

            Baca Juga: Harga Gandum di Punjab Naik Dua Kali Lipat

            Polisi menembakkan gas air mata dan peluru karet ke arah massa yang membakar kendaraan di dekat kantor \
            gubernur Sindh. Menurut juru bicara kepolisian Karachi, 52 orang ditahan dan akan diperiksa pekan ini.

            "Kami tidak akan membiarkan kota ini dibakar," kata Kepala Kepolisian Karachi kepada wartawan.

            Simak berita dan artikel lainnya di Google News.""";

    private static final String UNRELATED = """
            JAKARTA, KABARPAGI.ID - Bank Indonesia mempertahankan suku bunga acuan di level 5,75 persen dalam rapat \
            dewan gubernur yang berakhir Kamis (25/5/2023). Keputusan itu sejalan dengan perkiraan inflasi yang \
            terus menurun ke kisaran sasaran tiga persen.

            Gubernur BI mengatakan nilai tukar rupiah tetap stabil meski dolar Amerika Serikat menguat terhadap \
            mata uang utama dunia. Cadangan devisa pada akhir April tercatat 144,2 miliar dolar AS.""";

    @Test
    void identicalTextsAreIdenticalWhateverTheCaseAndPunctuation() {
        Signature a = HASHER.sign(REPORT);
        Signature b = HASHER.sign(REPORT.toUpperCase().replace(",", " ;").replace("\n\n", "\n"));
        assertThat(b).isEqualTo(a);
        assertThat(a.similarity(b)).isEqualTo(1.0);
        assertThat(a.values()).hasSize(120);
    }

    @Test
    void aSyndicatedCopyIsFarAboveTheThresholdAndAnotherStoryFarBelow() {
        Signature report = HASHER.sign(REPORT);
        assertThat(report.similarity(HASHER.sign(SYNDICATED))).isGreaterThan(0.6);
        assertThat(report.similarity(HASHER.sign(UNRELATED))).isLessThan(0.05);
    }

    @Test
    void theEstimateIsCloseToTheTrueJaccardSimilarity() {
        // words w0..w299 and w150..w449: shingles of 4 words, 297 each, 147 in common, Jaccard 147/447
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 450; i++) {
            if (i < 300) {
                a.append("kata").append(i).append(' ');
            }
            if (i >= 150) {
                b.append("kata").append(i).append(' ');
            }
        }
        MinHasher many = new MinHasher(512, 4);
        assertThat(many.sign(a.toString()).similarity(many.sign(b.toString()))).isCloseTo(147.0 / 447, within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        // five standard deviations of the estimate at 512 hashes
        return org.assertj.core.data.Offset.offset(5 * Math.sqrt(0.33 * 0.67 / 512));
    }

    @Test
    void textsShorterThanAShingleAreEmpty() {
        assertThat(HASHER.sign("").empty()).isTrue();
        assertThat(HASHER.sign("Banjir di Bekasi").empty()).isTrue();
        assertThat(HASHER.sign("— , . !").empty()).isTrue();
        assertThat(HASHER.sign("Banjir rendam empat kecamatan").empty()).isFalse();
        Signature empty = HASHER.sign("Banjir");
        assertThat(empty.similarity(empty)).isZero();
        assertThat(empty.bandKeys(40)).isEmpty();
        assertThat(empty).isEqualTo(Signature.EMPTY);
    }

    @Test
    void bandKeysNameTheirBandAndAgreeForEqualBands() {
        List<String> keys = HASHER.sign(REPORT).bandKeys(40);
        assertThat(keys).hasSize(40).allMatch(k -> k.matches("\\d\\d:[0-9a-f]{12}")).doesNotHaveDuplicates();
        assertThat(keys.get(7)).startsWith("07:");
        assertThat(HASHER.sign(REPORT.toLowerCase()).bandKeys(40)).isEqualTo(keys);
        List<String> copy = HASHER.sign(SYNDICATED).bandKeys(40);
        assertThat(copy).containsAnyElementsOf(keys);
        assertThat(HASHER.sign(UNRELATED).bandKeys(40)).doesNotContainAnyElementsOf(keys);
        assertThatThrownBy(() -> HASHER.sign(REPORT).bandKeys(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bytesRoundTrip() {
        Signature s = HASHER.sign(REPORT);
        assertThat(s.toBytes()).hasSize(480);
        assertThat(Signature.fromBytes(s.toBytes())).isEqualTo(s);
        assertThat(Signature.fromBytes(new byte[0]).empty()).isTrue();
        assertThatThrownBy(() -> Signature.fromBytes(new byte[5])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameOnEveryThreadAndInEveryHasher() throws Exception {
        Signature expected = new MinHasher(120, 4).sign(REPORT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Signature>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> HASHER.sign(REPORT)));
            }
            for (Future<Signature> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new MinHasher(0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinHasher(120, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void anyTextSignsWithoutFailingAndEqualsItself(@ForAll String text) {
        Signature s = HASHER.sign(text);
        assertThat(s.empty() || s.values().length == 120).isTrue();
        assertThat(HASHER.sign(text)).isEqualTo(s);
        assertThat(Signature.fromBytes(s.toBytes())).isEqualTo(s);
        if (!s.empty()) {
            assertThat(s.similarity(s)).isEqualTo(1.0);
        }
    }

    @Property
    void similarityIsSymmetricAndAShare(@ForAll String a, @ForAll String b) {
        double ab = HASHER.sign(a).similarity(HASHER.sign(b));
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(HASHER.sign(b).similarity(HASHER.sign(a)));
    }
}

package id.warta.ner;

import id.warta.geo.Place;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names of places and organisations over the tokens of news written for this test, in Indonesian and English:
 * what is matched, what is not (case), the longest name winning, offsets into the text.
 */
class NameMatcherTest {

    private static final NameMatcher MATCHER = NameMatcher.shared();
    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    /** A flood report from East Java. */
    private static final String FLOOD = "SURABAYA, KOMPAS.com - Badan Nasional Penanggulangan Bencana (BNPB) "
            + "mencatat banjir merendam 12 desa di Kabupaten Gresik, Jawa Timur, sejak Senin (9/1). Kepala BMKG "
            + "menyebut hujan lebat masih akan turun di Jatim dan NTT hingga akhir pekan. Tim Basarnas bersama TNI "
            + "dan Polri mengevakuasi 3.000 warga ke padang rumput di dekat tanggul, sementara Kementerian Sosial "
            + "mengirim bantuan dari Jakarta.";

    /** Diplomacy after unrest in Central Asia. */
    private static final String DIPLOMACY = "Menteri Luar Negeri Rusia Sergei Lavrov bertemu mitranya dari "
            + "Kazakhstan di Moskow pada Kamis (13/1). Pertemuan itu membahas penarikan pasukan Organisasi Perjanjian "
            + "Keamanan Kolektif (CSTO) dari Almaty. Utusan Organisasi Kerja Sama Islam mengatakan Amerika "
            + "Serikat dan Uni Eropa memantau situasi, sementara Tiongkok memilih diam. Sejumlah warga AS dan Korea "
            + "Selatan telah dievakuasi ke Tashkent, Uzbekistan.";

    /** A wire report in English. */
    private static final String WIRE = "JAKARTA (Reuters) - Indonesia's disaster agency said on Monday that floods "
            + "in West Java had displaced about 5,000 people, while the U.S. State Department urged Americans to "
            + "avoid travel to Papua. The United Nations and the World Health Organization sent teams to Bandung, "
            + "and NATO allies pledged aid, the Associated Press reported.";

    private static List<NameMatch> match(String text, String language) {
        return MATCHER.match(text, TOKENIZER.tokenize(text, language));
    }

    /** Each match as "text = what it names": an organisation's canonical name, else the first place's kind and country. */
    private static List<String> describe(String text, List<NameMatch> matches) {
        List<String> out = new ArrayList<>();
        for (NameMatch m : matches) {
            String what = m.organisation() != null ? m.organisation().name()
                    : m.places().get(0).kind() + " " + m.places().get(0).country();
            out.add(m.text(text) + " = " + what);
        }
        return out;
    }

    @Test
    void indonesianDisasterReport() {
        assertThat(describe(FLOOD, match(FLOOD, "id"))).containsExactly(
                "SURABAYA = ADMIN2 IDN",
                "KOMPAS.com = Kompas",
                "Badan Nasional Penanggulangan Bencana = Badan Nasional Penanggulangan Bencana",
                "BNPB = Badan Nasional Penanggulangan Bencana",
                "Kabupaten Gresik = ADMIN2 IDN",
                "Jawa Timur = ADMIN1 IDN",
                "BMKG = Badan Meteorologi, Klimatologi, dan Geofisika",
                "Jatim = ADMIN1 IDN",
                "NTT = ADMIN1 IDN",
                "Basarnas = Badan Nasional Pencarian dan Pertolongan",
                "TNI = Tentara Nasional Indonesia",
                "Polri = Kepolisian Negara Republik Indonesia",
                "Kementerian Sosial = Kementerian Sosial",
                "Jakarta = ADMIN1 IDN");
    }

    @Test
    void indonesianDiplomacyWithCountriesCitiesAndAlliances() {
        List<NameMatch> matches = match(DIPLOMACY, "id");
        assertThat(describe(DIPLOMACY, matches)).containsExactly(
                "Rusia = COUNTRY RUS",
                "Kazakhstan = COUNTRY KAZ",
                "Moskow = CITY RUS",
                "Organisasi Perjanjian Keamanan Kolektif = Collective Security Treaty Organization",
                "CSTO = Collective Security Treaty Organization",
                "Almaty = ADMIN1 KAZ",
                "Organisasi Kerja Sama Islam = Organisation of Islamic Cooperation",
                "Amerika Serikat = COUNTRY USA",
                "Uni Eropa = European Union",
                "Tiongkok = COUNTRY CHN",
                "AS = COUNTRY USA",
                "Korea Selatan = COUNTRY KOR",
                "Tashkent = ADMIN1 UZB",
                "Uzbekistan = COUNTRY UZB");
        NameMatch almaty = matches.get(5);
        assertThat(almaty.places()).extracting(Place::kind).containsExactly(Place.Kind.ADMIN1, Place.Kind.CITY);
        assertThat(matches.get(4).organisation().members()).contains("KAZ", "RUS");
    }

    @Test
    void englishWireReport() {
        assertThat(describe(WIRE, match(WIRE, "en"))).containsExactly(
                "JAKARTA = ADMIN1 IDN",
                "Reuters = Reuters",
                "Indonesia = COUNTRY IDN",
                "West Java = ADMIN1 IDN",
                "U.S. State Department = United States Department of State",
                "Papua = ADMIN1 IDN",
                "United Nations = Perserikatan Bangsa-Bangsa",
                "World Health Organization = World Health Organization",
                "Bandung = ADMIN2 IDN",
                "NATO = North Atlantic Treaty Organization",
                "Associated Press = Associated Press");
    }

    @Test
    void namesMatchOnlyInTheirCase() {
        String text = "Warga as dan padang rumput di Padang menunggu who, bukan WHO, sementara Dki dan DKI berbeda.";
        assertThat(describe(text, match(text, "id"))).containsExactly(
                "Padang = ADMIN2 IDN", "WHO = World Health Organization", "DKI = ADMIN1 IDN");
        String english = "As the UN met, officials as far as Lima said the US and the U.S. agreed that each SOE "
                + "in BALI must report.";
        assertThat(describe(english, match(english, "en"))).containsExactly(
                "UN = Perserikatan Bangsa-Bangsa", "Lima = CITY PER", "US = COUNTRY USA", "U.S. = COUNTRY USA",
                "BALI = ADMIN1 IDN");
    }

    @Test
    void longestNamesWinAndKnownNonPlacesHideTheirParts() {
        String text = "Negara-negara Amerika Latin, Amerika, Papua Nugini dan Papua, Kota Padang dan Laut China "
                + "Selatan dibahas di Jawa Tengah.";
        assertThat(describe(text, match(text, "id"))).containsExactly(
                "Amerika = COUNTRY USA", "Papua Nugini = COUNTRY PNG", "Papua = ADMIN1 IDN",
                "Kota Padang = ADMIN2 IDN", "Jawa Tengah = ADMIN1 IDN");
    }

    @Test
    void offsetsPointIntoTheTextAtTokenBoundaries() {
        List<Token> tokens = TOKENIZER.tokenize(DIPLOMACY, "id");
        for (NameMatch m : MATCHER.match(DIPLOMACY, tokens)) {
            assertThat(m.start()).isEqualTo(tokens.get(m.firstToken()).start());
            assertThat(m.end()).isEqualTo(tokens.get(m.endToken() - 1).end());
        }
        NameMatch oic = MATCHER.match(DIPLOMACY, tokens).get(6);
        assertThat(oic.start()).isEqualTo(DIPLOMACY.indexOf("Organisasi Kerja"));
        assertThat(oic.text(DIPLOMACY)).isEqualTo("Organisasi Kerja Sama Islam");
        assertThat(oic.endToken() - oic.firstToken()).isEqualTo(4);
    }

    @Test
    void lowerCasedTextMatchesWhenCaseIsIgnoredExceptOrdinaryWords() {
        String text = "kpk memeriksa pejabat kementerian luar negeri di jakarta selatan, lima orang ditahan di "
                + "padang, sementara as dan amerika serikat diam.";
        assertThat(match(text, "id")).isEmpty();
        List<NameMatch> matches = MATCHER.match(text, TOKENIZER.tokenize(text, "id"), true);
        assertThat(describe(text, matches)).containsExactly(
                "kpk = Komisi Pemberantasan Korupsi",
                "kementerian luar negeri = Kementerian Luar Negeri",
                "jakarta selatan = ADMIN2 IDN",
                "padang = ADMIN2 IDN",
                "amerika serikat = COUNTRY USA");
        assertThat(matches.get(1).commonWord()).as("every word an ordinary word").isTrue();
        assertThat(matches.get(2).commonWord()).isFalse();
    }

    @Test
    void sameResultOnEveryThread() throws Exception {
        List<String> texts = List.of(FLOOD, DIPLOMACY, WIRE);
        List<List<NameMatch>> expected = texts.stream().map(t -> match(t, "id")).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<NameMatch>>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    List<List<NameMatch>> out = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        out.clear();
                        texts.forEach(text -> out.add(match(text, "id")));
                    }
                    return out;
                }));
            }
            for (Future<List<List<NameMatch>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}

package id.warta.geo;

import id.warta.eval.GeocodingCase;
import id.warta.eval.GeocodingCases;
import id.warta.eval.GeocodingEvaluator;
import id.warta.eval.GeocodingScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The geocoder on news place names: golden cases, ambiguity by the article's countries, descriptors, bad input. */
class GazetteerGeocoderTest {

    private static final GazetteerGeocoder G = GazetteerGeocoder.shared();
    private static final String GOLDEN = "/geo/geocoding-golden.tsv";

    /**
     * Golden names the shipped gazetteer cannot resolve right: it lists {@code Tepi Barat} only as a name of the
     * Palestinian Territory (country-aliases.tsv) and has no Indonesian name for the Gaza Strip. Fixing them means
     * rebuilding the gazetteer, and with it retraining the name model that reads its tags.
     */
    private static final Set<String> GAZETTEER_GAPS = Set.of("Tepi Barat", "Jalur Gaza");

    private static Place at(String name, String... countries) {
        Optional<Place> p = G.locate(name, List.of(countries));
        assertThat(p).as(name + " in " + List.of(countries)).isPresent();
        return p.get();
    }

    static List<GeocodingCase> golden() throws IOException {
        try (InputStream in = GazetteerGeocoderTest.class.getResourceAsStream(GOLDEN)) {
            return GeocodingCases.golden(new InputStreamReader(in, StandardCharsets.UTF_8), "geocoding-golden.tsv");
        }
    }

    @Test
    void goldenNamesResolveToTheirGeoNamesPlaces() throws IOException {
        List<GeocodingCase> cases = golden();
        assertThat(cases).hasSizeGreaterThan(100);
        GeocodingScore score = GeocodingEvaluator.evaluate(cases, G, Gazetteer.shared());
        List<String> wrong = new ArrayList<>();
        for (GeocodingScore.Outcome o : score.outcomes()) {
            if (!o.exact()) {
                wrong.add(o.gold().name());
            }
        }
        assertThat(wrong).as("golden cases not resolved exactly").containsExactlyInAnyOrderElementsOf(GAZETTEER_GAPS);
    }

    @Test
    void theArticlesCountriesDecideBetweenPlacesOfOneName() {
        assertThat(at("Georgia").kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(at("Georgia", "USA")).extracting(Place::kind, Place::country)
                .containsExactly(Place.Kind.ADMIN1, "USA");
        assertThat(at("Georgia", "USA", "GEO").country()).as("a story about both").isEqualTo("GEO");
        assertThat(at("Tripoli").country()).isEqualTo("LBY");
        assertThat(at("Tripoli", "LBN").country()).isEqualTo("LBN");
        assertThat(at("Tripoli", "SYR", "LBN").country()).as("the first country with a Tripoli").isEqualTo("LBN");
        assertThat(at("Victoria", "CAN").admin1()).isEqualTo("British Columbia");
        assertThat(at("Victoria", "SYC").geonameId()).as("a capital is no small town").isEqualTo(241131);
        assertThat(at("Cordoba", "ESP").admin1()).isEqualTo("Andalusia");
        assertThat(at("Santiago", "PHL").country()).isEqualTo("PHL");
        assertThat(at("Kazan").country()).isEqualTo("RUS");
        assertThat(at("Kazan", "TUR").country()).isEqualTo("TUR");
        assertThat(at("Padang").geonameId()).isEqualTo(1633419);
        assertThat(at("Padang", "MYS").country()).as("the only Padang of the gazetteer").isEqualTo("IDN");
    }

    @Test
    void aCountryNameStaysTheCountryAgainstATownOfTheArticlesCountry() {
        assertThat(at("Lebanon", "USA")).extracting(Place::kind, Place::country)
                .containsExactly(Place.Kind.COUNTRY, "LBN");
        assertThat(at("Jordan", "HKG").kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(at("Montenegro", "BRA").kind()).isEqualTo(Place.Kind.COUNTRY);
    }

    @Test
    void aSmallTownYieldsToAForeignCapitalAndInAnInternationalStoryToAWorldKnownPlace() {
        assertThat(at("Paris", "USA").country()).isEqualTo("FRA");
        assertThat(at("Geneva", "USA", "RUS").country()).isEqualTo("CHE");
        // a local story keeps its own town
        assertThat(at("Geneva", "USA").admin1()).isEqualTo("Illinois");
        assertThat(at("Bali", "CMR").country()).isEqualTo("CMR");
        assertThat(at("Lagos", "PRT").country()).isEqualTo("PRT");
    }

    @Test
    void aDivisionAndATownOfOneNameAndCountryAreTheTown() {
        for (String name : List.of("Jakarta", "Beijing", "Surabaya", "Kirkuk", "Kabul", "Bandung", "Bogor")) {
            assertThat(at(name).kind()).as(name).isEqualTo(Place.Kind.CITY);
        }
        List<Place> jakarta = Gazetteer.shared().lookup("Jakarta");
        assertThat(jakarta.get(0).kind()).isEqualTo(Place.Kind.ADMIN1);
        assertThat(GazetteerGeocoder.preferred(jakarta).kind()).isEqualTo(Place.Kind.CITY);
        // Geneva: the canton first, then the city of Switzerland, then a town of the USA
        List<Place> geneva = Gazetteer.shared().lookup("Geneva");
        assertThat(GazetteerGeocoder.preferred(geneva).country()).isEqualTo("CHE");
        assertThat(GazetteerGeocoder.preferred(geneva).kind()).isEqualTo(Place.Kind.CITY);
    }

    @Test
    void aCountryNamedByAnAlternateNameYieldsToItsDivisionOfThatName() {
        assertThat(at("West Bank")).extracting(Place::kind, Place::geonameId)
                .containsExactly(Place.Kind.ADMIN1, 285153L);
        assertThat(at("Palestine").kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(at("Mexico").kind()).as("a country under its own name").isEqualTo(Place.Kind.COUNTRY);
        assertThat(at("Hong Kong").kind()).isEqualTo(Place.Kind.COUNTRY);
    }

    @Test
    void indonesianNamesShortFormsAndDescriptors() {
        assertThat(at("Jatim").name()).isEqualTo("Jawa Timur");
        assertThat(at("DKI").name()).isEqualTo("Daerah Khusus Jakarta");
        assertThat(at("Kab. Bogor").name()).isEqualTo("Kabupaten Bogor");
        assertThat(at("Kabupaten Bandung").kind()).isEqualTo(Place.Kind.ADMIN2);
        assertThat(at("Kota Bandung").geonameId()).isEqualTo(1650357);
        assertThat(at("Provinsi Jawa Barat").name()).isEqualTo("Jawa Barat");
        assertThat(at("Pulau Bali").name()).isEqualTo("Bali");
        assertThat(at("Kecamatan Cibinong", "IDN").name()).isEqualTo("Cibinong");
        assertThat(G.locate("Desa Sukamaju", List.of("IDN"))).as("villages are not in the gazetteer").isEmpty();
        assertThat(G.locate("Desa Moskow", List.of("IDN"))).as("a village is Indonesian").isEmpty();
        assertThat(at("Kota Moskow").country()).as("a descriptor before a foreign name").isEqualTo("RUS");
        assertThat(at("Moskow").name()).isEqualTo("Moscow");
        assertThat(at("Den Haag").name()).isEqualTo("The Hague");
    }

    @Test
    void englishDescriptorsQualifiersAndSpellings() {
        assertThat(at("province of Herat").kind()).isEqualTo(Place.Kind.ADMIN1);
        assertThat(at("Herat province").kind()).isEqualTo(Place.Kind.ADMIN1);
        assertThat(at("Herat").kind()).isEqualTo(Place.Kind.CITY);
        assertThat(at("the town of Rafah", "ISR", "PSE").country()).isEqualTo("PSE");
        assertThat(at("Rafah", "EGY").country()).isEqualTo("EGY");
        assertThat(at("Bam, Iran").country()).isEqualTo("IRN");
        assertThat(at("Victoria, Texas").admin1()).isEqualTo("Texas");
        assertThat(at("Bam, Kerman, Iran").name()).as("the first part the place, the last the country")
                .isEqualTo("Bam");
        assertThat(at("island of Cyprus").kind()).isEqualTo(Place.Kind.COUNTRY);
        assertThat(at("Victoria (Seychelles)").country()).isEqualTo("SYC");
        assertThat(at("Samarra", "IRQ").name()).isEqualTo("Sāmarrā’");
        assertThat(at("Algers", "DZA").name()).isEqualTo("Algiers");
        assertThat(at("Khartum").country()).as("one letter off a capital, without context").isEqualTo("SDN");
        assertThat(G.locate("Sorotti", List.of())).as("one letter off only a small town, without context")
                .isEmpty();
        assertThat(at("Sorotti", "UGA").name()).isEqualTo("Soroti");
    }

    @Test
    void caseDiacriticsAndSpacingDoNotMatter() {
        for (String name : List.of("JATIM", "jatim", "  Jatim  ", "Jatim")) {
            assertThat(at(name).name()).as(name).isEqualTo("Jawa Timur");
        }
        assertThat(at("cordoba", "ESP")).isEqualTo(at("CÓRDOBA", "ESP"));
        assertThat(at("Georgia", "usa")).as("lower-case codes").isEqualTo(at("Georgia", "USA"));
    }

    @Test
    void badInputIsNoPlaceNotAnError() {
        for (String name : List.of("", "   ", "!!!", ",", "(", "()", "Desa",
                "province of", "the", "the the the", "Antah Berantah", "12345", "\uD800", "\u0301")) {
            assertThat(G.locate(name, List.of("IDN"))).as("'%s'", name).isEmpty();
        }
        for (String name : List.of("Bam,", ", Bam", "(Bam)", "Bam.")) {
            assertThat(at(name).name()).as("'%s': punctuation around a name", name).isEqualTo("Bam");
        }
        String commas = String.join(",", Collections.nCopies(50_000, "Jakarta"));
        assertThat(G.locate(commas, List.of()).map(Place::name)).as("the first part is the place")
                .contains("Jakarta");
        String articles = "the ".repeat(50_000) + "West Bank";
        assertThat(G.locate(articles, List.of()).map(Place::name)).contains("West Bank");
        List<String> odd = new ArrayList<>(List.of("IGO", "XXX", "", "usa"));
        odd.add(null);
        assertThat(G.locate("Georgia", odd).map(Place::country)).as("unknown codes and nulls are ignored")
                .contains("USA");
        assertThatThrownBy(() -> G.locate(null, List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> G.locate("Jakarta", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void acledPrecisionFollowsTheKindOfPlace() {
        assertThat(GazetteerGeocoder.acledPrecision(at("Padang"))).isEqualTo(1);
        assertThat(GazetteerGeocoder.acledPrecision(at("Kabupaten Bogor"))).isEqualTo(2);
        assertThat(GazetteerGeocoder.acledPrecision(at("Jatim"))).isEqualTo(3);
        assertThat(GazetteerGeocoder.acledPrecision(at("Kazakhstan"))).isEqualTo(3);
    }

    @Test
    void oneEditCountsInsertionsDeletionsChangesAndSwaps() {
        assertThat(GazetteerGeocoder.oneEdit("algers", "algiers")).isTrue();
        assertThat(GazetteerGeocoder.oneEdit("algiers", "algers")).isTrue();
        assertThat(GazetteerGeocoder.oneEdit("khartum", "khartom")).isTrue();
        assertThat(GazetteerGeocoder.oneEdit("kabul", "kaubl")).isTrue();
        assertThat(GazetteerGeocoder.oneEdit("kabul", "kabul")).isTrue();
        assertThat(GazetteerGeocoder.oneEdit("kabul", "kbaul")).isTrue();
        assertThat(GazetteerGeocoder.oneEdit("kabul", "kubal")).isFalse();
        assertThat(GazetteerGeocoder.oneEdit("kabul", "kab")).isFalse();
        assertThat(GazetteerGeocoder.oneEdit("kabul", "kabulxx")).isFalse();
    }

    @Test
    void isTheSameFromEveryThread() throws Exception {
        List<GeocodingCase> cases = golden();
        List<Optional<Place>> expected = cases.stream().map(c -> G.locate(c.name(), c.countries())).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    // a fresh geocoder per thread as well as the shared one: building is deterministic
                    GazetteerGeocoder own = offset == 0 ? new GazetteerGeocoder(Gazetteer.shared()) : G;
                    for (int round = 0; round < 5; round++) {
                        for (int k = 0; k < cases.size(); k++) {
                            int i = (k + offset * 7) % cases.size();
                            GeocodingCase c = cases.get(i);
                            if (!own.locate(c.name(), c.countries()).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}

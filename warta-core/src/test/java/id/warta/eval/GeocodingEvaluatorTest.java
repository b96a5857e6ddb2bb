package id.warta.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.geo.Gazetteer;
import id.warta.geo.GazetteerGeocoder;
import id.warta.geo.Geocoder;
import id.warta.geo.Place;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading geocoding gold (PLOVER records, golden files) and scoring a geocoder against it. */
class GeocodingEvaluatorTest {

    private static final Gazetteer GAZETTEER = Gazetteer.shared();

    private static GeocodingCases.Loaded sample() throws IOException {
        try (InputStream in = GeocodingEvaluatorTest.class.getResourceAsStream("/eval/plover-locations-sample.json")) {
            return GeocodingCases.plover(new ObjectMapper().readTree(in));
        }
    }

    @Test
    void ploverRecordsWithALocationAreCasesWithTheirActorsCountriesAsContext() throws IOException {
        GeocodingCases.Loaded loaded = sample();
        assertThat(loaded.cases()).extracting(GeocodingCase::id).containsExactly("PLOVER-GSR01-SANCTION-0011",
                "SAMPLE-PROTEST-0001", "SAMPLE-PROTEST-0002");
        GeocodingCase tripoli = loaded.cases().get(0);
        assertThat(tripoli.countries()).as("source before target").containsExactly("SYR", "LBN");
        assertThat(tripoli.geonameIds()).as("Warta's reading of the record").containsExactly(266826L);
        assertThat(tripoli.country()).isEqualTo("LBN");
        GeocodingCase kirkuk = loaded.cases().get(1);
        assertThat(kirkuk.countries()).as("an empty-string target").containsExactly("IRQ");
        assertThat(kirkuk.geonameIds()).as("no reading: name and country decide").isEmpty();
        assertThat(kirkuk.country()).as("from the alpha-2 country code").isEqualTo("IRQ");
        assertThat(loaded.cases().get(2).countries()).containsExactly("USA");
        assertThat(loaded.skipped()).singleElement().asString().startsWith("SAMPLE-ASSAULT-0001");
    }

    @Test
    void theShippedGeocoderGetsTheSampleRight() throws IOException {
        GeocodingScore s = GeocodingEvaluator.evaluate(sample().cases(), GazetteerGeocoder.shared(), GAZETTEER);
        assertThat(s.cases()).isEqualTo(3);
        assertThat(s.exact()).isEqualTo(3);
        assertThat(s.outcomes().get(2).found().kind()).as("Georgia in an American story")
                .isEqualTo(Place.Kind.ADMIN1);
    }

    @Test
    void exactMeansTheGoldIdOrElseTheGoldNameAndCountry() {
        Place tripoliLby = GAZETTEER.lookup("Tripoli").stream().filter(p -> p.country().equals("LBY")
                && p.kind() == Place.Kind.CITY).findFirst().orElseThrow();
        Place tripoliLbn = GAZETTEER.lookup("Tripoli").stream().filter(p -> p.country().equals("LBN"))
                .findFirst().orElseThrow();
        GeocodingCase byId = new GeocodingCase("a", "Tripoli", List.of("LBN"), Set.of(266826L), "LBN", "");
        GeocodingCase byName = new GeocodingCase("b", "Tripoli", List.of("LBN"), Set.of(), "LBN", "");
        GeocodingCase nothing = new GeocodingCase("c", "Antah Berantah", List.of("IDN"), Set.of(), null, "");

        GeocodingScore right = GeocodingEvaluator.evaluate(List.of(byId, byName, nothing),
                fixed(Map.of("Tripoli", tripoliLbn)), GAZETTEER);
        assertThat(right.outcomes()).allMatch(GeocodingScore.Outcome::exact)
                .allMatch(GeocodingScore.Outcome::countryCorrect);

        GeocodingScore wrong = GeocodingEvaluator.evaluate(List.of(byId, byName, nothing),
                fixed(Map.of("Tripoli", tripoliLby, "Antah Berantah", tripoliLby)), GAZETTEER);
        assertThat(wrong.exact()).isZero();
        assertThat(wrong.countryCorrect()).isZero();
        assertThat(wrong.exactRate()).isZero();

        GeocodingCase otherName = new GeocodingCase("d", "Beirut", List.of("LBN"), Set.of(), "LBN", "");
        GeocodingScore sameCountryOtherPlace = GeocodingEvaluator.evaluate(List.of(otherName),
                fixed(Map.of("Beirut", tripoliLbn)), GAZETTEER);
        assertThat(sameCountryOtherPlace.countryCorrect()).isEqualTo(1);
        assertThat(sameCountryOtherPlace.exact()).as("Tripoli is not named Beirut").isZero();
    }

    @Test
    void anUnknownNameFallsBackToTheFirstContextCountryInTheFallbackRateOnly() {
        GeocodingCase bridge = new GeocodingCase("e", "Europe Bridge", List.of("IGO", "FRA", "DEU"), Set.of(),
                "FRA", "");
        GeocodingScore s = GeocodingEvaluator.evaluate(List.of(bridge), (name, countries) -> Optional.empty(),
                GAZETTEER);
        assertThat(s.located()).isZero();
        assertThat(s.countryRate()).isZero();
        assertThat(s.countryRateWithFallback()).as("IGO is no country; France is").isEqualTo(1.0);
    }

    @Test
    void goldenFilesAreReadStrictly() throws IOException {
        String text = "# comment\nPadang\tIDN\t1633419\tIDN\tthe city\nAntah Berantah\t-\t-\t-\tnowhere\n"
                + "Kota Bogor\tIDN\t1648473|1648470\tIDN\ttown or kota\n";
        List<GeocodingCase> cases = GeocodingCases.golden(new StringReader(text), "t.tsv");
        assertThat(cases).extracting(GeocodingCase::name).containsExactly("Padang", "Antah Berantah", "Kota Bogor");
        assertThat(cases.get(1).expectsNothing()).isTrue();
        assertThat(cases.get(2).geonameIds()).containsExactlyInAnyOrder(1648473L, 1648470L);
        assertThatThrownBy(() -> GeocodingCases.golden(new StringReader("Padang\tIDN\n"), "t.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t.tsv:1");
        assertThatThrownBy(() -> GeocodingCases.golden(new StringReader("Padang\tIDN\tx\tIDN\t\n"), "t.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a GeoNames id");
    }

    /** Every place of Warta's reading of the PLOVER locations is a place of the gazetteer in the stated country. */
    @Test
    void thePloverReadingNamesRealPlaces() throws IOException {
        Map<Long, Place> byId = new HashMap<>();
        GAZETTEER.places().forEach(p -> byId.putIfAbsent(p.geonameId(), p));
        String text;
        try (InputStream in = GeocodingCases.class.getResourceAsStream("plover-gsr-locations.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertThat(f).as(line).hasSize(4);
            assertThat(GAZETTEER.country(f[2])).as(line).isPresent();
            if (!f[1].equals("-")) {
                for (String id : f[1].split("\\|")) {
                    assertThat(byId.get(Long.parseLong(id))).as(line).isNotNull()
                            .extracting(Place::country).isEqualTo(f[2]);
                }
            }
            lines++;
        }
        assertThat(lines).as("the 48 records of the gold with an eventLoc").isEqualTo(48);
    }

    /** A geocoder answering each name with a fixed place, whatever the countries. */
    private static Geocoder fixed(Map<String, Place> byName) {
        return (name, countries) -> Optional.ofNullable(byName.get(name));
    }
}

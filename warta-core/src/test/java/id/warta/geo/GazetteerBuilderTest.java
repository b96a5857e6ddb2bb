package id.warta.geo;

import id.warta.QualityFloors;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The builder on a miniature of the shared data (joins, names kept and dropped, ordering, determinism), and, when
 * the shared data is beside the checkout, the rebuild of the shipped resource.
 */
class GazetteerBuilderTest {

    private static final List<String[]> COUNTRIES = List.<String[]>of(new String[] {"USA", "AS|Amerika"});
    private static final List<String[]> PLACES = List.of(new String[] {"524901", "Moskow"},
            new String[] {"-", "Amerika Latin"});

    private static Path mini() throws URISyntaxException {
        return Path.of(GazetteerBuilderTest.class.getResource("/geo/shared-mini/README.md").toURI()).getParent();
    }

    private static Gazetteer miniGazetteer() throws Exception {
        String text = GazetteerBuilder.text(mini(), COUNTRIES, PLACES);
        return Gazetteer.read(new ByteArrayInputStream(GazetteerBuilder.compress(text)));
    }

    @Test
    void buildingTwiceGivesTheSameText() throws Exception {
        String first = GazetteerBuilder.text(mini(), COUNTRIES, PLACES);
        String second = GazetteerBuilder.text(mini(), COUNTRIES, PLACES);
        assertThat(second).isEqualTo(first);
        assertThat(GazetteerBuilder.compress(second)).isEqualTo(GazetteerBuilder.compress(first));
    }

    @Test
    void joinsRegenciesToGeoNamesByCodeAndDistinctiveWordOnly() throws Exception {
        Gazetteer g = miniGazetteer();
        Place gresik = g.lookup("Kabupaten Gresik").get(0);
        assertThat(gresik.geonameId()).as("English GeoNames name, same code").isEqualTo(6775904L);
        assertThat(gresik.admin1()).isEqualTo("Jawa Timur");
        // GeoNames gives this code to Tanah Datar: sharing no word, the code alone must not join them.
        Place pariaman = g.lookup("Padang Pariaman").get(0);
        assertThat(pariaman.name()).isEqualTo("Kabupaten Padang Pariaman");
        assertThat(pariaman.geonameId()).isZero();
        assertThat(pariaman.latitude()).isNaN();
        Place surabaya = g.lookup("Kota Surabaya").get(0);
        assertThat(surabaya.kind()).isEqualTo(Place.Kind.ADMIN2);
        assertThat(surabaya.latitude()).as("located at its town").isBetween(-7.3, -7.2);
    }

    @Test
    void keepsIndonesianNamesAndShortFormsOfProvinces() throws Exception {
        Gazetteer g = miniGazetteer();
        for (String name : List.of("Jatim", "Jawa Timur", "East Java", "Provinsi Jawa Timur")) {
            assertThat(g.lookup(name)).as(name).extracting(Place::name).containsExactly("Jawa Timur");
        }
        assertThat(g.lookup("DKI").get(0).name()).isEqualTo("Daerah Khusus Jakarta");
        assertThat(g.lookup("Daerah Khusus Ibukota Jakarta").get(0).name()).isEqualTo("Daerah Khusus Jakarta");
        assertThat(g.lookup("Bogor")).as("not in the miniature").isEmpty();
    }

    @Test
    void keepsUsefulAlternateNamesAfterMainNamesAndDropsCodesAndOtherScripts() throws Exception {
        Gazetteer g = miniGazetteer();
        assertThat(g.lookup("Batavia")).extracting(Place::name).containsExactly("Jakarta");
        assertThat(g.lookup("Moskau")).extracting(Place::name).containsExactly("Moscow");
        assertThat(g.lookup("Moskow")).extracting(Place::name).containsExactly("Moscow");
        assertThat(g.lookup("JKT")).isEmpty();
        assertThat(g.lookup("MOW")).isEmpty();
        assertThat(g.lookup("Москва")).isEmpty();
        assertThat(g.lookup("mo si ke")).isEmpty();
        assertThat(g.lookup("Amerika Latin")).isEmpty();
    }

    @Test
    void ordersByKindThenPopulationAndSkipsDissolvedCountries() throws Exception {
        Gazetteer g = miniGazetteer();
        assertThat(g.lookup("Georgia")).extracting(Place::kind, Place::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Place.Kind.COUNTRY, "GEO"),
                        org.assertj.core.groups.Tuple.tuple(Place.Kind.ADMIN1, "USA"));
        assertThat(g.lookup("Amerika Serikat")).extracting(Place::country).containsExactly("USA");
        assertThat(g.lookup("AS")).extracting(Place::country).containsExactly("USA");
        assertThat(g.lookup("Netherlands Antilles")).isEmpty();
        assertThat(g.country("IDN")).get().extracting(Place::population).isEqualTo(267663435L);
        assertThat(g.country("IDN").get().latitude()).as("at its capital").isBetween(-6.3, -6.1);
    }

    @Test
    void aSmallTownNamedLikeAPersonLosesThatName() throws Exception {
        Gazetteer g = miniGazetteer();
        assertThat(g.lookup("Bambang")).isEmpty();
        assertThat(g.lookup("Moscow")).isNotEmpty();
    }

    @Test
    void marksWordsTheCorporaWriteInLowerCaseTwiceOrMore() throws Exception {
        Gazetteer g = miniGazetteer();
        assertThat(g.isCommonWord("lima")).isTrue();
        assertThat(g.isCommonWord("Padang")).isTrue();
        assertThat(g.isCommonWord("reading")).isTrue();
        assertThat(g.isCommonWord("batu")).as("once only").isFalse();
        assertThat(g.isCommonWord("surabaya")).isFalse();
    }

    @Test
    void rebuildReproducesTheShippedResource() throws IOException {
        Path shared = QualityFloors.shared("gazetteer").getParent();
        QualityFloors.shared("corpora");
        byte[] shipped;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        String built = GazetteerBuilder.text(shared);
        String shippedText = gunzip(shipped);
        assertThat(built).as("rebuilt text (a JDK with other CLDR country names changes it)").isEqualTo(shippedText);
        // Byte for byte whenever this JDK's deflate reproduces the shipped bytes from their own text; a JDK
        // linked to another zlib compresses differently, which says nothing about the data.
        if (java.util.Arrays.equals(GazetteerBuilder.compress(shippedText), shipped)) {
            assertThat(GazetteerBuilder.compress(built)).isEqualTo(shipped);
        }
    }

    private static String gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package id.warta.geo;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the name and countries, geocoding does not throw and gives the same place on every call and thread. */
class GazetteerGeocoderPropertiesTest {

    /** Pieces of place names, descriptors and punctuation glued at random. */
    @Provide
    Arbitrary<String> namesLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Kota", "Kabupaten", "Kab.", "Provinsi", "Desa", "Kecamatan", "Pulau", "the", "of",
                        "city", "province", "Padang", "Tripoli", "Georgia", "Jatim", "Bogor", "Herat", "Victoria",
                        "Texas", "Iran", "Bam", "Sāmarrā’", "Algers", "West", "Bank", ",", "(", ")", ".", "-", " ",
                        "\u0301", "\uD800", "\u0130", "ß"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
        return pieces.list().ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<List<String>> countries() {
        return Arbitraries.oneOf(Arbitraries.of("IDN", "USA", "LBN", "GEO", "CAN", "IGO", "usa", "", "X"),
                Arbitraries.strings().ofMaxLength(4)).list().ofMaxSize(4);
    }

    @Property(tries = 400)
    void neverThrowsAndIsTheSameOnEveryThread(@ForAll("namesLike") String name,
                                              @ForAll("countries") List<String> countries) throws Exception {
        GazetteerGeocoder g = GazetteerGeocoder.shared();
        Optional<Place> here = g.locate(name, countries);
        assertThat(g.locate(name, countries)).isEqualTo(here);
        assertThat(CompletableFuture.supplyAsync(() -> g.locate(name, countries)).get()).isEqualTo(here);
        here.ifPresent(p -> assertThat(GazetteerGeocoder.acledPrecision(p)).isBetween(1, 3));
    }
}

package id.warta.geo;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Lookups in the shipped gazetteer: the names news writes, the order of shared names, the data's shape. */
class GazetteerTest {

    private static final Gazetteer G = Gazetteer.shared();

    private static Place first(String name) {
        List<Place> places = G.lookup(name);
        assertThat(places).as(name).isNotEmpty();
        return places.get(0);
    }

    @Test
    void indonesianSpellingsOfWorldCities() {
        assertThat(first("Moskow")).extracting(Place::name, Place::kind, Place::country)
                .containsExactly("Moscow", Place.Kind.CITY, "RUS");
        assertThat(first("Moskow").latitude()).isBetween(55.7, 55.8);
        assertThat(first("Den Haag")).extracting(Place::name, Place::country).containsExactly("The Hague", "NLD");
        assertThat(first("Kairo")).extracting(Place::name, Place::country).containsExactly("Cairo", "EGY");
        assertThat(first("Jenewa")).extracting(Place::name, Place::country).containsExactly("Genève", "CHE");
        assertThat(first("Yerusalem").country()).isEqualTo("ISR");
        assertThat(first("Beijing").country()).isEqualTo("CHN");
    }

    @Test
    void provincesAndTheirShortForms() {
        assertThat(first("Jatim")).extracting(Place::name, Place::kind, Place::country)
                .containsExactly("Jawa Timur", Place.Kind.ADMIN1, "IDN");
        assertThat(first("Sulsel").name()).isEqualTo("Sulawesi Selatan");
        assertThat(first("NTT").name()).isEqualTo("Nusa Tenggara Timur");
        assertThat(first("DKI").name()).isEqualTo("Daerah Khusus Jakarta");
        assertThat(first("Jawa Timur").latitude()).as("at its seat, Surabaya").isBetween(-7.3, -7.2);
    }

    @Test
    void regenciesUnderEveryNameNewsUses() {
        for (String name : List.of("Kabupaten Bogor", "Kab. Bogor", "Kab Bogor")) {
            assertThat(first(name)).as(name).extracting(Place::name, Place::kind, Place::admin1)
                    .containsExactly("Kabupaten Bogor", Place.Kind.ADMIN2, "Jawa Barat");
        }
        assertThat(G.lookup("Bogor")).extracting(Place::name, Place::kind).startsWith(
                tuple("Kabupaten Bogor", Place.Kind.ADMIN2), tuple("Kota Bogor", Place.Kind.ADMIN2),
                tuple("Bogor", Place.Kind.CITY));
        assertThat(first("Jakarta Selatan").name()).isEqualTo("Kota Administrasi Jakarta Selatan");
        assertThat(first("Jaksel").name()).isEqualTo("Kota Administrasi Jakarta Selatan");
        long regencies = 0;
        for (String n : List.of("Kota Padang", "Kabupaten Nduga", "Kabupaten Kepulauan Tanimbar", "Kota Tarakan")) {
            regencies += G.lookup(n).stream().filter(p -> p.kind() == Place.Kind.ADMIN2).count();
        }
        assertThat(regencies).isEqualTo(4);
    }

    @Test
    void countriesUnderCldrGeoNamesAndNewsNames() {
        assertThat(first("Kazakhstan")).extracting(Place::kind, Place::country)
                .containsExactly(Place.Kind.COUNTRY, "KAZ");
        String[][] names = {{"AS", "USA"}, {"Amerika Serikat", "USA"}, {"U.S.", "USA"}, {"Inggris", "GBR"},
                {"Britania Raya", "GBR"}, {"Tiongkok", "CHN"}, {"Cina", "CHN"}, {"RRT", "CHN"}, {"Korut", "PRK"},
                {"Korsel", "KOR"}, {"Belarusia", "BLR"}, {"Kirgistan", "KGZ"}, {"Kirgizstan", "KGZ"},
                {"Tajikistan", "TJK"}, {"Rusia", "RUS"}, {"Arab Saudi", "SAU"}, {"Belanda", "NLD"},
                {"Jerman", "DEU"}, {"Prancis", "FRA"}, {"Perancis", "FRA"}, {"Jepang", "JPN"},
                {"Filipina", "PHL"}, {"Selandia Baru", "NZL"}, {"UK", "GBR"}, {"Britain", "GBR"},
                {"Russia", "RUS"}, {"Pantai Gading", "CIV"}, {"Côte d’Ivoire", "CIV"}, {"Burma", "MMR"},
                {"Timor Leste", "TLS"}, {"Türkiye", "TUR"}, {"Turkey", "TUR"}, {"Armenia", "ARM"}};
        for (String[] n : names) {
            assertThat(first(n[0])).as(n[0]).extracting(Place::kind, Place::country)
                    .containsExactly(Place.Kind.COUNTRY, n[1]);
        }
        assertThat(G.country("IDN")).get().extracting(Place::name).isEqualTo("Indonesia");
        assertThat(G.country("XKX")).isPresent();
        assertThat(G.country("ANT")).as("dissolved").isEmpty();
    }

    @Test
    void sharedNamesListEveryPlaceByProminence() {
        assertThat(G.lookup("Georgia")).extracting(Place::kind, Place::country).startsWith(
                tuple(Place.Kind.COUNTRY, "GEO"), tuple(Place.Kind.ADMIN1, "USA"));
        // The capital of Pakistan before Chattogram, an old name of which Islamabad was.
        List<Place> islamabad = G.lookup("Islamabad");
        assertThat(islamabad).filteredOn(p -> p.kind() == Place.Kind.CITY).first()
                .extracting(Place::country).isEqualTo("PAK");
        assertThat(G.lookup("Tripoli")).filteredOn(p -> p.kind() == Place.Kind.CITY).extracting(Place::country)
                .startsWith("LBY", "LBN");
        assertThat(G.lookup("Padang")).extracting(Place::name).containsExactly("Kota Padang", "Padang");
    }

    @Test
    void namesMostlyMeaningSomethingElseAreLeftOut() {
        assertThat(G.lookup("Asia")).as("the continent, not the Philippine town").isEmpty();
        assertThat(G.lookup("Timur Tengah")).isEmpty();
        assertThat(G.lookup("Bambang")).as("a person's name before a small Philippine town").isEmpty();
        assertThat(G.lookup("Bank")).as("a word before a small Indian town").isEmpty();
        assertThat(G.lookup("Urusan")).as("a word, not a Japanese spelling of Ulsan").isEmpty();
        assertThat(G.lookup("Para")).as("a word before the Brazilian state").isEmpty();
        assertThat(G.lookup("Lima")).as("the capital of Peru keeps its name").extracting(Place::country)
                .containsExactly("PER");
        assertThat(first("Solo").name()).isEqualTo("Surakarta");
        assertThat(first("Tepi Barat").country()).isEqualTo("PSE");
    }

    @Test
    void lookupsFoldCaseDiacriticsAndSpacing() {
        assertThat(G.lookup("JATIM")).isEqualTo(G.lookup("jatim"));
        assertThat(G.lookup("sao  paulo")).isEqualTo(G.lookup("São Paulo")).isNotEmpty();
        assertThat(G.lookup("  Moskow ")).isEqualTo(G.lookup("Moskow"));
        assertThat(G.lookup("")).isEmpty();
        assertThat(G.lookup("Kota Antah Berantah")).isEmpty();
        assertThat(G.lookup("Amerika Latin")).as("known not to be a place of the gazetteer").isEmpty();
    }

    @Test
    void everyResultIsOrderedByKind() {
        for (String name : List.of("Georgia", "Washington", "Jakarta", "Bogor", "Moscow", "Lima", "Singapura",
                "Kuwait", "Almaty", "Bengkulu", "New York", "Granada", "Santiago", "Victoria", "San Jose")) {
            List<Place> places = G.lookup(name);
            for (int k = 1; k < places.size(); k++) {
                assertThat(places.get(k).kind()).as(name).isGreaterThanOrEqualTo(places.get(k - 1).kind());
            }
        }
    }

    @Test
    void theDataHasTheExpectedShape() {
        assertThat(G.size()).isBetween(35_000, 40_000);
        assertThat(G.names()).isGreaterThan(40_000);
        assertThat(G.isCommonWord("lima")).isTrue();
        assertThat(G.isCommonWord("kota")).isTrue();
        assertThat(G.isCommonWord("Jakarta")).isFalse();
        assertThat(G.isCommonWord("Moskow")).isFalse();
        assertThat(first("Jatim").kind().label()).isEqualTo("admin1");
    }

    @Test
    void isTheSameFromEveryThread() throws Exception {
        List<String> names = List.of("Moskow", "Jatim", "Georgia", "Bogor", "AS", "Kab. Bogor", "Den Haag");
        List<List<Place>> expected = names.stream().map(G::lookup).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int k = 0; k < names.size(); k++) {
                            if (!Gazetteer.shared().lookup(names.get(k)).equals(expected.get(k))) {
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

    /** Reports (does not assert) what loading costs: a fresh read of the resource, its time and heap. */
    @Test
    void reportsLoadTimeAndHeap() throws Exception {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer fresh;
        try (InputStream in = Gazetteer.class.getResourceAsStream(Gazetteer.RESOURCE)) {
            fresh = Gazetteer.read(in);
        }
        long t1 = System.nanoTime();
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.printf(Locale.ROOT, "gazetteer: %d places, %d names, loaded in %.0f ms, heap %.1f MB%n",
                fresh.size(), fresh.names(), (t1 - t0) / 1e6, (after - before) / 1e6);
        assertThat(fresh.size()).isEqualTo(G.size());
    }
}

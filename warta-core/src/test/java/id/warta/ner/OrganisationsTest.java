package id.warta.ner;

import id.warta.geo.Gazetteer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The curated organisations: lookups by any name, home countries, memberships, the list's consistency. */
class OrganisationsTest {

    private static final Organisations ORGS = Organisations.shared();

    private static Organisations.Entry org(String name) {
        return ORGS.lookup(name).orElseThrow(() -> new AssertionError("no organisation " + name));
    }

    @Test
    void findsIndonesianBodiesByAcronymAndFullName() {
        assertThat(org("TNI")).extracting(Organisations.Entry::country, Organisations.Entry::sector)
                .containsExactly("IDN", "MIL");
        assertThat(org("Polri")).extracting(Organisations.Entry::country, Organisations.Entry::sector)
                .containsExactly("IDN", "COP");
        assertThat(org("polri")).isSameAs(org("Kepolisian Negara Republik Indonesia"));
        assertThat(org("KPK").name()).isEqualTo("Komisi Pemberantasan Korupsi");
        assertThat(org("Kemenlu").name()).isEqualTo("Kementerian Luar Negeri");
        assertThat(org("Basarnas").sector()).isEqualTo("GOV");
        assertThat(org("KKB")).isSameAs(org("OPM"));
        for (String n : List.of("DPR", "MPR", "BNPB", "BMKG", "KPU", "Bawaslu", "Pertamina", "PBNU",
                "Muhammadiyah")) {
            assertThat(org(n).country()).as(n).isEqualTo("IDN");
        }
    }

    @Test
    void findsWorldBodiesWithTheirHomeOrNoCountry() {
        for (String n : List.of("FBI", "CIA", "Pentagon", "Gedung Putih")) {
            assertThat(org(n).country()).as(n).isEqualTo("USA");
        }
        assertThat(org("Kremlin").country()).isEqualTo("RUS");
        assertThat(org("Hamas").country()).isEqualTo("PSE");
        assertThat(org("Hizbullah")).isSameAs(org("Hezbollah"));
        assertThat(org("Taliban").country()).isEqualTo("AFG");
        assertThat(org("ISIS")).extracting(Organisations.Entry::country, Organisations.Entry::sector)
                .containsExactly(null, "IMG");
        assertThat(org("Organisasi Kerja Sama Islam")).isSameAs(org("OIC"));
    }

    @Test
    void alliancesListTheirMembers() {
        assertThat(org("CSTO").members()).containsExactlyInAnyOrder("RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK");
        assertThat(org("Organisasi Perjanjian Keamanan Kolektif")).isSameAs(org("CSTO"));
        assertThat(org("NATO").members()).hasSize(32).contains("FIN", "SWE", "TUR", "USA");
        assertThat(org("ASEAN").members()).hasSize(11).contains("IDN", "TLS");
        assertThat(org("Uni Eropa").members()).hasSize(27).doesNotContain("GBR");
        assertThat(org("PBB").members()).hasSize(193).contains("IDN").doesNotContain("PSE", "VAT", "TWN");
        assertThat(org("Perserikatan Bangsa-Bangsa")).isSameAs(org("United Nations"));
        assertThat(org("WHO").members()).hasSize(193).doesNotContain("USA", "LIE").contains("COK", "NIU");
        assertThat(org("IMF").members()).hasSize(191).contains("XKX").doesNotContain("CUB", "PRK");
        assertThat(org("OKI")).isSameAs(org("OIC"));
        assertThat(org("OKI").members()).hasSize(57);
        assertThat(org("G20").members()).hasSize(19).contains("IDN");
    }

    @Test
    void theListIsLargeAndEveryCodeIsACountryOfTheGazetteer() {
        assertThat(ORGS.entries()).hasSizeGreaterThanOrEqualTo(200);
        Set<String> sectors = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY", "REB", "PRM", "OPP", "BUS",
                "JRN", "MED", "REL", "SOC", "EDU", "LAB", "UNO", "EUR", "IGO", "NGO", "IMG", "MNC");
        Gazetteer g = Gazetteer.shared();
        for (Organisations.Entry e : ORGS.entries()) {
            assertThat(sectors).as(e.name()).contains(e.sector());
            if (e.country() != null) {
                assertThat(g.country(e.country())).as(e.name()).isPresent();
            }
            for (String m : e.members()) {
                assertThat(g.country(m)).as(e.name() + " member " + m).isPresent();
            }
            assertThat(e.members()).as(e.name()).doesNotHaveDuplicates();
            for (String n : e.allNames()) {
                assertThat(ORGS.lookup(n)).as(n).containsSame(e);
            }
        }
    }

    @Test
    void aNameOfTwoOrganisationsIsAnError() throws Exception {
        String tsv = "# two bodies called KPU\n"
                + "Komisi Pemilihan Umum\tKPU\t\t\tIDN\tGOV\t\n"
                + "Kenya Power Utility\tKPU\t\t\tKEN\tBUS\t\n";
        List<Organisations.Entry> entries = Organisations.read(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertThat(entries).hasSize(2);
        assertThatThrownBy(() -> newOrganisations(entries))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KPU");
    }

    @Test
    void aMalformedLineIsAnError() {
        String tsv = "Komisi Pemilihan Umum\tKPU\tIDN\tGOV\n";
        assertThatThrownBy(() -> Organisations.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
    }

    private static Organisations newOrganisations(List<Organisations.Entry> entries) {
        return Organisations.of(entries, Gazetteer.shared()::isCommonWord);
    }
}

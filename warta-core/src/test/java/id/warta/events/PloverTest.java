package id.warta.events;

import id.warta.QualityFloors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shipped ontology against the PLOVER manual, the CAMEO codebook and the ACLED codebook, and the rebuild of the
 * shipped resource from the shared data when it is beside the checkout.
 */
class PloverTest {

    private final Plover plover = Plover.shared();

    @Test
    void hasTheSixteenCategoriesInTheirQuads() {
        assertThat(plover.categories()).extracting(Plover.Category::name).containsExactly(
                "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");
        assertThat(plover.category("consult").orElseThrow().quad()).isEqualTo(Plover.Quad.VERBAL_COOPERATION);
        assertThat(plover.category("AID").orElseThrow().quad()).isEqualTo(Plover.Quad.MATERIAL_COOPERATION);
        assertThat(plover.category("THREATEN").orElseThrow().quad()).isEqualTo(Plover.Quad.VERBAL_CONFLICT);
        assertThat(plover.category("PROTEST").orElseThrow().quad()).isEqualTo(Plover.Quad.MATERIAL_CONFLICT);
        // The manual: only COOPERATE, AID and SANCTION require a recipient.
        assertThat(plover.categories()).filteredOn(Plover.Category::requiresRecipient)
                .extracting(Plover.Category::name).containsExactly("COOPERATE", "AID", "SANCTION");
        assertThat(plover.category("DEMAND")).as("old draft label").isEmpty();
        assertThat(plover.category(null)).isEmpty();
    }

    @Test
    void hasEachCategorysModesInTheManualsOrder() {
        assertThat(plover.category("PROTEST").orElseThrow().modes()).extracting(Plover.Mode::name)
                .containsExactly("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize");
        assertThat(plover.category("MOBILIZE").orElseThrow().modes()).extracting(Plover.Mode::name)
                .containsExactly("troops", "weapons", "police", "militia");
        assertThat(plover.category("ACCUSE").orElseThrow().modes()).extracting(Plover.Mode::name)
                .containsExactly("disapprove", "investigate", "allege");
        assertThat(plover.category("AGREE").orElseThrow().modes()).isEmpty();
        assertThat(plover.category("ASSAULT").orElseThrow().modes()).hasSize(15);
        Plover.Mode riot = plover.category("PROTEST").orElseThrow().mode("riot").orElseThrow();
        assertThat(riot.score()).isEqualTo(-7.0);
        assertThat(plover.category("PROTEST").orElseThrow().mode("vandalize").orElseThrow().score())
                .as("the manual gives vandalize no score").isNull();
        assertThat(plover.category("COERCE").orElseThrow().mode("riot")).isEmpty();
    }

    @Test
    void givesTheCameoRootAndGdeltQuadClassOfACategoryAndMode() {
        assertThat(plover.cameoRoot("PROTEST", "riot")).isEqualTo(plover.cameoRoot("PROTEST", null));
        Plover.CameoRoot protest = plover.cameoRoot("PROTEST", "riot");
        assertThat(protest.code()).isEqualTo("14");
        assertThat(protest.quadClass()).as("GDELT counts protests as verbal conflict").isEqualTo(3);
        assertThat(protest.quadName()).isEqualTo("Verbal Conflict");
        assertThat(plover.cameoRoot("MOBILIZE", "troops").code()).isEqualTo("15");
        assertThat(plover.cameoRoot("AID", null)).extracting(Plover.CameoRoot::code, Plover.CameoRoot::quadClass)
                .containsExactly("07", 2);
        assertThat(plover.cameoRoot("REQUEST", "assist").name()).isEqualTo("DEMAND");
        // Investigations are CAMEO 09 (material cooperation), the other accusations 11 (verbal conflict).
        assertThat(plover.cameoRoot("ACCUSE", "investigate").code()).isEqualTo("09");
        assertThat(plover.cameoRoot("ACCUSE", "investigate").quadClass()).isEqualTo(2);
        assertThat(plover.cameoRoot("ACCUSE", "allege").code()).isEqualTo("11");
        // Fighting with guns, heavy weapons and aircraft is FIGHT (19); bombs and abductions are ASSAULT (18).
        assertThat(plover.cameoRoot("ASSAULT", "firearms").code()).isEqualTo("19");
        assertThat(plover.cameoRoot("ASSAULT", "aerial").code()).isEqualTo("19");
        assertThat(plover.cameoRoot("ASSAULT", "explosives").code()).isEqualTo("18");
        assertThat(plover.cameoRoot("ASSAULT", "abduct").code()).isEqualTo("18");
        assertThat(plover.cameoRoot("ASSAULT", "unconventional").code()).isEqualTo("20");
        assertThat(plover.cameoRoot("ASSAULT", "destroy").code()).as("1712 destroy property").isEqualTo("17");
        assertThat(plover.cameoRoot("ASSAULT", null).quadClass()).isEqualTo(4);
        assertThatThrownBy(() -> plover.cameoRoot("FIGHT", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plover.cameoRoot("PROTEST", "troops")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mapsCameoCodesToPlover() {
        Plover.CameoCode surrender = plover.cameo("0874").orElseThrow();
        assertThat(surrender.ploverEvent()).isEqualTo("RETREAT");
        assertThat(surrender.ploverMode()).isEqualTo("disarm");
        assertThat(surrender.root().code()).isEqualTo("08");
        assertThat(plover.cameo("145").orElseThrow().ploverMode()).isEqualTo("riot");
        assertThat(plover.cameo("173").orElseThrow()).extracting(Plover.CameoCode::ploverEvent,
                Plover.CameoCode::ploverMode).containsExactly("COERCE", "arrest");
        assertThat(plover.cameo("186").orElseThrow().ploverMode()).as("assassinate is now targeted")
                .isEqualTo("targeted");
        assertThat(plover.cameo("190").orElseThrow().goldstein()).isEqualTo(-10.0);
        assertThat(plover.cameo("010").orElseThrow().ploverEvent()).as("statements are no PLOVER event").isNull();
        assertThat(plover.cameo("021").orElseThrow().ploverEvent()).as("appeals neither").isNull();
        assertThat(plover.cameo("99")).isEmpty();
        assertThat(plover.cameo(null)).isEmpty();
    }

    @Test
    void everyMappedCameoModeIsAModeOfItsCategory() {
        int mapped = 0;
        for (Plover.Category c : plover.categories()) {
            for (String code : cameoCodes()) {
                Plover.CameoCode cameo = plover.cameo(code).orElseThrow();
                if (c.name().equals(cameo.ploverEvent()) && cameo.ploverMode() != null) {
                    assertThat(c.mode(cameo.ploverMode())).as(code).isPresent();
                    mapped++;
                }
            }
        }
        assertThat(mapped).isGreaterThan(150);
    }

    @Test
    void hasTheSectorAndInternationalCodes() {
        assertThat(plover.sectors()).hasSize(25);
        assertThat(plover.isSector("GOV")).isTrue();
        assertThat(plover.isSector("cvl")).isTrue();
        assertThat(plover.isSector("PRO")).as("PLOVER codes protesters CVL").isFalse();
        assertThat(plover.isSector(null)).isFalse();
        assertThat(plover.internationalCodes()).extracting(Plover.Code::code)
                .containsExactly("IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC");
        assertThat(plover.isInternationalCode("UNO")).isTrue();
        assertThat(plover.isInternationalCode("IDN")).isFalse();
        assertThat(plover.contexts()).hasSize(37).extracting(Plover.Code::code).contains("military", "crime");
    }

    @Test
    void explainsAcledPrecisionCodesAndVagueFatalityWords() {
        assertThat(plover.acledGeoPrecision(1)).contains("town");
        assertThat(plover.acledGeoPrecision(3)).contains("region");
        assertThat(plover.acledTimePrecision(1)).contains("exact day");
        assertThat(plover.acledTimePrecision(3)).contains("month");
        assertThatThrownBy(() -> plover.acledGeoPrecision(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plover.acledTimePrecision(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(plover.acledFatalityWords()).containsEntry("tens", 10L).containsEntry("dozens", 12L)
                .containsEntry("hundreds", 100L);
    }

    @Test
    void isImmutableAndTheSameOnEveryThread() throws Exception {
        assertThatThrownBy(() -> plover.categories().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plover.category("AID").orElseThrow().modes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Plover>> loads = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                loads.add(pool.submit(Plover::shared));
            }
            for (Future<Plover> f : loads) {
                assertThat(f.get()).isSameAs(plover);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theShippedResourceEqualsARebuildFromTheSharedData() throws IOException {
        byte[] rebuilt = PloverBuilder.build(QualityFloors.shared("events").getParent());
        byte[] shipped;
        try (InputStream in = Plover.class.getResourceAsStream("plover.tsv")) {
            shipped = in.readAllBytes();
        }
        assertThat(new String(rebuilt, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(shipped, java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = new java.io.ByteArrayInputStream(rebuilt)) {
            assertThat(Plover.read(in).categories()).isEqualTo(plover.categories());
        }
    }

    /** Every code of the CAMEO table: two digits for the roots, three and four for the rest. */
    private List<String> cameoCodes() {
        List<String> codes = new java.util.ArrayList<>();
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            codes.add(r);
            for (int a = 0; a <= 9; a++) {
                codes.add(r + a);
                for (int b = 0; b <= 9; b++) {
                    codes.add(r + a + b);
                }
            }
        }
        return codes.stream().filter(c -> plover.cameo(c).isPresent()).toList();
    }
}

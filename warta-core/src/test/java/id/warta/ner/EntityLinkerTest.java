package id.warta.ner;

import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityLinkerTest {

    private static final EntityLinker LINKER = new EntityLinker(NameDirectory.EMPTY);

    private static Text text(String s) {
        return Text.of(s, "id", new RuleSentenceSplitter());
    }

    /** The first occurrence (from {@code from}) of {@code name} in {@code s} as a found name. */
    private static EntityLinker.Name name(String s, String name, int from, Entity.Type type) {
        int start = s.indexOf(name, from);
        return new EntityLinker.Name(start, start + name.length(), type);
    }

    private static List<String> mentions(String s, Entity e) {
        List<String> out = new ArrayList<>();
        for (Mention m : e.mentions()) {
            out.add(m.text(s));
        }
        return out;
    }

    @Test
    void surnameAfterTheFullNameIsTheSamePerson() {
        String s = "Presiden Kassym-Jomart Tokayev meminta bantuan. Tokayev menyebut para perusuh sebagai teroris.";
        List<Entity> entities = LINKER.link(text(s), List.of(
                name(s, "Kassym-Jomart Tokayev", 0, Entity.Type.PERSON),
                name(s, "Tokayev", 40, Entity.Type.PERSON)));
        assertThat(entities).hasSize(1);
        assertThat(entities.get(0).text()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(mentions(s, entities.get(0))).containsExactly("Kassym-Jomart Tokayev", "Tokayev");
    }

    @Test
    void aSurnameTheTaggerTypedWronglyStillJoinsThePerson() {
        String s = "Gubernur Ridwan Kamil meninjau lokasi banjir. Kamil mengatakan bantuan tiba besok.";
        List<Entity> entities = LINKER.link(text(s), List.of(
                name(s, "Ridwan Kamil", 0, Entity.Type.PERSON),
                name(s, "Kamil", 30, Entity.Type.LOC)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Entity.Type.PERSON);
            assertThat(e.mentions()).hasSize(2);
        });
    }

    @Test
    void acronymInBracketsJoinsTheNameBeforeIt() {
        String s = "Badan Nasional Penanggulangan Bencana (BNPB) mencatat 12 korban. BNPB meminta warga waspada.";
        List<Entity> entities = LINKER.link(text(s), List.of(
                name(s, "Badan Nasional Penanggulangan Bencana", 0, Entity.Type.ORG),
                name(s, "BNPB", 0, Entity.Type.ORG),
                name(s, "BNPB", 45, Entity.Type.ORG)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Badan Nasional Penanggulangan Bencana");
            assertThat(mentions(s, e)).containsExactly("Badan Nasional Penanggulangan Bencana", "BNPB", "BNPB");
        });
    }

    @Test
    void repeatsTheTaggerMissedAreAddedAndTheMajorityTypeWins() {
        String s = "Warga Surabaya memadati jalan. Di Surabaya, hujan turun sejak pagi. Surabaya kini siaga.";
        List<Entity> entities = LINKER.link(text(s), List.of(
                name(s, "Surabaya", 0, Entity.Type.LOC),
                name(s, "Surabaya", 40, Entity.Type.PERSON),
                name(s, "Surabaya", 60, Entity.Type.LOC)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Entity.Type.LOC);
            assertThat(e.mentions()).hasSize(3);
        });
        List<Entity> fromOne = LINKER.link(text(s), List.of(name(s, "Surabaya", 0, Entity.Type.LOC)));
        assertThat(fromOne.get(0).mentions()).hasSize(3);
    }

    @Test
    void lowerCaseWordsAreNotTakenForRepeats() {
        String s = "Kota Padang diguyur hujan. Sapi merumput di padang rumput.";
        List<Entity> entities = LINKER.link(text(s), List.of(name(s, "Padang", 0, Entity.Type.LOC)));
        assertThat(entities.get(0).mentions()).hasSize(1);
    }

    @Test
    void directoryJoinsAliasesAndGivesTheCountry() {
        NameDirectory directory = (written, type) -> switch (written) {
            case "Rusia", "Federasi Rusia" -> new NameDirectory.Known("Russia", "country", "RUS");
            default -> null;
        };
        String s = "Federasi Rusia mengirim pasukan. Rusia menyebut misi itu sementara.";
        List<Entity> entities = new EntityLinker(directory).link(text(s), List.of(
                name(s, "Federasi Rusia", 0, Entity.Type.LOC),
                name(s, "Rusia", 20, Entity.Type.LOC)));
        assertThat(entities).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Federasi Rusia");
            assertThat(e.country()).isEqualTo("RUS");
            assertThat(e.kind()).isEqualTo("country");
        });
    }

    @Test
    void acronymsAreShortAndMostlyCapitals() {
        assertThat(EntityLinker.isAcronym("CSTO")).isTrue();
        assertThat(EntityLinker.isAcronym("PDI-P")).isTrue();
        assertThat(EntityLinker.isAcronym("Polri")).isFalse();
        assertThat(EntityLinker.isAcronym("A")).isFalse();
        assertThat(EntityLinker.isAcronym("Jakarta")).isFalse();
    }

    @Test
    void bracketedAcronymRuleFindsTheOrganisation() {
        String s = "\"Ini serius,\" kata Andi Saputra, kepala Dewan Urusan Internasional Rusia (RIAC) di Moskow.";
        List<EntityLinker.Name> found = new ArrayList<>();
        BracketedAcronyms.find(text(s), found::add);
        assertThat(found).extracting(n -> s.substring(n.start(), n.end()))
                .containsExactly("Dewan Urusan Internasional Rusia", "RIAC");
        String english = "The Russian International Affairs Council (RIAC) said so. He met Joko Widodo (Jokowi).";
        found.clear();
        BracketedAcronyms.find(text(english), found::add);
        assertThat(found).extracting(n -> english.substring(n.start(), n.end()))
                .containsExactly("Russian International Affairs Council", "RIAC");
    }
}

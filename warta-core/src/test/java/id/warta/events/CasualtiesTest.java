package id.warta.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Totals of a sentence's counts and the merge of several mentions of one event: repeats are not added, updates
 * replace, a breakdown stays with its total.
 */
class CasualtiesTest {

    private static Casualties article(String text) {
        return Casualties.merge(CasualtyCounterGoldenTest.perSentence(text, "id"));
    }

    @Test
    void aFigureSaidTwiceIsCountedOnce() {
        Casualties c = article("Sedikitnya 30 orang tewas dalam bentrokan antara warga dan aparat di Deiyai pada "
                + "Senin. Kepala kepolisian setempat membenarkan bahwa 30 orang tewas dan meminta warga tenang.");
        assertThat(c.killed()).isEqualTo(30L);
        assertThat(c.counts()).hasSize(1);
    }

    @Test
    void aLaterTollReplacesAnEarlierFigure() {
        Casualties c = article("Lima orang tewas dalam serangan bom di terminal bus pada Senin pagi. Hingga Selasa "
                + "malam, korban tewas bertambah menjadi 20 orang, sementara 41 orang masih dirawat.");
        assertThat(c.killed()).isEqualTo(20L);
        assertThat(c.counts()).extracting(Count::value).containsExactly(20L);
    }

    @Test
    void aBreakdownAndItsSumAreNotAddedUp() {
        Casualties c = article("Menurut kementerian, 30 pengunjuk rasa dan 18 personel keamanan tewas. Secara "
                + "keseluruhan 48 orang tewas dalam kerusuhan pekan ini.");
        assertThat(c.killed()).isEqualTo(48L);
        assertThat(c.counts()).extracting(Count::who).containsExactly("pengunjuk rasa", "personel keamanan");
    }

    @Test
    void ofEqualTotalsTheExactOneWins() {
        Casualties c = article("Sekitar 20 orang tewas dalam kebakaran pasar itu. Polisi kemudian memastikan 20 "
                + "orang tewas.");
        assertThat(c.killed()).isEqualTo(20L);
        assertThat(c.approximate()).isFalse();
    }

    @Test
    void eachKindComesFromItsOwnBestSentence() {
        Casualties c = article("Bentrokan itu menewaskan 4 orang. Sebanyak 25 orang luka-luka dan 60 orang "
                + "ditangkap. Keesokan harinya 2 orang lagi ditangkap.");
        assertThat(c.killed()).isEqualTo(4L);
        assertThat(c.injured()).isEqualTo(25L);
        assertThat(c.arrested()).isEqualTo(60L);
        assertThat(c.size()).isNull();
    }

    @Test
    void twoSentencesCountingDifferentGroupsAreNotAddedConservatively() {
        Casualties c = article("Sebanyak 30 pengunjuk rasa tewas di Almaty. Di Aktobe, 18 polisi juga tewas.");
        assertThat(c.killed()).isEqualTo(30L);
    }

    @Test
    void mergingNothingOrOneMention() {
        assertThat(Casualties.merge(List.of())).isEqualTo(Casualties.NONE);
        assertThat(Casualties.NONE.isEmpty()).isTrue();
        Casualties one = Casualties.of(List.of(new Count(Count.Kind.INJURED, 7, true, "warga", 0, 7)));
        assertThat(Casualties.merge(List.of(one))).isEqualTo(one);
        assertThat(Casualties.merge(List.of(one, one))).isEqualTo(one);
    }

    @Test
    void totalsAreTheSumsOfTheCounts() {
        Casualties c = Casualties.of(List.of(
                new Count(Count.Kind.KILLED, 18, false, "personel keamanan", 30, 50),
                new Count(Count.Kind.KILLED, 30, false, "pengunjuk rasa", 0, 17),
                new Count(Count.Kind.SIZE, 3000, true, "pasukan", 60, 80)));
        assertThat(c.killed()).isEqualTo(48L);
        assertThat(c.size()).isEqualTo(3000L);
        assertThat(c.injured()).isNull();
        assertThat(c.arrested()).isNull();
        assertThat(c.approximate()).isTrue();
        assertThat(c.counts()).extracting(Count::start).containsExactly(0, 30, 60);
        assertThat(c.total(Count.Kind.KILLED)).isEqualTo(48L);
        assertThatThrownBy(() -> new Casualties(c.counts(), 47L, null, null, 3000L, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

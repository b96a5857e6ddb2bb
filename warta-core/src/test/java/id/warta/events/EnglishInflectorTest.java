package id.warta.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** English spelling rules and irregular verbs, as the lexicon builders inflect dictionary words. */
class EnglishInflectorTest {

    @Test
    void thirdPerson() {
        assertThat(EnglishInflector.thirdPerson("send")).isEqualTo("sends");
        assertThat(EnglishInflector.thirdPerson("push")).isEqualTo("pushes");
        assertThat(EnglishInflector.thirdPerson("carry")).isEqualTo("carries");
        assertThat(EnglishInflector.thirdPerson("deploy")).isEqualTo("deploys");
        assertThat(EnglishInflector.thirdPerson("veto")).isEqualTo("vetoes");
        assertThat(EnglishInflector.thirdPerson("have")).isEqualTo("has");
    }

    @Test
    void presentParticiple() {
        assertThat(EnglishInflector.presentParticiple("impose")).isEqualTo("imposing");
        assertThat(EnglishInflector.presentParticiple("die")).isEqualTo("dying");
        assertThat(EnglishInflector.presentParticiple("agree")).isEqualTo("agreeing");
        assertThat(EnglishInflector.presentParticiple("stop")).isEqualTo("stopping");
        assertThat(EnglishInflector.presentParticiple("visit")).isEqualTo("visiting");
        assertThat(EnglishInflector.presentParticiple("patrol")).isEqualTo("patrolling");
        assertThat(EnglishInflector.presentParticiple("panic")).isEqualTo("panicking");
        assertThat(EnglishInflector.presentParticiple("raid")).isEqualTo("raiding");
    }

    @Test
    void pastForms() {
        assertThat(EnglishInflector.past("impose")).containsExactly("imposed");
        assertThat(EnglishInflector.past("carry")).containsExactly("carried");
        assertThat(EnglishInflector.past("ban")).containsExactly("banned");
        assertThat(EnglishInflector.past("commit")).containsExactly("committed");
        assertThat(EnglishInflector.past("recommit")).containsExactly("recommitted");
        assertThat(EnglishInflector.past("target")).containsExactly("targeted");
        assertThat(EnglishInflector.past("render")).containsExactly("rendered");
        assertThat(EnglishInflector.past("send")).containsExactly("sent");
        assertThat(EnglishInflector.past("withdraw")).containsExactly("withdrew", "withdrawn");
        assertThat(EnglishInflector.past("put")).containsExactly("put");
        assertThat(EnglishInflector.isIrregular("fight")).isTrue();
        assertThat(EnglishInflector.isIrregular("attack")).isFalse();
    }

    @Test
    void plurals() {
        assertThat(List.of("army", "crash", "ally", "peso", "embargo", "troops", "boss", "day"))
                .extracting(EnglishInflector::plural)
                .containsExactly("armies", "crashes", "allies", "pesos", "embargoes", "troops", "bosses", "days");
    }
}

package id.warta;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WartaOptionsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        WartaOptions d = WartaOptions.defaults();
        assertThat(d.maxBytes()).isEqualTo(32L << 20);
        assertThat(d.maxDepth()).isEqualTo(2000);
        assertThat(d.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.userAgent()).startsWith("Warta/");
        assertThat(d.defaultZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(d.maxAnalysedChars()).isEqualTo(1 << 20);
    }

    @Test
    void withersCopyAndLeaveTheOriginalAlone() {
        WartaOptions d = WartaOptions.defaults();
        WartaOptions small = d.withMaxBytes(1024).withMaxRedirects(0);
        assertThat(small.maxBytes()).isEqualTo(1024);
        assertThat(small.maxRedirects()).isZero();
        assertThat(small.maxDepth()).isEqualTo(d.maxDepth());
        assertThat(d.maxBytes()).isEqualTo(32L << 20);
    }

    @Test
    void badValuesAreRejectedEagerly() {
        WartaOptions d = WartaOptions.defaults();
        assertThatThrownBy(() -> d.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBytes");
        assertThatThrownBy(() -> d.withMaxDepth(3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> d.withRequestTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withConnectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxRedirects(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withUserAgent(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withDefaultZone(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withClock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withMaxAnalysedChars(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAnalysedChars");
    }

    @Test
    void facadeIsStrictOnArguments() {
        assertThatThrownBy(() -> Warta.extract((String) null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Warta.with(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Warta.with(WartaOptions.defaults()).process(null))
                .isInstanceOf(NullPointerException.class);
    }
}

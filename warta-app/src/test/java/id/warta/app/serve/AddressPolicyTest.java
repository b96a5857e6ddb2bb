package id.warta.app.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which addresses a fetch may reach: public unicast ones only (literal addresses: no name is looked up). */
class AddressPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.45.6.7", "::1", "0.0.0.0", "::", "0.1.2.3", "10.0.0.1",
            "10.255.255.254", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "fe80::1",
            "fec0::1", "fc00::1", "fd12:3456:789a::1", "224.0.0.1", "239.255.255.250", "ff02::1", "100.64.0.1",
            "100.127.255.255", "192.0.0.8", "198.18.0.1", "240.0.0.1", "255.255.255.255", "::ffff:127.0.0.1",
            "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a00:1"})
    void refusesWhatOnlyTheServerCanReach(String literal) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(literal))).as(literal).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1",
            "192.0.2.1", "11.0.0.1", "2001:4860:4860::8888", "2606:4700::1111", "64:ff9b::808:808"})
    void allowsPublicAddresses(String literal) throws Exception {
        assertThat(AddressPolicy.refusal(InetAddress.getByName(literal))).as(literal).isNull();
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() throws Exception {
        AddressPolicy.Resolver mixed = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("192.168.0.10")};
        assertThatThrownBy(() -> AddressPolicy.check("berita.example", mixed)).isInstanceOf(ApiException.class)
                .hasMessageContaining("192.168.0.10");
        AddressPolicy.Resolver rebinding = host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        assertThatThrownBy(() -> AddressPolicy.check("127.0.0.1.nip.example", rebinding))
                .hasMessageContaining("loopback");
        AddressPolicy.Resolver publicOnly = host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        assertThatCode(() -> AddressPolicy.check("berita.example", publicOnly)).doesNotThrowAnyException();
    }

    @Test
    void localhostResolvesToLoopbackAndIsRefused() {
        assertThatThrownBy(() -> AddressPolicy.check("localhost", AddressPolicy.SYSTEM))
                .isInstanceOf(ApiException.class).hasMessageContaining("loopback");
        assertThatThrownBy(() -> AddressPolicy.check("[::1]", AddressPolicy.SYSTEM))
                .hasMessageContaining("loopback");
    }
}

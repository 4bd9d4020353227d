package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

  @Test
  void parsesIpv4AndIpv6SingleAddresses() {
    IPv4Address dns = IpAddresses.parseIpv4("10.0.0.4");
    IPAddress v6 = IpAddresses.parse("2001:0db8::1");

    assertThat(dns.toString()).isEqualTo("10.0.0.4");
    assertThat(IpAddresses.parse("168.63.129.16").isIPv4()).isTrue();
    assertThat(v6.isIPv6()).isTrue();
    assertThat(v6.toString()).isEqualTo("2001:db8::1");
    assertThat(IpAddresses.parse("::ffff:10.0.0.1").isIPv6()).isTrue();
    assertThat(IpAddresses.tryParse("10.0.0.4")).contains(dns);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001:db8::1", "::1", "::ffff:10.0.0.1"})
  @DisplayName("NET-2: IPv6 where IPv4 is required is rejected and named")
  void parseIpv4RejectsIpv6(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IpAddresses.parseIpv4(text))
        .withMessageContaining("address '" + text + "' is not an IPv4 address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.4/32", "010.0.0.4", "10.0.4", "256.0.0.1", "10.0.0.*", ""})
  void parseIpv4RejectsAnythingButAPlainDottedQuad(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IpAddresses.parseIpv4(text))
        .withMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.4/32",
        "010.0.0.4",
        "2001:db8::/64",
        "2001:db8::*",
        "2001:db8::1-2",
        "fe80::1%eth0",
        "::ffff:010.0.0.1",
        "host.example",
        ""
      })
  void parseRejectsAnythingButASingleStrictAddress(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IpAddresses.parse(text))
        .withMessageContaining("address '" + text + "'");
    assertThat(IpAddresses.tryParse(text)).isEmpty();
  }
}

package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {

  @Test
  void parsesAnIpv4Prefix() {
    Cidr cidr = Cidr.parse("10.0.1.0/26");

    assertThat(cidr.prefixLength()).isEqualTo(26);
    assertThat(cidr.addressCount()).isEqualTo(BigInteger.valueOf(64));
    assertThat(cidr.isIpv4()).isTrue();
    assertThat(cidr.isIpv6()).isFalse();
    assertThat(cidr.networkAddress().toString()).isEqualTo("10.0.1.0");
    assertThat(cidr.lastAddress().toString()).isEqualTo("10.0.1.63");
    assertThat((Object) cidr.toIpv4Block()).isEqualTo(cidr.block());
    assertThat(cidr).hasToString("10.0.1.0/26");
  }

  @Test
  void parsesAnIpv6Prefix() {
    Cidr cidr = Cidr.parse("2001:0db8::/64");

    assertThat(cidr.isIpv6()).isTrue();
    assertThat(cidr.prefixLength()).isEqualTo(64);
    assertThat(cidr.addressCount()).isEqualTo(BigInteger.ONE.shiftLeft(64));
    assertThat(cidr).hasToString("2001:db8::/64");
    assertThat(Cidr.parse("::/0").prefixLength()).isZero();
    assertThat(Cidr.parse("::ffff:10.0.0.0/104").isIpv6()).isTrue();
  }

  @Test
  void edgePrefixLengthsAreAccepted() {
    assertThat(Cidr.parse("0.0.0.0/0").addressCount()).isEqualTo(BigInteger.ONE.shiftLeft(32));
    assertThat(Cidr.parse("10.0.0.5/32").addressCount()).isEqualTo(BigInteger.ONE);
    assertThat(Cidr.parse("255.255.255.255/32")).hasToString("255.255.255.255/32");
  }

  @Test
  @DisplayName("host bits set: 10.0.0.5/26 is rejected with a suggestion of 10.0.0.0/26")
  void hostBitsSetSuggestsTheNetworkAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse("10.0.0.5/26"))
        .withMessageContaining("'10.0.0.5/26'")
        .withMessageContaining("not a network address")
        .withMessageContaining("did you mean 10.0.0.0/26?");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse("10.0.1.77/24"))
        .withMessageContaining("'10.0.1.77/24'")
        .withMessageContaining("did you mean 10.0.1.0/24?");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse("2001:db8::1/64"))
        .withMessageContaining("'2001:db8::1/64'")
        .withMessageContaining("did you mean 2001:db8::/64?");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "010.0.0.0/8",
        "10.1/16",
        "10.0.0.0",
        "10.0.0.0/",
        "10.0.0.0/08",
        "10.0.0.0/33",
        "256.0.0.0/8",
        "10.0.0.0/255.255.255.0",
        "10.0.0.*/24",
        " 10.0.0.0/24",
        "",
        "2001:db8::",
        "2001:db8::/129",
        "2001:db8::*/112",
        "2001:db8::0-ffff/112",
        "2001:db8::/ffff:ffff::",
        "fe80::%eth0/64",
        "::ffff:010.0.0.0/104",
        "not a prefix"
      })
  void rejectsTextThatIsNotAStrictCidrAndQuotesIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse(text))
        .withMessageContaining("prefix '" + text + "'");
    assertThat(Cidr.tryParse(text)).isEmpty();
  }

  @Test
  void outOfRangeOctetAndPrefixLengthSayWhatWasExpected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse("10.300.0.0/16"))
        .withMessageContaining("octet 300 is out of range 0..255");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse("10.0.0.0/33"))
        .withMessageContaining("prefix length (33) must be between 0 and 32");
  }

  @Test
  @DisplayName("NET-2: requireIpv4 rejects an IPv6 prefix and names it")
  void requireIpv4RejectsIpv6() {
    Cidr v4 = Cidr.parse("10.0.0.0/24");
    assertThat(v4.requireIpv4("subnet addressPrefix")).isSameAs(v4);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.parse("2001:db8::/64").requireIpv4("subnet addressPrefix"))
        .withMessageContaining("subnet addressPrefix '2001:db8::/64' is IPv6")
        .withMessageContaining("IPv4 prefix was expected");
    assertThatIllegalStateException()
        .isThrownBy(() -> Cidr.parse("2001:db8::/64").toIpv4Block())
        .withMessageContaining("'2001:db8::/64'");
  }

  @Test
  void containingReturnsTheEnclosingBlock() {
    IPAddress address = IpAddresses.parse("10.0.1.77");

    assertThat(Cidr.containing(address, 26)).isEqualTo(Cidr.parse("10.0.1.64/26"));
    assertThat(Cidr.containing(address, 0)).isEqualTo(Cidr.parse("0.0.0.0/0"));
    assertThat(Cidr.containing(address, 32)).isEqualTo(Cidr.parse("10.0.1.77/32"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.containing(address, 33))
        .withMessageContaining("prefixLength (33) must be between 0 and 32");
    IPAddress block = new IPAddressString("10.0.0.0/24").getAddress();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.containing(block, 26))
        .withMessageContaining("'10.0.0.0/24' must be a single address");
  }

  @Test
  void ofAcceptsPrefixBlocksOnly() {
    IPAddress block = new IPAddressString("10.0.0.0/8").getAddress();
    assertThat(Cidr.of(block)).isEqualTo(Cidr.parse("10.0.0.0/8"));

    IPAddress hostBits = new IPAddressString("10.0.0.1/8").getAddress();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.of(hostBits))
        .withMessageContaining("'10.0.0.1/8'")
        .withMessageContaining("did you mean 10.0.0.0/8?");
    IPAddress noPrefix = new IPAddressString("10.0.0.1").getAddress();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Cidr.of(noPrefix))
        .withMessageContaining("'10.0.0.1' has no prefix length");
  }

  @Test
  void containsAndOverlaps() {
    Cidr space = Cidr.parse("10.0.0.0/16");
    Cidr subnet = Cidr.parse("10.0.1.0/26");
    Cidr other = Cidr.parse("10.1.0.0/16");
    Cidr v6 = Cidr.parse("::/0");

    assertThat(space.contains(subnet)).isTrue();
    assertThat(subnet.contains(space)).isFalse();
    assertThat(space.contains(space)).isTrue();
    assertThat(space.overlaps(subnet)).isTrue();
    assertThat(subnet.overlaps(space)).isTrue();
    assertThat(space.overlaps(other)).isFalse();
    assertThat(v6.contains(space)).isFalse();
    assertThat(v6.overlaps(space)).isFalse();
    assertThat(space.contains(IpAddresses.parse("10.0.255.255"))).isTrue();
    assertThat(space.contains(IpAddresses.parse("10.1.0.0"))).isFalse();
    assertThat(v6.contains(IpAddresses.parse("10.0.0.1"))).isFalse();
  }

  @Test
  void equalPrefixesParsedFromDifferentSpellingsAreEqual() {
    Cidr a = Cidr.parse("2001:db8:0:0::/64");
    Cidr b = Cidr.parse("2001:DB8::/64");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).hasToString("2001:db8::/64");
    assertThat(a.compareTo(b)).isZero();
  }

  @Test
  @DisplayName("order: IPv4 before IPv6, then network address, then shorter prefix first")
  void orderIsDeterministic() {
    List<Cidr> sorted =
        List.of(
            Cidr.parse("10.0.0.0/8"),
            Cidr.parse("10.0.0.0/16"),
            Cidr.parse("10.0.1.0/24"),
            Cidr.parse("192.168.0.0/16"),
            Cidr.parse("::/0"),
            Cidr.parse("2001:db8::/32"));
    List<Cidr> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(sorted);
  }
}

package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import inet.ipaddr.ipv4.IPv4Address;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** APP-2 / NR-3: the RFC 1918 ranges and the shared address space as constants. */
class PrivateAddressSpaceTest {

  @Test
  @DisplayName("APP-2: the RFC 1918 ranges are 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16")
  void app2_rfc1918Ranges() {
    assertThat(PrivateAddressSpace.RFC1918)
        .containsExactly(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"))
        .isSorted();
    assertThat(PrivateAddressSpace.RFC1918.toString())
        .isEqualTo("[10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16]");
    assertThatThrownBy(() -> PrivateAddressSpace.RFC1918.add(Cidr.parse("100.64.0.0/10")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("NR-3: the shared address space 100.64.0.0/10 is not RFC 1918")
  void nr3_sharedAddressSpace() {
    assertThat(PrivateAddressSpace.SHARED_ADDRESS_SPACE).isEqualTo(Cidr.parse("100.64.0.0/10"));
    assertThat(PrivateAddressSpace.isRfc1918(PrivateAddressSpace.SHARED_ADDRESS_SPACE)).isFalse();
    assertThat(PrivateAddressSpace.RFC1918)
        .noneMatch(r -> r.overlaps(PrivateAddressSpace.SHARED_ADDRESS_SPACE));
  }

  @ParameterizedTest(name = "APP-2: {0} is RFC 1918: {1}")
  @CsvSource({
    "9.255.255.255, false",
    "10.0.0.0, true",
    "10.255.255.255, true",
    "11.0.0.0, false",
    "172.15.255.255, false",
    "172.16.0.0, true",
    "172.31.255.255, true",
    "172.32.0.0, false",
    "192.167.255.255, false",
    "192.168.0.0, true",
    "192.168.255.255, true",
    "192.169.0.0, false",
    "100.64.0.1, false",
    "::ffff:10.0.0.1, false",
    "fd00::1, false"
  })
  void app2_addressBoundaries(String address, boolean rfc1918) {
    assertThat(PrivateAddressSpace.isRfc1918(IpAddresses.parse(address))).isEqualTo(rfc1918);
  }

  @ParameterizedTest(name = "APP-2: prefix {0} lies wholly in RFC 1918: {1}")
  @CsvSource({
    "10.0.0.0/8, true",
    "10.1.2.0/24, true",
    "172.16.0.0/12, true",
    "172.0.0.0/8, false",
    "172.0.0.0/11, false",
    "172.32.0.0/12, false",
    "192.168.4.0/24, true",
    "192.0.0.0/8, false",
    "0.0.0.0/0, false",
    "fd00::/8, false"
  })
  void app2_prefixes(String prefix, boolean rfc1918) {
    assertThat(PrivateAddressSpace.isRfc1918(Cidr.parse(prefix))).isEqualTo(rfc1918);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsNull() {
    assertThatThrownBy(() -> PrivateAddressSpace.isRfc1918((Cidr) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("prefix");
    assertThatThrownBy(() -> PrivateAddressSpace.isRfc1918((inet.ipaddr.IPAddress) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("address");
  }

  /** The RFC 1918 test against the RFC's own bit patterns, for every IPv4 address. */
  @Property
  @Label("APP-2: isRfc1918 agrees with the RFC's bit masks on any IPv4 address")
  void app2_agreesWithBitMasks(@ForAll("ipv4") int bits) {
    boolean expected = (bits >>> 24) == 10 || (bits >>> 20) == 0xAC1 || (bits >>> 16) == 0xC0A8;
    assertThat(PrivateAddressSpace.isRfc1918(new IPv4Address(bits))).isEqualTo(expected);
    assertThat(PrivateAddressSpace.isRfc1918(Cidr.containing(new IPv4Address(bits), 32)))
        .isEqualTo(expected);
  }

  /** Any IPv4 address, half of them with their top 12 bits at or next to an RFC 1918 edge. */
  @Provide
  Arbitrary<Integer> ipv4() {
    Arbitrary<Integer> nearEdges =
        Combinators.combine(
                Arbitraries.of(
                    0x09F, 0x0A0, 0x0A7, 0x0AF, 0x0B0, 0xABF, 0xAC0, 0xAC1, 0xAC2, 0xC0A),
                Arbitraries.integers().between(0, 0xFFFFF))
            .as((top, low) -> (top << 20) | low);
    return Arbitraries.oneOf(Arbitraries.integers(), nearEdges);
  }
}

package io.github.vnetkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;
import java.math.BigInteger;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link Cidr} agrees with IPAddress's own arithmetic. */
class CidrProperties {

  /** An address and a prefix length, not yet checked for host bits. */
  record Candidate(IPAddress address, int prefixLength) {
    String text() {
      return address + "/" + prefixLength;
    }
  }

  @Property
  void parseAcceptsExactlyNetworkAddresses(@ForAll("ipv4Candidates") Candidate c) {
    checkAgainstIpAddress(c);
    Statistics.label("network address")
        .coverage(
            coverage -> {
              coverage.check(true).percentage(p -> p > 30);
              coverage.check(false).percentage(p -> p > 30);
            });
  }

  @Property
  void parseAcceptsExactlyNetworkAddressesIpv6(@ForAll("ipv6Candidates") Candidate c) {
    checkAgainstIpAddress(c);
  }

  private static void checkAgainstIpAddress(Candidate c) {
    IPAddress address = c.address();
    int p = c.prefixLength();
    IPAddress mask = address.getNetwork().getNetworkMask(p, false);
    boolean isNetworkAddress = address.mask(mask).equals(address);
    String expectedBlock = address.toPrefixBlock(p).toCanonicalString();
    Statistics.label("network address").collect(isNetworkAddress);

    Optional<Cidr> parsed = Cidr.tryParse(c.text());
    assertThat(parsed.isPresent()).isEqualTo(isNetworkAddress);
    if (isNetworkAddress) {
      Cidr cidr = parsed.orElseThrow();
      assertThat(cidr.prefixLength()).isEqualTo(p);
      assertThat((Object) cidr.networkAddress()).isEqualTo(address);
      assertThat(cidr).hasToString(expectedBlock);
      assertThat(Cidr.parse(cidr.toString())).isEqualTo(cidr);
    } else {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Cidr.parse(c.text()))
          .withMessageContaining("'" + c.text() + "'")
          .withMessageEndingWith("did you mean " + expectedBlock + "?");
    }
  }

  @Property
  void addressCountIsTwoToTheHostBits(@ForAll("ipv4Prefixes") Cidr cidr) {
    assertThat(cidr.addressCount()).isEqualTo(BigInteger.ONE.shiftLeft(32 - cidr.prefixLength()));
    assertThat(cidr.addressCount()).isEqualTo(cidr.block().getCount());
  }

  @Property
  void containsAndOverlapsAgreeWithIpAddress(
      @ForAll("ipv4Prefixes") Cidr a, @ForAll("ipv4Prefixes") Cidr b) {
    boolean contains = a.block().contains(b.block());
    boolean overlaps = a.block().intersect(b.block()) != null;
    Statistics.label("relation")
        .collect(contains ? "contains" : overlaps ? "overlaps" : "disjoint");

    assertThat(a.contains(b)).isEqualTo(contains);
    assertThat(a.overlaps(b)).isEqualTo(overlaps).isEqualTo(b.overlaps(a));
    assertThat(a.contains(b.networkAddress())).isEqualTo(a.block().contains(b.networkAddress()));
  }

  @Property
  void compareToIsConsistentWithEquals(
      @ForAll("ipv4Prefixes") Cidr a, @ForAll("ipv4Prefixes") Cidr b) {
    assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
    assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
  }

  // ---- generators: plain jqwik primitives on purpose. vnet-testkit depends on vnet-model, so
  // vnet-model's own tests cannot use it (Maven forbids the cycle even in test scope). They also
  // probe more than the testkit's valid, readable values: any case, any text, invalid input. ----

  /** Random addresses, half of them masked to the prefix, so both outcomes are common. */
  @Provide
  Arbitrary<Candidate> ipv4Candidates() {
    Arbitrary<IPAddress> addresses =
        Arbitraries.integers().map(bits -> (IPAddress) new IPv4Address(bits));
    return candidates(addresses, 32);
  }

  @Provide
  Arbitrary<Candidate> ipv6Candidates() {
    Arbitrary<IPAddress> addresses =
        Arbitraries.bytes()
            .array(byte[].class)
            .ofSize(16)
            .map(bytes -> (IPAddress) new IPv6Address(bytes));
    return candidates(addresses, 128);
  }

  private static Arbitrary<Candidate> candidates(Arbitrary<IPAddress> addresses, int bits) {
    return Combinators.combine(
            addresses, Arbitraries.integers().between(0, bits), Arbitraries.of(false, true))
        .as(
            (address, p, masked) ->
                new Candidate(
                    masked ? address.toPrefixBlock(p).getLower().withoutPrefixLength() : address,
                    p));
  }

  /** Prefixes inside 10.0.0.0/16 with lengths 8..32, so that nesting and overlap are common. */
  @Provide
  Arbitrary<Cidr> ipv4Prefixes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(8, 32))
        .as((low, p) -> Cidr.containing(new IPv4Address((10 << 24) | low), p));
  }
}

package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.SecurityRuleAddress;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The shared pools the routing generators draw from. Route prefixes, BGP prefixes, NSG addresses
 * and flow destinations come from one pool that also holds the prefixes of the system routes (the
 * default route, RFC 1918, 100.64.0.0/10, the scenario VNet's and peerings' address spaces, the
 * service tag ranges), so that equal prefixes from different route sources (user, BGP, system) and
 * nested prefixes of every kind are common, and longest prefix match, tie-breaks and NSG priorities
 * all matter. The first element of each pool is its shrink target.
 */
final class RoutingPools {

  /** The scenario VNet's first address space; its integration subnet lies inside. */
  static final Cidr VNET_SPACE = Cidr.parse("10.0.0.0/16");

  /** Further address spaces a scenario VNet may have (one of them public). */
  static final ImmutableList<Cidr> EXTRA_SPACES =
      cidrs("10.1.0.0/16", "172.20.0.0/16", "20.100.0.0/16");

  /** Remote address spaces of a scenario VNet's peerings. */
  static final ImmutableList<Cidr> PEER_SPACES =
      cidrs("10.100.0.0/16", "192.168.50.0/24", "10.200.0.0/15");

  /** RFC 1918 private ranges. */
  static final ImmutableList<Cidr> RFC1918 = cidrs("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16");

  /** RFC 6598 shared address space: a system route to None outside the VNet. */
  static final Cidr SHARED_ADDRESS_SPACE = Cidr.parse("100.64.0.0/10");

  /**
   * Prefixes of user routes and BGP routes: the system routes' own prefixes (0.0.0.0/0, RFC 1918,
   * 100.64.0.0/10), the scenario spaces and peerings, service tag ranges, and prefixes nested in
   * them.
   */
  static final ImmutableList<Cidr> PREFIXES =
      cidrs(
          "0.0.0.0/0",
          "10.0.0.0/8",
          "10.0.0.0/16",
          "10.0.1.0/24",
          "10.0.2.0/24",
          "10.0.0.0/12",
          "10.100.0.0/16",
          "10.100.5.0/24",
          "172.16.0.0/12",
          "172.20.1.0/24",
          "192.168.0.0/16",
          "192.168.50.0/24",
          "192.168.7.0/24",
          "100.64.0.0/10",
          "100.64.1.0/24",
          "20.38.96.0/19",
          "20.38.100.0/24",
          "40.68.0.0/16",
          "40.68.10.0/24",
          "52.0.0.0/8",
          "52.1.0.0/16",
          "52.1.2.0/24",
          "52.1.2.3/32",
          "20.100.0.0/16",
          "20.100.3.0/24",
          "8.8.8.0/24");

  /** Flow destinations are drawn inside these (and {@link #PREFIXES}). */
  static final ImmutableList<Cidr> MORE_DESTINATIONS =
      cidrs("10.0.1.0/26", "10.9.0.0/16", "20.47.8.0/24", "100.127.0.0/16", "20.0.0.0/8");

  /** Public prefixes that service tags are defined with. */
  static final ImmutableList<Cidr> TAG_PREFIXES =
      cidrs(
          "20.38.96.0/19",
          "20.47.8.0/24",
          "40.68.0.0/16",
          "52.1.2.0/24",
          "40.68.10.0/24",
          "20.38.100.0/24",
          "52.1.0.0/16");

  /** NSG rule addresses: any, service tags and prefixes. */
  static final ImmutableList<SecurityRuleAddress> ADDRESSES =
      ImmutableList.of(
              "*",
              "VirtualNetwork",
              "Internet",
              "Storage",
              "Sql",
              "AzureCosmosDB",
              "10.0.0.0/16",
              "10.0.1.0/27",
              "10.0.1.0/24",
              "192.168.0.0/16",
              "52.0.0.0/8",
              "40.68.10.0/24",
              "10.100.0.0/16",
              "0.0.0.0/0",
              "20.38.100.0/24")
          .stream()
          .map(SecurityRuleAddress::parse)
          .collect(ImmutableList.toImmutableList());

  /** NSG rule destination port ranges. */
  static final ImmutableList<PortRange> PORT_RANGES =
      ImmutableList.of("*", "443", "445", "80-90", "1433", "25", "1000-2000", "22").stream()
          .map(PortRange::parse)
          .collect(ImmutableList.toImmutableList());

  /** Flow destination ports, inside and outside the rules' port ranges. */
  static final ImmutableList<Integer> FLOW_PORTS =
      ImmutableList.of(443, 445, 80, 85, 25, 1433, 1500, 22, 3389, 53);

  private RoutingPools() {}

  private static ImmutableList<Cidr> cidrs(String... prefixes) {
    return ImmutableList.copyOf(prefixes).stream()
        .map(Cidr::parse)
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether {@code address} is in RFC 1918 or 100.64.0.0/10, the non-public ranges. */
  static boolean isPublic(IPv4Address address) {
    return RFC1918.stream().noneMatch(c -> c.contains(address))
        && !SHARED_ADDRESS_SPACE.contains(address);
  }

  /**
   * Route and BGP prefixes: from {@link #PREFIXES} mostly, sometimes any IPv4 prefix from /8 to /32
   * (so that long unique lists can be drawn); shrinks towards {@code 0.0.0.0/0}.
   */
  static Arbitrary<Cidr> routePrefixes() {
    Arbitrary<Cidr> random =
        Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(8, 32))
            .as((bits, length) -> Cidr.containing(new IPv4Address(bits), length));
    return Arbitraries.frequencyOf(
        List.of(Tuple2s.weighted(4, Arbitraries.of(PREFIXES)), Tuple2s.weighted(1, random)));
  }

  /** An address inside {@code prefix}: {@code offset} modulo its size from its first address. */
  static IPv4Address inside(Cidr prefix, long offset) {
    long first = prefix.toIpv4Block().getLower().longValue();
    long size = 1L << (32 - prefix.prefixLength());
    return new IPv4Address((int) (first + Math.floorMod(offset, size)));
  }

  /** Addresses inside {@code prefixes}; edge cases and shrinking at their first addresses. */
  static Arbitrary<IPv4Address> addressesIn(List<Cidr> prefixes) {
    return Combinators.combine(
            Arbitraries.of(prefixes), Arbitraries.longs().between(0, (1L << 32) - 1))
        .as(RoutingPools::inside);
  }

  /** Appliance next hops, {@code 10.0.100.4} to {@code 10.0.100.6}. */
  static Arbitrary<IPv4Address> applianceAddresses() {
    return Arbitraries.integers().between(4, 6).map(i -> IpAddresses.parseIpv4("10.0.100." + i));
  }
}

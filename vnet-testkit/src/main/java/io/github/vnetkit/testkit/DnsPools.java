package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The shared pools the DNS generators draw from: real Azure private-link zone names (none nested in
 * another, and none under another's public service domain, so that a name lies in at most one of
 * them), the public domains of those services, private-endpoint address ranges, and DNS labels. The
 * first element of each pool is its shrink target.
 */
final class DnsPools {

  /** Azure DNS private-link zones; the first is the shrink target. */
  static final ImmutableList<DnsName> PRIVATE_LINK_ZONES =
      names(
          "privatelink.database.windows.net",
          "privatelink.blob.core.windows.net",
          "privatelink.file.core.windows.net",
          "privatelink.queue.core.windows.net",
          "privatelink.table.core.windows.net",
          "privatelink.vaultcore.azure.net",
          "privatelink.azurewebsites.net",
          "privatelink.servicebus.windows.net",
          "privatelink.documents.azure.com",
          "privatelink.redis.cache.windows.net");

  /** A corporate zone that is no private-link zone (names resolved by custom DNS servers). */
  static final DnsName CORPORATE_ZONE = DnsName.of("contoso.com");

  /**
   * The zones {@code dnsNames()} draws from by default: {@code contoso.com} (the shrink target),
   * the public service domains ({@code database.windows.net}, ...) and the private-link zones.
   */
  static final ImmutableList<DnsName> NAME_ZONES = nameZones();

  /** Ranges of private-endpoint addresses: a subnet of the scenario VNet, a peered VNet's, more. */
  static final ImmutableList<Cidr> ENDPOINT_RANGES =
      ImmutableList.of(
          Cidr.parse("10.0.2.0/24"),
          Cidr.parse("10.100.2.0/24"),
          Cidr.parse("172.20.1.0/24"),
          Cidr.parse("192.168.50.0/24"));

  /** Addresses of custom DNS servers: the 4th host of the scenario VNet onwards, a hub's. */
  static final ImmutableList<IPv4Address> SERVER_ADDRESSES =
      ImmutableList.of(
          IpAddresses.parseIpv4("10.0.0.4"),
          IpAddresses.parseIpv4("10.0.0.5"),
          IpAddresses.parseIpv4("10.0.0.6"),
          IpAddresses.parseIpv4("10.100.0.4"));

  /** The longest label {@code DnsName} accepts. */
  static final int MAX_LABEL = 63;

  /** The longest name {@code DnsName} accepts. */
  static final int MAX_NAME = 253;

  /** The longest short label ({@link Genes#names()}). */
  static final int SHORT_LABEL = 8;

  private DnsPools() {}

  private static ImmutableList<DnsName> names(String... names) {
    ImmutableList.Builder<DnsName> b = ImmutableList.builder();
    for (String n : names) {
      b.add(DnsName.of(n));
    }
    return b.build();
  }

  private static ImmutableList<DnsName> nameZones() {
    List<DnsName> zones = new ArrayList<>();
    zones.add(CORPORATE_ZONE);
    for (DnsName zone : PRIVATE_LINK_ZONES) {
      zones.add(publicDomain(zone));
    }
    zones.addAll(PRIVATE_LINK_ZONES);
    return ImmutableList.copyOf(zones);
  }

  /** {@code database.windows.net} for {@code privatelink.database.windows.net}. */
  static DnsName publicDomain(DnsName privateLinkZone) {
    return DnsName.of(privateLinkZone.name().substring("privatelink.".length()));
  }

  /** Short readable labels: a letter, then up to seven letters or digits; shrinks to "a". */
  static Arbitrary<String> shortLabels() {
    return Genes.names();
  }

  /**
   * Labels of 1 to 63 letters, digits, '-' and '_' that {@code DnsName} accepts (no '-' at either
   * end), with 63-character labels as an edge case; shrinks towards "a".
   */
  static Arbitrary<String> longLabels() {
    Arbitrary<String> any =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .withChars('-', '_')
            .ofMinLength(1)
            .ofMaxLength(MAX_LABEL)
            .map(DnsPools::trimHyphens);
    Arbitrary<String> full =
        Combinators.combine(
                Arbitraries.chars().range('a', 'z'), Arbitraries.integers().between(0, 9))
            .as((c, d) -> String.valueOf(c).repeat(MAX_LABEL - 1) + d);
    return Arbitraries.frequencyOf(List.of(Tuple2s.weighted(7, any), Tuple2s.weighted(1, full)));
  }

  private static String trimHyphens(String label) {
    StringBuilder sb = new StringBuilder(label);
    if (sb.charAt(0) == '-') {
      sb.setCharAt(0, 'a');
    }
    if (sb.charAt(sb.length() - 1) == '-') {
      sb.setCharAt(sb.length() - 1, 'a');
    }
    return sb.toString();
  }

  /**
   * The relative part of a name under a zone with {@code room} characters to spare: the labels
   * joined, cut to {@code room} characters (no label then ends in '-' or '.').
   */
  static String fit(List<String> labels, int room) {
    String joined = String.join(".", labels);
    if (joined.length() <= room) {
      return joined;
    }
    String cut = joined.substring(0, room);
    int end = cut.length();
    while (end > 1 && (cut.charAt(end - 1) == '.' || cut.charAt(end - 1) == '-')) {
      end--;
    }
    return cut.substring(0, end);
  }

  /**
   * A relative name of exactly {@code room} characters (labels of at most 63 characters), so that
   * the full name has exactly 253 characters when {@code room} is what the zone leaves.
   */
  static String filling(int room, char c) {
    int labels = room / (MAX_LABEL + 1) + 1;
    int letters = room - (labels - 1);
    int[] lengths = new int[labels];
    for (int i = labels - 1; i > 0; i--) {
      lengths[i] = MAX_LABEL;
    }
    lengths[0] = letters - MAX_LABEL * (labels - 1);
    if (lengths[0] == 0) {
      lengths[0] = 1;
      lengths[1] = MAX_LABEL - 1;
    }
    List<String> parts = new ArrayList<>(labels);
    for (int length : lengths) {
      parts.add(String.valueOf(c).repeat(length));
    }
    return String.join(".", parts);
  }

  /** The {@code offset}-th address of {@code range} (modulo its size), without prefix length. */
  static IPv4Address address(Cidr range, long offset) {
    IPv4Address block = range.toIpv4Block();
    long count = range.addressCount().longValue();
    return block.getLower().withoutPrefixLength().increment(Math.floorMod(offset, count));
  }

  /** Host offsets inside a range: 4 (the first address Azure hands out) to 254; shrinks to 4. */
  static Arbitrary<Integer> hostOffsets() {
    return Arbitraries.integers().between(4, 254).shrinkTowards(4);
  }
}

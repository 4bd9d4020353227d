package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The DNS generators build valid values (DNS-1..DNS-3): 10,000 tries each, every value re-parsed or
 * rebuilt through the model's validating builder and checked against what its knobs promise.
 */
class DnsValidityProperties {

  static final ResourceId VNET = ResourceId.virtualNetwork(KnobsTest.Zero.SUB, "rg", "vnet1");
  static final ResourceId HUB = ResourceId.virtualNetwork(KnobsTest.Zero.SUB, "rg", "hub");
  static final DnsName BLOB = DnsName.of("privatelink.blob.core.windows.net");

  /** The invariants of every DnsName: normalised, re-parses to itself, within the length limits. */
  static void assertNormalised(DnsName name) {
    String n = name.name();
    assertThat(n).isEqualTo(n.toLowerCase(Locale.ROOT)).doesNotEndWith(".").hasSizeBetween(1, 253);
    assertThat(DnsName.of(n)).isEqualTo(name);
    assertThat(DnsName.of(n.toUpperCase(Locale.ROOT) + ".")).isEqualTo(name);
    for (String label : n.split("\\.", -1)) {
      assertThat(label).hasSizeBetween(1, 63).doesNotStartWith("-").doesNotEndWith("-");
    }
  }

  static boolean inAnyRange(IPAddress address, List<Cidr> ranges) {
    return ranges.stream().anyMatch(r -> r.contains(address));
  }

  @Property(tries = 10_000)
  @Label("dnsNames(): short labels under a pool zone, normalised")
  void dnsNamesAreNormalisedAndUnderAPoolZone(@ForAll("names") DnsName name) {
    assertNormalised(name);
    assertThat(DnsPools.NAME_ZONES).anyMatch(z -> name.isSubdomainOf(z) && !name.equals(z));
    DnsName zone =
        DnsPools.NAME_ZONES.stream()
            .filter(name::isSubdomainOf)
            .max((a, b) -> Integer.compare(a.name().length(), b.name().length()))
            .orElseThrow();
    String relative = name.relativeTo(zone).orElseThrow();
    assertThat(relative.split("\\."))
        .hasSizeBetween(1, 2)
        .allMatch(l -> l.matches("[a-z][a-z0-9]{0,7}"));
  }

  @Provide
  Arbitrary<DnsName> names() {
    return VnetArbitraries.dnsNames();
  }

  @Property(tries = 10_000)
  @Label("dnsNames().inZone(z).withLongLabels(): under z, labels up to 63, names up to 253")
  void longNamesInAZoneStayValid(@ForAll("longNames") DnsName name) {
    assertNormalised(name);
    assertThat(name.isSubdomainOf(BLOB)).isTrue();
    assertThat(name.relativeTo(BLOB)).get().isNotEqualTo("@");
  }

  @Provide
  Arbitrary<DnsName> longNames() {
    return VnetArbitraries.dnsNames().inZone(BLOB).withLongLabels().withLabelsUpTo(6);
  }

  @Property(tries = 10_000)
  @Label("dnsNames() in a zone of 240 characters: cut to fit 253")
  void namesInALongZoneAreCutToFit(@ForAll("namesInLongZone") DnsName name) {
    assertNormalised(name);
    assertThat(name.isSubdomainOf(LONG_ZONE)).isTrue();
  }

  static final DnsName LONG_ZONE =
      DnsName.of(
          String.join(".", List.of("a".repeat(63), "b".repeat(63), "c".repeat(63), "d".repeat(47)))
              + ".net");

  @Provide
  Arbitrary<DnsName> namesInLongZone() {
    return VnetArbitraries.dnsNames().inZone(LONG_ZONE).withLongLabels();
  }

  /** Checks a zone's records: valid relative names whose full names resolve to the record. */
  static void assertRecordsResolve(PrivateDnsZone zone, List<Cidr> ranges) {
    for (Map.Entry<String, IPv4Address> r : zone.aRecords().entrySet()) {
      assertThat(r.getKey()).matches("[a-z][a-z0-9]{0,7}");
      DnsName host = DnsName.of(r.getKey() + "." + zone.name());
      assertNormalised(host);
      assertThat(host.relativeTo(zone.name())).contains(r.getKey());
      assertThat(zone.addressOf(host)).contains(r.getValue());
      assertThat(r.getValue().isMultiple()).isFalse();
      assertThat(r.getValue().getNetworkPrefixLength()).isNull();
      assertThat(inAnyRange(r.getValue(), ranges)).as("%s", r).isTrue();
    }
  }

  @Property(tries = 10_000)
  @Label("DNS-3: privateDnsZones(): private-link names, records resolving within their zone")
  void privateDnsZonesAreValid(@ForAll("zones") PrivateDnsZone zone) {
    assertThat(DnsPools.PRIVATE_LINK_ZONES).contains(zone.name());
    assertThat(zone.name().name()).startsWith("privatelink.");
    assertThat(zone.aRecords()).hasSizeLessThanOrEqualTo(3);
    assertRecordsResolve(zone, DnsPools.ENDPOINT_RANGES);
    for (IPv4Address a : zone.aRecords().values()) {
      long offset = a.longValue() - Cidr.containing(a, 24).toIpv4Block().getLower().longValue();
      assertThat(offset).isBetween(4L, 254L);
      assertThat(IpAddresses.parseIpv4(a.toString()).equals(a)).as("%s", a).isTrue();
    }
    assertThat(zone.linkedVirtualNetworkIds())
        .hasSizeLessThanOrEqualTo(2)
        .allMatch(id -> id.kind() == ResourceId.Kind.VIRTUAL_NETWORK);
    assertThat(PrivateDnsZone.builder().from(zone).build()).isEqualTo(zone);
    assertThat(zone.addressOf(DnsName.of("zz-not-a-record." + zone.name()))).isEmpty();
  }

  @Provide
  Arbitrary<PrivateDnsZone> zones() {
    return VnetArbitraries.privateDnsZones();
  }

  static final Cidr RANGE = Cidr.parse("10.1.5.0/28");

  @Property(tries = 10_000)
  @Label("DNS-1: privateDnsZones().linkedTo(vnet): always linked to it, records in the range asked")
  void linkedZonesAreLinkedToTheirVnet(@ForAll("linkedZones") PrivateDnsZone zone) {
    assertThat(zone.isLinkedTo(VNET)).isTrue();
    assertThat(zone.linkedVirtualNetworkIds()).hasSizeBetween(1, 2);
    assertThat(zone.aRecords()).hasSizeBetween(1, 5);
    assertRecordsResolve(zone, List.of(RANGE));
  }

  @Provide
  Arbitrary<PrivateDnsZone> linkedZones() {
    return VnetArbitraries.privateDnsZones()
        .linkedTo(VNET)
        .withRecords(1, 5)
        .withAddressesIn(RANGE);
  }

  @Property(tries = 10_000)
  @Label(
      "DNS-3: customDnsServers(): pool address, own records, forwarding VNet only when forwarding")
  void customDnsServersAreValid(@ForAll("servers") CustomDnsServer server) {
    assertThat(DnsPools.SERVER_ADDRESSES).contains(server.address());
    assertThat(server.address().getNetworkPrefixLength()).isNull();
    assertThat(server.aRecords()).hasSizeLessThanOrEqualTo(2);
    server.aRecords().keySet().forEach(DnsValidityProperties::assertNormalised);
    assertThat(server.aRecords().values())
        .allMatch(a -> inAnyRange(a, DnsPools.ENDPOINT_RANGES) && !a.isMultiple());
    if (server.forwardingVirtualNetworkId().isPresent()) {
      assertThat(server.forwardsToAzureDns()).isTrue();
      assertThat(server.forwardingVirtualNetworkId().get().kind())
          .isEqualTo(ResourceId.Kind.VIRTUAL_NETWORK);
    }
    assertThat(CustomDnsServer.builder().from(server).build()).isEqualTo(server);
  }

  @Provide
  Arbitrary<CustomDnsServer> servers() {
    return VnetArbitraries.customDnsServers();
  }

  @Property(tries = 10_000)
  @Label("DNS-3: customDnsServers().forwardingFrom(hub) with private-link record names")
  void forwardersForwardFromTheirVnet(@ForAll("forwarders") CustomDnsServer server) {
    assertThat(server.address().toString()).isEqualTo("10.0.0.9");
    assertThat(server.forwardsToAzureDns()).isTrue();
    assertThat(server.forwardingVirtualNetworkId()).contains(HUB);
    assertThat(server.aRecords()).hasSizeBetween(1, 3);
    assertThat(server.aRecords().keySet())
        .allMatch(n -> DnsPools.PRIVATE_LINK_ZONES.stream().anyMatch(n::isSubdomainOf));
  }

  @Provide
  Arbitrary<CustomDnsServer> forwarders() {
    return VnetArbitraries.customDnsServers()
        .withAddress(IpAddresses.parseIpv4("10.0.0.9"))
        .forwardingFrom(HUB)
        .withRecords(1, 3)
        .withRecordNames(VnetArbitraries.dnsNames().inPrivateLinkZones().withLabelsUpTo(1));
  }

  @Property(tries = 10_000)
  @Label("DNS-1..DNS-3: routingScenarios().withDns() are consistent and pass to the builder")
  void scenariosWithDnsAreConsistent(@ForAll("dnsScenarios") RoutingScenario s) {
    assertThat(ScenarioChecker.problems(s)).as("%s", s).isEmpty();
    assertThat(ScenarioChecker.dnsProblems(s)).as("%s", s).isEmpty();
    assertThat(RoutingScenario.builder().from(s).build()).isEqualTo(s);
    assertThat(s.toString()).startsWith("RoutingScenario\n  vnet vnet1 ").contains("\n  resolve [");
  }

  @Provide
  Arbitrary<RoutingScenario> dnsScenarios() {
    return VnetArbitraries.routingScenarios().withDns();
  }
}

package io.github.vnetkit.testkit;

import static io.github.vnetkit.testkit.EdgeCaseProperties.sample;
import static io.github.vnetkit.testkit.EdgeCaseProperties.share;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PrivateDnsZone;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/** The DNS arbitraries' edge cases come up, and their counterexamples shrink small. */
class DnsEdgeCaseProperties {

  @Example
  void thePrivateLinkPoolHasNoNestedZones() {
    List<DnsName> pool = DnsPools.PRIVATE_LINK_ZONES;
    assertThat(pool).doesNotHaveDuplicates().allMatch(z -> z.name().startsWith("privatelink."));
    for (DnsName a : pool) {
      for (DnsName b : pool) {
        if (!a.equals(b)) {
          assertThat(a.isSubdomainOf(b)).as("%s in %s", a, b).isFalse();
          assertThat(a.isSubdomainOf(DnsPools.publicDomain(b))).as("%s in %s", a, b).isFalse();
        }
      }
    }
  }

  @Example
  @Label("Labels of exactly 63 characters and names of exactly 253 characters come up")
  void longLabelsReachTheLimits() {
    List<DnsName> names =
        sample(
            VnetArbitraries.dnsNames().inZone(DnsName.of("contoso.com")).withLongLabels(),
            1_000,
            1L);
    assertThat(names)
        .anyMatch(n -> n.name().length() == 253)
        .anyMatch(n -> Arrays.stream(n.name().split("\\.")).anyMatch(l -> l.length() == 63))
        .anyMatch(n -> n.name().contains("-"))
        .anyMatch(n -> n.name().contains("_"))
        .anyMatch(n -> n.name().length() < 30);
  }

  @Example
  void defaultNamesCoverCorporatePublicAndPrivateLinkZones() {
    List<DnsName> names = sample(VnetArbitraries.dnsNames(), 1_000, 2L);
    assertThat(names)
        .anyMatch(n -> n.isSubdomainOf(DnsPools.CORPORATE_ZONE))
        .anyMatch(n -> n.name().contains(".privatelink."))
        .anyMatch(n -> n.isSubdomainOf(DnsName.of("database.windows.net")))
        .anyMatch(
            n -> n.relativeTo(DnsPools.CORPORATE_ZONE).filter(r -> r.contains(".")).isPresent());
    assertThat(share(names, n -> n.name().contains(".privatelink."))).isBetween(0.3, 0.7);
  }

  @Example
  void zonesComeWithAndWithoutRecordsAndLinks() {
    List<PrivateDnsZone> zones = sample(VnetArbitraries.privateDnsZones(), 1_000, 3L);
    assertThat(zones)
        .anyMatch(z -> z.aRecords().isEmpty())
        .anyMatch(z -> z.aRecords().size() == 3)
        .anyMatch(z -> z.linkedVirtualNetworkIds().isEmpty())
        .anyMatch(z -> z.linkedVirtualNetworkIds().size() == 2);
    assertThat(zones.stream().map(PrivateDnsZone::name).distinct().count())
        .isEqualTo(DnsPools.PRIVATE_LINK_ZONES.size());
  }

  @Example
  @Label("DNS-1..DNS-3: withDns() scenarios reach every kind of answer's inputs")
  void dnsScenariosCoverTheInterestingCases() {
    List<RoutingScenario> scenarios =
        sample(VnetArbitraries.routingScenarios().withDns(), 1_000, 4L);
    assertThat(scenarios)
        .anyMatch(s -> s.virtualNetwork().dnsServers().isEmpty())
        .anyMatch(s -> s.virtualNetwork().dnsServers().size() == 2)
        .anyMatch(s -> s.virtualNetwork().dnsServers().contains(IpAddresses.parse("168.63.129.16")))
        .anyMatch(s -> s.app().dnsConfiguration().isPresent())
        .anyMatch(s -> s.app().appSettings().get("WEBSITE_DNS_SERVER").isPresent())
        .anyMatch(s -> s.customDnsServers().stream().anyMatch(CustomDnsServer::forwardsToAzureDns))
        .anyMatch(
            s ->
                s.customDnsServers().stream()
                    .anyMatch(c -> c.forwardingVirtualNetworkId().isPresent()))
        .anyMatch(s -> s.customDnsServers().stream().anyMatch(c -> !c.aRecords().isEmpty()))
        .anyMatch(
            s ->
                s.privateDnsZones().stream()
                    .anyMatch(
                        z -> z.linkedVirtualNetworkIds().isEmpty() && !z.aRecords().isEmpty()));
    assertThat(share(scenarios, s -> linkedRecordNamed(s))).isGreaterThan(0.2);
    assertThat(share(scenarios, s -> s.hostNames().stream().anyMatch(n -> alias(s, n))))
        .isGreaterThan(0.05);
    assertThat(share(scenarios, s -> missingInLinkedZone(s))).isGreaterThan(0.1);
  }

  /** A host name is the full name of a record in a zone linked to the scenario VNet. */
  static boolean linkedRecordNamed(RoutingScenario s) {
    return s.hostNames().stream()
        .anyMatch(
            n ->
                s.privateDnsZones().stream()
                    .anyMatch(
                        z -> z.isLinkedTo(s.virtualNetwork().id()) && z.addressOf(n).isPresent()));
  }

  private static boolean alias(RoutingScenario s, DnsName n) {
    return s.privateDnsZones().stream()
        .anyMatch(
            z -> n.isSubdomainOf(DnsPools.publicDomain(z.name())) && !n.isSubdomainOf(z.name()));
  }

  private static boolean missingInLinkedZone(RoutingScenario s) {
    return s.hostNames().stream()
        .anyMatch(
            n ->
                s.privateDnsZones().stream()
                    .anyMatch(
                        z ->
                            z.isLinkedTo(s.virtualNetwork().id())
                                && n.isSubdomainOf(z.name())
                                && z.addressOf(n).isEmpty()));
  }

  @Example
  void dnsNamesShrinkToAShortName() {
    assertThat(Shrinking.minimal(VnetArbitraries.dnsNames(), n -> true, 5L))
        .isEqualTo(DnsName.of("a.contoso.com"));
    assertThat(
            Shrinking.minimal(
                VnetArbitraries.dnsNames().withLongLabels(), n -> n.name().length() > 100, 6L))
        .satisfies(n -> assertThat(n.name()).hasSizeLessThan(110).matches("a+\\.(a+\\.)?[a-z.]+"));
    DnsName minimal =
        Shrinking.minimal(
            VnetArbitraries.dnsNames().inPrivateLinkZones(),
            n -> n.name().split("\\.").length >= 6,
            7L);
    assertThat(minimal).isEqualTo(DnsName.of("a.a.privatelink.database.windows.net"));
  }

  @Example
  void zonesShrinkToTheFirstPoolZoneWithFewSmallRecords() {
    PrivateDnsZone minimal =
        Shrinking.minimal(VnetArbitraries.privateDnsZones(), z -> z.aRecords().size() >= 2, 8L);
    assertThat(minimal.name()).isEqualTo(DnsName.of("privatelink.database.windows.net"));
    assertThat(minimal.linkedVirtualNetworkIds()).isEmpty();
    assertThat(minimal.aRecords()).hasSize(2).containsValue(IpAddresses.parseIpv4("10.0.2.4"));
    assertThat(minimal.aRecords().keySet()).allMatch(k -> k.length() <= 2);
    assertThat(minimal.aRecords()).containsKey("a");
  }

  @Example
  void serversShrinkToAPlainServerAt10004() {
    CustomDnsServer minimal =
        Shrinking.minimal(VnetArbitraries.customDnsServers(), c -> !c.aRecords().isEmpty(), 9L);
    assertThat(minimal.address().toString()).isEqualTo("10.0.0.4");
    assertThat(minimal.forwardsToAzureDns()).isFalse();
    assertThat(minimal.forwardingVirtualNetworkId()).isEmpty();
    assertThat(minimal.aRecords())
        .containsExactly(
            java.util.Map.entry(DnsName.of("a.contoso.com"), IpAddresses.parseIpv4("10.0.2.4")));
  }

  @Example
  @Label(
      "DNS-1: a scenario resolving a linked zone's record shrinks to one zone, one record, one name")
  void dnsScenariosShrinkToOneLinkedRecord() {
    RoutingScenario minimal =
        Shrinking.minimal(
            VnetArbitraries.routingScenarios().withDns(),
            DnsEdgeCaseProperties::linkedRecordNamed,
            10L);
    assertThat(minimal.privateDnsZones()).hasSize(1);
    assertThat(minimal.customDnsServers()).isEmpty();
    assertThat(minimal.virtualNetwork().dnsServers()).isEmpty();
    assertThat(minimal.hostNames())
        .containsExactly(DnsName.of("a.privatelink.database.windows.net"));
    assertThat(minimal.toString().lines())
        .containsExactly(
            "RoutingScenario",
            "  vnet vnet1 westeurope [10.0.0.0/16]",
            "  subnet snet1 10.0.1.0/28",
            "  app a",
            "  zone privatelink.database.windows.net linked [vnet1] {a=10.0.2.4}",
            "  resolve [a.privatelink.database.windows.net]");
  }

  @Example
  void dnsScenariosShrinkToNoDns() {
    RoutingScenario minimal =
        Shrinking.minimal(VnetArbitraries.routingScenarios().withDns(), s -> true, 11L);
    assertThat(minimal.privateDnsZones()).isEmpty();
    assertThat(minimal.customDnsServers()).isEmpty();
    assertThat(minimal.hostNames()).containsExactly(DnsName.of("a.contoso.com"));
    assertThat(minimal.toString()).endsWith("\n  app a\n  resolve [a.contoso.com]");
  }
}

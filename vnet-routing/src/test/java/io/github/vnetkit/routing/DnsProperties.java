package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.testkit.RoutingScenario;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * SPEC section 7 (DNS-1..DNS-4) over generated integrations with DNS: vnet-testkit's {@code
 * routingScenarios().withDns()} (private zones linked to the app's VNet, to a peer, to both or to
 * none; custom DNS servers with records, forwarding or not; the app's own DNS servers in legacy and
 * modern form) and the host names each scenario carries.
 */
class DnsProperties {

  private static final IPAddress AZURE_DNS = IpAddresses.parse("168.63.129.16");

  @Provide
  Arbitrary<RoutingScenario> scenarios() {
    return VnetArbitraries.routingScenarios().withDns();
  }

  /** The evaluator of {@code s} with everything it carries, DNS included. */
  static RoutingEvaluator evaluator(RoutingScenario s) {
    return evaluator(s, s.virtualNetwork(), s.app());
  }

  static RoutingEvaluator evaluator(RoutingScenario s, VirtualNetwork vnet, App app) {
    RoutingEvaluator.Builder b =
        RoutingEvaluator.builder()
            .virtualNetwork(vnet)
            .site(app)
            .addAllBgpRoutes(s.bgpRoutes())
            .addAllServiceTags(s.serviceTags())
            .addPrivateDnsZones(s.privateDnsZones().toArray(PrivateDnsZone[]::new))
            .addCustomDnsServers(s.customDnsServers().toArray(CustomDnsServer[]::new));
    s.networkSecurityGroup().ifPresent(b::networkSecurityGroup);
    s.routeTable().ifPresent(b::routeTable);
    return b.build();
  }

  /** The generated app's id, plan and integration, with no DNS server of its own (nothing set). */
  static App appWithoutDnsServers(App generated) {
    return App.builder()
        .id(generated.id())
        .planId(generated.planId())
        .virtualNetworkSubnetId(generated.virtualNetworkSubnetId().orElseThrow())
        .build();
  }

  /** The scenario VNet with these DNS servers (none: Azure DNS). */
  static VirtualNetwork withDnsServers(VirtualNetwork vnet, IPAddress... servers) {
    return VirtualNetwork.builder().from(vnet).dnsServers(List.of(servers)).build();
  }

  static DnsName fullName(String relative, PrivateDnsZone zone) {
    return relative.equals("@") ? zone.name() : DnsName.of(relative + "." + zone.name());
  }

  /**
   * Whether a zone linked to {@code vnetId} holds {@code host}, or its public alias domain does.
   */
  static boolean linkedZoneCovers(RoutingScenario s, ResourceId vnetId, DnsName host) {
    return s.privateDnsZones().stream()
        .filter(z -> z.isLinkedTo(vnetId))
        .anyMatch(z -> host.isSubdomainOf(z.name()) || host.isSubdomainOf(aliasDomain(z.name())));
  }

  private static DnsName aliasDomain(DnsName zone) {
    String n = zone.name();
    return n.startsWith("privatelink.") ? DnsName.of(n.substring("privatelink.".length())) : zone;
  }

  @Property(tries = 1_000)
  @Label("DNS-1, DNS-2, DNS-4: the app asks its own DNS servers, else the VNet's, else Azure DNS")
  void dns1Dns2_theAppAsksTheServersInEffect(@ForAll("scenarios") RoutingScenario s) {
    RoutingEvaluator evaluator = evaluator(s);
    List<IPAddress> appServers = evaluator.effectiveRouting().dnsServers();
    List<IPAddress> vnetServers = s.virtualNetwork().dnsServers();
    List<IPAddress> inEffect =
        !appServers.isEmpty()
            ? appServers
            : !vnetServers.isEmpty() ? vnetServers : List.of(AZURE_DNS);
    for (DnsName host : s.hostNames()) {
      NameResolution r = evaluator.resolve(host);
      assertThat(r.hostName()).isEqualTo(host);
      assertThat(r.dnsServer()).as("%s", r).contains(inEffect.get(0));
      assertThat(r.explanation().get(0).ruleId())
          .as("%s", r)
          .isEqualTo(appServers.isEmpty() ? "DNS-1" : "DNS-2");
      assertThat(r.lookupTimeout()).isEqualTo(Duration.ofSeconds(3L * inEffect.size()));
    }
  }

  @Property(tries = 1_000)
  @Label("DNS-1, DNS-3: with Azure DNS, a record of a zone linked to the app's VNet resolves to it")
  void dns1_linkedZoneRecordsResolveToTheirPrivateAddress(@ForAll("scenarios") RoutingScenario s) {
    int checked = 0;
    VirtualNetwork vnet = withDnsServers(s.virtualNetwork());
    RoutingEvaluator evaluator = evaluator(s, vnet, appWithoutDnsServers(s.app()));
    for (PrivateDnsZone zone : s.privateDnsZones()) {
      if (!zone.isLinkedTo(vnet.id())) {
        continue;
      }
      for (Map.Entry<String, IPv4Address> record : zone.aRecords().entrySet()) {
        NameResolution r = evaluator.resolve(fullName(record.getKey(), zone));
        checked++;
        assertThat(r.kind()).as("%s", r).isEqualTo(NameResolution.Kind.PRIVATE_ADDRESS);
        assertThat(r.address()).as("%s", r).contains(record.getValue());
        assertThat(r.dnsServer()).contains(AZURE_DNS);
        assertThat(r.explanation()).extracting(Step::ruleId).startsWith("DNS-1");
      }
    }
    Statistics.label("resolved").collect(checked > 0);
    Statistics.label("resolved").coverage(c -> c.check(true).percentage(p -> p >= 20));
  }

  @Property(tries = 1_000)
  @Label("DNS-1: with Azure DNS, a zone not linked to the app's VNet gives no private address")
  void dns1_unlinkedZonesDoNotResolvePrivately(@ForAll("scenarios") RoutingScenario s) {
    int checked = 0;
    VirtualNetwork vnet = withDnsServers(s.virtualNetwork());
    RoutingEvaluator evaluator = evaluator(s, vnet, appWithoutDnsServers(s.app()));
    for (PrivateDnsZone zone : s.privateDnsZones()) {
      if (zone.isLinkedTo(vnet.id())) {
        continue;
      }
      for (String relative : zone.aRecords().keySet()) {
        DnsName host = fullName(relative, zone);
        if (linkedZoneCovers(s, vnet.id(), host)) {
          continue;
        }
        NameResolution r = evaluator.resolve(host);
        checked++;
        assertThat(r.kind()).as("%s", r).isNotEqualTo(NameResolution.Kind.PRIVATE_ADDRESS);
        assertThat(r.address()).as("%s", r).isEmpty();
      }
    }
    Statistics.label("resolved").collect(checked > 0);
    Statistics.label("resolved").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  @Property(tries = 1_000)
  @Label("DNS-1, DNS-3: a custom DNS server on the VNet answers from its own A records first")
  void dns3_aRecordInTheDnsServerResolves(@ForAll("scenarios") RoutingScenario s) {
    int checked = 0;
    for (CustomDnsServer server : s.customDnsServers()) {
      VirtualNetwork vnet = withDnsServers(s.virtualNetwork(), server.address());
      RoutingEvaluator evaluator = evaluator(s, vnet, appWithoutDnsServers(s.app()));
      for (Map.Entry<DnsName, IPv4Address> record : server.aRecords().entrySet()) {
        NameResolution r = evaluator.resolve(record.getKey());
        checked++;
        assertThat(r.dnsServer()).contains(server.address());
        assertThat(r.address()).as("%s", r).contains(record.getValue());
        assertThat(r.kind()).isEqualTo(NameResolution.Kind.PRIVATE_ADDRESS);
      }
    }
    Statistics.label("resolved").collect(checked > 0);
    Statistics.label("resolved").coverage(c -> c.check(true).percentage(p -> p >= 10));
  }

  @Property(tries = 1_000)
  @Label("DNS-3: a forwarder to Azure DNS resolves the records of zones linked to its VNet")
  void dns3_forwarderResolvesLinkedZoneRecords(@ForAll("scenarios") RoutingScenario s) {
    int checked = 0;
    for (CustomDnsServer server : s.customDnsServers()) {
      if (!server.forwardsToAzureDns()) {
        continue;
      }
      ResourceId from = server.forwardingVirtualNetworkId().orElse(s.virtualNetwork().id());
      VirtualNetwork vnet = withDnsServers(s.virtualNetwork(), server.address());
      RoutingEvaluator evaluator = evaluator(s, vnet, appWithoutDnsServers(s.app()));
      for (PrivateDnsZone zone : s.privateDnsZones()) {
        if (!zone.isLinkedTo(from)) {
          continue;
        }
        for (Map.Entry<String, IPv4Address> record : zone.aRecords().entrySet()) {
          DnsName host = fullName(record.getKey(), zone);
          if (server.aRecords().containsKey(host)) {
            continue;
          }
          NameResolution r = evaluator.resolve(host);
          checked++;
          assertThat(r.address()).as("%s", r).contains(record.getValue());
          assertThat(r.explanation()).extracting(Step::ruleId).contains("DNS-3");
        }
      }
    }
    Statistics.label("resolved").collect(checked > 0);
    Statistics.label("resolved").coverage(c -> c.check(true).percentage(p -> p >= 5));
  }

  @Property(tries = 1_000)
  @Label("DNS-3: a server without the record that does not forward gives no private address")
  void dns3_serverWithoutRecordOrForwardingMissesPrivateZones(
      @ForAll("scenarios") RoutingScenario s) {
    int checked = 0;
    for (CustomDnsServer server : s.customDnsServers()) {
      if (server.forwardsToAzureDns()) {
        continue;
      }
      VirtualNetwork vnet = withDnsServers(s.virtualNetwork(), server.address());
      RoutingEvaluator evaluator = evaluator(s, vnet, appWithoutDnsServers(s.app()));
      for (PrivateDnsZone zone : s.privateDnsZones()) {
        for (String relative : zone.aRecords().keySet()) {
          DnsName host = fullName(relative, zone);
          if (server.aRecords().containsKey(host)) {
            continue;
          }
          NameResolution r = evaluator.resolve(host);
          checked++;
          assertThat(r.dnsServer()).contains(server.address());
          assertThat(r.address()).as("%s", r).isEmpty();
        }
      }
    }
    Statistics.label("resolved").collect(checked > 0);
    Statistics.label("resolved").coverage(c -> c.check(true).percentage(p -> p >= 5));
  }

  @Property(tries = 1_000)
  @Label("DNS-1..DNS-3: resolving is deterministic and never throws for the scenario's names")
  void resolvingTwiceGivesEqualAnswers(@ForAll("scenarios") RoutingScenario s) {
    RoutingEvaluator a = evaluator(s);
    RoutingEvaluator b = evaluator(s);
    for (DnsName host : s.hostNames()) {
      NameResolution r = a.resolve(host);
      assertThat(b.resolve(host)).isEqualTo(r);
      assertThat(b.resolve(host).toString()).isEqualTo(r.toString());
      assertThat(r.address().isPresent())
          .isEqualTo(
              r.kind() == NameResolution.Kind.PRIVATE_ADDRESS
                  || r.kind() == NameResolution.Kind.PUBLIC_ADDRESS);
    }
  }
}

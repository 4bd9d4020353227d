package io.github.vnetkit.testkit;

import static io.github.vnetkit.testkit.EdgeCaseProperties.sample;
import static io.github.vnetkit.testkit.EdgeCaseProperties.share;
import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TransportProtocol;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.Label;

/**
 * The routing generators' edge cases come up often (equal prefixes from different route sources,
 * {@code 100.64.0.0/10} destinations, large tags) and their values shrink small.
 */
class RoutingEdgeCaseProperties {

  private static final List<Cidr> RESERVED =
      List.of(
          Cidr.parse("0.0.0.0/0"),
          Cidr.parse("10.0.0.0/8"),
          Cidr.parse("172.16.0.0/12"),
          Cidr.parse("192.168.0.0/16"),
          Cidr.parse("100.64.0.0/10"));

  private static final Cidr SHARED = Cidr.parse("100.64.0.0/10");

  /** The prefixes of the scenario's system routes (default, reserved, VNet, peerings, tags). */
  static Set<Cidr> systemPrefixes(RoutingScenario s) {
    Set<Cidr> prefixes = new HashSet<>(RESERVED);
    prefixes.addAll(s.virtualNetwork().addressSpaces());
    for (Peering p : s.virtualNetwork().peerings()) {
      prefixes.addAll(p.remoteAddressSpaces());
    }
    return prefixes;
  }

  static Set<Cidr> userPrefixes(RoutingScenario s) {
    Set<Cidr> prefixes = new HashSet<>();
    s.routeTable().ifPresent(t -> t.routes().forEach(r -> prefixes.add(r.addressPrefix())));
    return prefixes;
  }

  static Set<Cidr> bgpPrefixes(RoutingScenario s) {
    Set<Cidr> prefixes = new HashSet<>();
    s.bgpRoutes().forEach(r -> prefixes.add(r.addressPrefix()));
    return prefixes;
  }

  private static boolean intersect(Set<Cidr> a, Set<Cidr> b) {
    return a.stream().anyMatch(b::contains);
  }

  @Example
  @Label("NR-2: equal prefixes from user, BGP and system routes are common")
  void equalPrefixesFromDifferentSourcesAreCommon() {
    List<RoutingScenario> scenarios = sample(VnetArbitraries.routingScenarios(), 1_000, 21L);
    assertThat(share(scenarios, s -> intersect(userPrefixes(s), bgpPrefixes(s))))
        .as("user and BGP")
        .isGreaterThan(0.25);
    assertThat(share(scenarios, s -> intersect(userPrefixes(s), systemPrefixes(s))))
        .as("user and system")
        .isGreaterThan(0.25);
    assertThat(share(scenarios, s -> intersect(bgpPrefixes(s), systemPrefixes(s))))
        .as("BGP and system")
        .isGreaterThan(0.25);
    assertThat(
            share(
                scenarios,
                s -> {
                  Set<Cidr> all = new HashSet<>(userPrefixes(s));
                  all.retainAll(bgpPrefixes(s));
                  return intersect(all, systemPrefixes(s));
                }))
        .as("user, BGP and system on one prefix")
        .isGreaterThan(0.02);
  }

  @Example
  @Label("NR-2: independently drawn route tables and BGP routes share prefixes")
  void routeTablesAndBgpRoutesShareThePool() {
    List<RouteTable> tables = sample(VnetArbitraries.routeTables(), 500, 22L);
    List<List<BgpRoute>> bgp =
        sample(
            VnetArbitraries.bgpRoutes().list().ofMaxSize(8).uniqueElements(BgpRoute::addressPrefix),
            500,
            23L);
    int shared = 0;
    for (int i = 0; i < tables.size(); i++) {
      Set<Cidr> user = new HashSet<>();
      tables.get(i).routes().forEach(r -> user.add(r.addressPrefix()));
      if (bgp.get(i).stream().anyMatch(b -> user.contains(b.addressPrefix()))) {
        shared++;
      }
    }
    assertThat(shared / 500.0).isGreaterThan(0.1);
  }

  @Example
  @Label("APP-2, NR-2: flows to 100.64.0.0/10 are common; the destination knobs hold")
  void flowDestinations() {
    List<Flow> flows = sample(VnetArbitraries.flows(), 2_000, 24L);
    assertThat(share(flows, f -> SHARED.contains(f.destination()))).isGreaterThan(0.04);
    assertThat(share(flows, f -> !RoutingPools.isPublic(f.destination()))).isGreaterThan(0.3);
    assertThat(share(flows, f -> RoutingPools.isPublic(f.destination()))).isGreaterThan(0.3);
    assertThat(share(flows, f -> f.direction() == TrafficDirection.INBOUND)).isBetween(0.01, 0.25);
    assertThat(share(flows, f -> f.kind() != TrafficKind.APPLICATION)).isBetween(0.15, 0.4);
    assertThat(sample(VnetArbitraries.flows().toSharedAddressSpace(), 300, 25L))
        .allMatch(f -> SHARED.contains(f.destination()));
    assertThat(sample(VnetArbitraries.flows().toRfc1918(), 300, 26L))
        .allMatch(f -> RESERVED.subList(1, 4).stream().anyMatch(r -> r.contains(f.destination())));
    assertThat(sample(VnetArbitraries.flows().toPublic(), 300, 27L))
        .allMatch(f -> RoutingPools.isPublic(f.destination()));
    assertThat(sample(VnetArbitraries.flows().applicationTraffic(), 300, 28L))
        .allMatch(
            f -> f.kind() == TrafficKind.APPLICATION && f.direction() == TrafficDirection.OUTBOUND);
    assertThat(sample(VnetArbitraries.flows().inbound(), 100, 29L))
        .allMatch(f -> f.direction() == TrafficDirection.INBOUND);
    assertThat(sample(VnetArbitraries.flows().outbound(), 300, 29L))
        .allMatch(f -> f.direction() == TrafficDirection.OUTBOUND);
    assertThat(
            sample(
                VnetArbitraries.flows()
                    .ofKind(TrafficKind.CONTENT_SHARE, TrafficKind.KEY_VAULT_REFERENCE),
                300,
                30L))
        .allMatch(
            f ->
                f.kind() == TrafficKind.CONTENT_SHARE
                    || f.kind() == TrafficKind.KEY_VAULT_REFERENCE);
  }

  @Example
  void flowsToAPrefixIncludeItsFirstAndLastAddress() {
    Cidr subnet = Cidr.parse("10.0.1.0/26");
    List<IPv4Address> edges =
        EdgeCaseProperties.edgeCases(VnetArbitraries.flows().to(subnet)).stream()
            .map(Flow::destination)
            .toList();
    assertThat(edges)
        .contains(IpAddresses.parseIpv4("10.0.1.0"), IpAddresses.parseIpv4("10.0.1.63"));
    assertThat(sample(VnetArbitraries.flows().to(subnet), 200, 31L))
        .allMatch(f -> subnet.contains(f.destination()));
  }

  @Example
  void largeServiceTagsAppearWhenAskedFor() {
    List<RoutingScenario> large =
        sample(VnetArbitraries.routingScenarios().withLargeServiceTags(), 200, 32L);
    assertThat(
            share(
                large,
                s ->
                    s.serviceTags().stream()
                        .anyMatch(
                            t ->
                                t.addressPrefixes().size()
                                    > RoutingScenarioArbitrary.LARGE_TAG_PREFIXES)))
        .isBetween(0.1, 0.45);
    assertThat(sample(VnetArbitraries.routingScenarios(), 200, 33L))
        .allMatch(s -> s.serviceTags().stream().allMatch(t -> t.addressPrefixes().size() <= 3));
  }

  @Example
  void scenariosShrinkToTheBareIntegration() {
    RoutingScenario minimal =
        Shrinking.minimal(
            VnetArbitraries.routingScenarios().withLargeServiceTags(), s -> true, 34L);
    assertThat(minimal.networkSecurityGroup()).isEmpty();
    assertThat(minimal.routeTable()).isEmpty();
    assertThat(minimal.bgpRoutes()).isEmpty();
    assertThat(minimal.serviceTags()).isEmpty();
    assertThat(minimal.virtualNetwork().addressSpaces()).containsExactly(RoutingPools.VNET_SPACE);
    assertThat(minimal.virtualNetwork().peerings()).isEmpty();
    assertThat(minimal.subnet().addressPrefix()).isEqualTo(Cidr.parse("10.0.1.0/28"));
    assertThat(minimal.subnet().serviceEndpoints()).isEmpty();
    assertThat(minimal.subnet().natGatewayId()).isEmpty();
    assertThat(minimal.app().appSettings().isEmpty()).isTrue();
    assertThat(minimal.app().outboundVnetRouting().isEmpty()).isTrue();
    assertThat(minimal.toString().lines())
        .containsExactly(
            "RoutingScenario",
            "  vnet vnet1 westeurope [10.0.0.0/16]",
            "  subnet snet1 10.0.1.0/28",
            "  app a");
  }

  @Example
  @Label("NR-2: a user route and a BGP route on one prefix shrink to one of each")
  void equalPrefixesShrinkToOneRouteOfEachSource() {
    RoutingScenario minimal =
        Shrinking.minimal(
            VnetArbitraries.routingScenarios(),
            s -> intersect(userPrefixes(s), bgpPrefixes(s)),
            35L);
    RouteTable table = minimal.routeTable().orElseThrow();
    assertThat(table.routes()).hasSize(1);
    Route route = table.routes().get(0);
    assertThat(route.name()).isEqualTo("route1");
    assertThat(route.nextHopType()).isEqualTo(NextHopType.VIRTUAL_APPLIANCE);
    assertThat(minimal.bgpRoutes()).containsExactly(BgpRoute.of(route.addressPrefix()));
    assertThat(minimal.networkSecurityGroup()).isEmpty();
    assertThat(minimal.serviceTags()).isEmpty();
  }

  @Example
  void nsgsShrinkToFewRulesWithSmallPriorities() {
    NetworkSecurityGroup minimal =
        Shrinking.minimal(
            VnetArbitraries.networkSecurityGroups(), n -> n.securityRules().size() >= 2, 36L);
    assertThat(minimal.securityRules()).hasSize(2);
    List<String> names = new ArrayList<>();
    List<Integer> priorities = new ArrayList<>();
    for (SecurityRule r : minimal.securityRules()) {
      names.add(r.name());
      priorities.add(r.priority());
      assertThat(r.direction()).isEqualTo(TrafficDirection.OUTBOUND);
      assertThat(r.destinationAddresses()).hasSize(1);
      assertThat(r.destinationPortRanges()).hasSize(1);
    }
    assertThat(names).containsExactly("rule1", "rule2");
    assertThat(priorities).containsExactlyInAnyOrder(100, 110);
    assertThat(minimal.id().name()).isEqualTo("a");
  }

  @Example
  void flowsShrinkToAnOutboundApplicationFlowOnPort443() {
    Flow minimal = Shrinking.minimal(VnetArbitraries.flows(), f -> true, 37L);
    assertThat(minimal)
        .isEqualTo(Flow.outbound(IpAddresses.parseIpv4("0.0.0.0"), 443, TransportProtocol.TCP));
  }
}

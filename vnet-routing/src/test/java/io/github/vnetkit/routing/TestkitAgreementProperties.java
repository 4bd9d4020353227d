package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.testkit.RoutingScenario;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * vnet-testkit promises that its routing values are what {@link RoutingEvaluator.Builder} accepts
 * (it cannot depend on vnet-routing to check it itself): generated scenarios, and NSGs, route
 * tables, BGP routes and service tags generated one by one and attached to a subnet, build an
 * evaluator, and every generated flow gets a decision.
 */
class TestkitAgreementProperties {

  @Property(tries = 10_000)
  @Label("Routing scenarios pass straight to the builder; every flow gets a decision")
  void scenariosAreAccepted(@ForAll("scenarios") RoutingScenario s, @ForAll("flows") Flow flow) {
    RoutingEvaluator.Builder b =
        RoutingEvaluator.builder()
            .virtualNetwork(s.virtualNetwork())
            .site(s.app())
            .addAllBgpRoutes(s.bgpRoutes())
            .addAllServiceTags(s.serviceTags());
    s.networkSecurityGroup().ifPresent(b::networkSecurityGroup);
    s.routeTable().ifPresent(b::routeTable);
    RoutingEvaluator evaluator = b.build();
    assertThat(evaluator.subnet()).isEqualTo(s.subnet());
    RoutingDecision d = evaluator.evaluate(flow);
    assertThat(d.flow()).isEqualTo(flow);
    assertThat(d.ruleIds()).isNotEmpty();
  }

  @Property(tries = 2_000)
  @Label("Routing scenarios with DNS pass to the builder; every host name gets an answer")
  void scenariosWithDnsAreAccepted(
      @ForAll("dnsScenarios") RoutingScenario s, @ForAll("flows") Flow flow) {
    RoutingEvaluator evaluator = DnsProperties.evaluator(s);
    assertThat(evaluator.subnet()).isEqualTo(s.subnet());
    assertThat(evaluator.evaluate(flow).ruleIds()).isNotEmpty();
    for (DnsName host : s.hostNames()) {
      NameResolution r = evaluator.resolve(host);
      assertThat(r.hostName()).isEqualTo(host);
      assertThat(r.explanation()).isNotEmpty();
    }
  }

  @Provide
  Arbitrary<RoutingScenario> dnsScenarios() {
    return VnetArbitraries.routingScenarios().withDns();
  }

  @Property(tries = 2_000)
  @Label("Private zones, custom DNS servers and DNS names generated one by one are accepted")
  void standaloneDnsValuesAreAccepted(
      @ForAll("linkedZones") List<PrivateDnsZone> zones,
      @ForAll("servers") List<CustomDnsServer> servers,
      @ForAll("names") DnsName name) {
    RoutingEvaluator evaluator =
        RoutingEvaluator.builder()
            .virtualNetwork(Fixtures.vnet(Fixtures.subnet().build()))
            .site(Fixtures.app().build())
            .addPrivateDnsZones(zones.toArray(PrivateDnsZone[]::new))
            .addCustomDnsServers(servers.toArray(CustomDnsServer[]::new))
            .build();
    assertThat(evaluator.resolve(name).hostName()).isEqualTo(name);
  }

  @Provide
  Arbitrary<List<PrivateDnsZone>> linkedZones() {
    return VnetArbitraries.privateDnsZones()
        .linkedTo(Fixtures.VNET_ID)
        .list()
        .ofMaxSize(4)
        .uniqueElements(PrivateDnsZone::name);
  }

  @Provide
  Arbitrary<List<CustomDnsServer>> servers() {
    return VnetArbitraries.customDnsServers()
        .list()
        .ofMaxSize(3)
        .uniqueElements(CustomDnsServer::address);
  }

  @Provide
  Arbitrary<DnsName> names() {
    return VnetArbitraries.dnsNames();
  }

  @Provide
  Arbitrary<RoutingScenario> scenarios() {
    return VnetArbitraries.routingScenarios();
  }

  @Provide
  Arbitrary<Flow> flows() {
    return VnetArbitraries.flows();
  }

  @Property(tries = 10_000)
  @Label("NSGs, route tables, BGP routes and tags generated one by one are accepted on a subnet")
  void standaloneRoutingValuesAreAccepted(
      @ForAll("nsgs") NetworkSecurityGroup nsg,
      @ForAll("tables") RouteTable table,
      @ForAll("bgpRoutes") List<BgpRoute> bgp,
      @ForAll("tags") List<ServiceTagDefinition> tags,
      @ForAll("flows") Flow flow) {
    Subnet subnet =
        Fixtures.subnet()
            .networkSecurityGroupId(nsg.id())
            .routeTableId(table.id())
            .addServiceEndpoints("Microsoft.Storage")
            .build();
    App app = Fixtures.app().build();
    RoutingEvaluator evaluator =
        RoutingEvaluator.builder()
            .virtualNetwork(Fixtures.vnet(subnet))
            .site(app)
            .networkSecurityGroup(nsg)
            .routeTable(table)
            .addAllBgpRoutes(bgp)
            .addAllServiceTags(tags)
            .build();
    assertThat(evaluator.evaluate(flow).flow()).isEqualTo(flow);
  }

  @Provide
  Arbitrary<NetworkSecurityGroup> nsgs() {
    return VnetArbitraries.networkSecurityGroups().withRulesUpTo(20);
  }

  @Provide
  Arbitrary<RouteTable> tables() {
    return VnetArbitraries.routeTables().withRoutesUpTo(20);
  }

  @Provide
  Arbitrary<List<BgpRoute>> bgpRoutes() {
    return VnetArbitraries.bgpRoutes().list().ofMaxSize(10).uniqueElements(BgpRoute::addressPrefix);
  }

  @Provide
  Arbitrary<List<ServiceTagDefinition>> tags() {
    return VnetArbitraries.serviceTagDefinitions()
        .list()
        .ofMaxSize(4)
        .uniqueElements(ServiceTagDefinition::tag);
  }
}

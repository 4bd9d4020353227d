package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC section 6: network routing inside the VNet (NR-1..NR-5). */
class NrRulesTest {

  private static final Subnet WITH_NSG = subnet().networkSecurityGroupId(NSG_ID).build();
  private static final Subnet WITH_TABLE = subnet().routeTableId(TABLE_ID).build();

  private static Route appliance(String name, String prefix) {
    return Route.builder()
        .name(name)
        .addressPrefix(Cidr.parse(prefix))
        .nextHopType(NextHopType.VIRTUAL_APPLIANCE)
        .nextHopIpAddress(ip("10.0.100.4"))
        .build();
  }

  @Test
  @DisplayName("NR-1: rules are evaluated in ascending priority, first match wins")
  void nr1_firstMatchInPriorityOrder() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_NSG)
            .networkSecurityGroup(
                nsg(allow("allow-https", 200, "*", 443), deny("deny-web", 100, "52.0.0.0/8", 443)))
            .build();
    RoutingDecision d = e.evaluate(tcp("52.1.2.3", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(d.deniedByNsg()).isTrue();
    NsgVerdict v = d.nsgVerdict().orElseThrow();
    assertThat(v.ruleName()).isEqualTo("deny-web");
    assertThat(v.priority()).isEqualTo(100);
    assertThat(v.defaultRule()).isFalse();
    assertThat(d.sourceAddress()).isEmpty();
    assertThat(e.evaluate(tcp("40.1.2.3", 443)).nsgVerdict().orElseThrow().ruleName())
        .isEqualTo("allow-https");
  }

  @Test
  @DisplayName("NR-1: default rules 65000 AllowVnetOutBound, 65001 AllowInternetOutBound, 65500")
  void nr1_defaultRules() {
    RoutingEvaluator e = evaluator(appWithRouteAll(), WITH_NSG).networkSecurityGroup(nsg()).build();
    NsgVerdict vnet = e.evaluate(tcp("10.100.0.4", 443)).nsgVerdict().orElseThrow();
    assertThat(vnet.ruleName()).isEqualTo("AllowVnetOutBound");
    assertThat(vnet.priority()).isEqualTo(65000);
    assertThat(vnet.defaultRule()).isTrue();
    NsgVerdict internet = e.evaluate(tcp("52.1.2.3", 443)).nsgVerdict().orElseThrow();
    assertThat(internet.ruleName()).isEqualTo("AllowInternetOutBound");
    assertThat(internet.priority()).isEqualTo(65001);
    RoutingDecision outside = e.evaluate(tcp("10.9.0.1", 443));
    assertThat(outside.nsgVerdict().orElseThrow().ruleName()).isEqualTo("DenyAllOutBound");
    assertThat(outside.nsgVerdict().orElseThrow().priority()).isEqualTo(65500);
    assertThat(outside.outcome()).isEqualTo(Outcome.DROPPED);
  }

  @Test
  @DisplayName("NR-1: inbound rules never apply to the app")
  void nr1_inboundRulesNeverApply() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_NSG)
            .networkSecurityGroup(
                nsg(
                    outbound("deny-in", 100, SecurityRuleAccess.DENY)
                        .direction(TrafficDirection.INBOUND)
                        .build()))
            .build();
    assertThat(e.evaluate(tcp("52.1.2.3", 443)).nsgVerdict().orElseThrow().ruleName())
        .isEqualTo("AllowInternetOutBound");
  }

  @Test
  @DisplayName("NR-1: the NSG is in effect whatever routes exist")
  void nr1_nsgAppliesWhateverTheRoute() {
    RoutingEvaluator e =
        evaluator(
                appWithRouteAll(),
                subnet().networkSecurityGroupId(NSG_ID).routeTableId(TABLE_ID).build())
            .networkSecurityGroup(nsg(deny("deny-internet", 4096, "Internet", 443)))
            .routeTable(table().addRoutes(appliance("to-fw", "0.0.0.0/0")).build())
            .build();
    RoutingDecision d = e.evaluate(tcp("52.1.2.3", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(d.nsgVerdict().orElseThrow().ruleName()).isEqualTo("deny-internet");
    assertThat(d.route().orElseThrow().name()).contains("to-fw");
    assertThat(d.ruleIds()).containsSubsequence("NR-1", "NR-2");
  }

  @Test
  @DisplayName("NR-1: service tags stand for their prefixes; unknown tags are findings")
  void nr1_serviceTags() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_NSG)
            .networkSecurityGroup(
                nsg(
                    deny("deny-sql", 200, "Sql", 1433),
                    deny("deny-cosmos", 210, "AzureCosmosDB", 443)))
            .build();
    assertThat(e.evaluate(tcp("40.68.3.3", 1433)).nsgVerdict().orElseThrow().ruleName())
        .isEqualTo("deny-sql");
    assertThat(e.evaluate(tcp("40.69.3.3", 1433)).nsgVerdict().orElseThrow().ruleName())
        .isEqualTo("AllowInternetOutBound");
    assertThat(e.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("AzureCosmosDB", "deny-cosmos"));
  }

  @Test
  @DisplayName("NR-1 / CAP-9: a rule whose source covers only part of the subnet is reported")
  void nr1_partialSourceIsReported() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_NSG)
            .networkSecurityGroup(
                nsg(
                    outbound("deny-from-one", 100, SecurityRuleAccess.DENY)
                        .addSourceAddresses(SecurityRuleAddress.parse("10.0.1.4"))
                        .build(),
                    outbound("deny-from-subnet", 110, SecurityRuleAccess.DENY)
                        .addSourceAddresses(SecurityRuleAddress.parse("10.0.0.0/16"))
                        .addDestinationAddresses(SecurityRuleAddress.parse("10.100.0.0/16"))
                        .build()))
            .build();
    assertThat(e.evaluate(tcp("52.1.2.3", 443)).nsgVerdict().orElseThrow().ruleName())
        .isEqualTo("AllowInternetOutBound");
    assertThat(e.evaluate(tcp("10.100.1.1", 443)).nsgVerdict().orElseThrow().ruleName())
        .isEqualTo("deny-from-subnet");
    assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("CAP-9");
  }

  @Test
  @DisplayName("NR-2: the longest prefix wins")
  void nr2_longestPrefixWins() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_TABLE)
            .routeTable(
                table()
                    .addRoutes(
                        appliance("wide", "52.0.0.0/8"),
                        Route.of("narrow", Cidr.parse("52.1.0.0/16"), NextHopType.INTERNET))
                    .build())
            .build();
    assertThat(e.evaluate(tcp("52.1.2.3", 443)).route().orElseThrow().name()).contains("narrow");
    assertThat(e.evaluate(tcp("52.2.2.3", 443)).route().orElseThrow().name()).contains("wide");
    EffectiveRoute r = e.evaluate(tcp("52.1.2.3", 443)).route().orElseThrow();
    assertThat(r.source()).isEqualTo(RouteSource.USER);
    assertThat(r.routeTableId()).contains(TABLE_ID);
    assertThat(r.routeTableLabel()).isEqualTo(TABLE_ID.toString());
  }

  @Test
  @DisplayName("NR-2: on equal prefixes a user route beats BGP, and BGP beats system")
  void nr2_userOverBgpOverSystem() {
    BgpRoute bgp = BgpRoute.of(Cidr.parse("192.168.0.0/16"));
    RoutingEvaluator user =
        evaluator(appWithRouteAll(), WITH_TABLE)
            .routeTable(table().addRoutes(appliance("onprem-fw", "192.168.0.0/16")).build())
            .addBgpRoutes(bgp)
            .build();
    RoutingDecision d = user.evaluate(tcp("192.168.7.7", 443));
    assertThat(d.route().orElseThrow().source()).isEqualTo(RouteSource.USER);
    assertThat(d.explanation())
        .anySatisfy(
            s -> assertThat(s.text()).contains("user-defined route wins over the BGP route"));
    RoutingEvaluator bgpOnly =
        evaluator(appWithRouteAll(), subnet().build()).addBgpRoutes(bgp).build();
    EffectiveRoute chosen = bgpOnly.evaluate(tcp("192.168.7.7", 443)).route().orElseThrow();
    assertThat(chosen.source()).isEqualTo(RouteSource.BGP);
    assertThat(chosen.nextHopType()).isEqualTo(NextHopType.VIRTUAL_NETWORK_GATEWAY);
    assertThat(chosen.routeTableLabel()).isEqualTo("System Route");
    assertThat(bgpOnly.evaluate(tcp("192.168.7.7", 443)).explanation())
        .anySatisfy(s -> assertThat(s.text()).contains("BGP route wins over the system route"));
  }

  @Test
  @DisplayName("NR-2: VNet, peering and service endpoint system routes beat more specific BGP")
  void nr2_systemRoutesBeatMoreSpecificBgp() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), subnet().addServiceEndpoints("Microsoft.Storage").build())
            .addBgpRoutes(
                BgpRoute.of(Cidr.parse("10.0.2.0/24")),
                BgpRoute.of(Cidr.parse("10.100.5.0/24")),
                BgpRoute.of(Cidr.parse("20.38.100.0/24")),
                BgpRoute.of(Cidr.parse("10.0.0.0/16")))
            .build();
    assertThat(e.evaluate(tcp("10.0.2.9", 443)).route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VNET_LOCAL);
    assertThat(e.evaluate(tcp("10.0.200.9", 443)).route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VNET_LOCAL);
    assertThat(e.evaluate(tcp("10.100.5.9", 443)).route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VNET_PEERING);
    RoutingDecision se = e.evaluate(tcp("20.38.100.9", 443));
    assertThat(se.route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT);
    assertThat(se.explanation())
        .anySatisfy(
            s ->
                assertThat(s.text())
                    .contains("BGP route 20.38.100.0/24 is not used", "even over more specific"));
  }

  @Test
  @DisplayName("NR-2: a user route more specific than the VNet space wins over VnetLocal")
  void nr2_moreSpecificUserRouteBeatsVnetLocal() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_TABLE)
            .routeTable(
                table()
                    .addRoutes(appliance("inspect", "10.0.2.0/24"), appliance("all", "0.0.0.0/0"))
                    .build())
            .build();
    assertThat(e.evaluate(tcp("10.0.2.9", 443)).route().orElseThrow().name()).contains("inspect");
    assertThat(e.evaluate(tcp("10.0.3.9", 443)).route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VNET_LOCAL);
  }

  @Test
  @DisplayName("NR-2: a route table may disable BGP route propagation")
  void nr2_disabledBgpPropagation() {
    RouteTable disabled = table().disableBgpRoutePropagation(true).build();
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_TABLE)
            .routeTable(disabled)
            .addBgpRoutes(BgpRoute.of(Cidr.parse("172.20.0.0/16")))
            .build();
    RoutingDecision d = e.evaluate(tcp("172.20.1.1", 443));
    assertThat(d.route().orElseThrow().source()).isEqualTo(RouteSource.SYSTEM);
    assertThat(d.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.NONE);
    assertThat(d.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(d.explanation())
        .anySatisfy(s -> assertThat(s.text()).contains("disables BGP route propagation"));
    assertThat(e.effectiveRoutes()).noneMatch(r -> r.source() == RouteSource.BGP);
    RoutingEvaluator enabled =
        evaluator(appWithRouteAll(), WITH_TABLE)
            .routeTable(table().build())
            .addBgpRoutes(BgpRoute.of(Cidr.parse("172.20.0.0/16")))
            .build();
    assertThat(enabled.evaluate(tcp("172.20.1.1", 443)).outcome()).isEqualTo(Outcome.ENTERS_VNET);
  }

  @Test
  @DisplayName("NR-3: system routes for the VNet, peerings, internet and reserved ranges")
  void nr3_systemRoutes() {
    List<String> routes =
        plain(app().build()).effectiveRoutes().stream()
            .map(r -> r.addressPrefix() + " " + r.nextHopType().armName())
            .toList();
    assertThat(routes)
        .containsExactlyInAnyOrder(
            "0.0.0.0/0 Internet",
            "10.0.0.0/8 None",
            "10.0.0.0/16 VnetLocal",
            "10.100.0.0/16 VNetPeering",
            "100.64.0.0/10 None",
            "172.16.0.0/12 None",
            "192.168.0.0/16 None");
  }

  @Test
  @DisplayName("NR-3: a reserved range inside the VNet's space is not sent to None")
  void nr3_reservedRangeInsideTheVnetSpace() {
    Subnet subnet = subnet().build();
    VirtualNetwork wide =
        VirtualNetwork.builder()
            .id(VNET_ID)
            .region(Region.of("westeurope"))
            .addAddressSpaces(Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"))
            .addSubnets(subnet)
            .build();
    RoutingEvaluator e =
        RoutingEvaluator.builder().virtualNetwork(wide).site(appWithRouteAll()).build();
    assertThat(e.effectiveRoutes())
        .extracting(r -> r.addressPrefix() + " " + r.nextHopType().armName())
        .containsExactlyInAnyOrder(
            "0.0.0.0/0 Internet",
            "10.0.0.0/8 VnetLocal",
            "100.64.0.0/10 VnetLocal",
            "172.16.0.0/12 None",
            "192.168.0.0/16 None");
    assertThat(e.evaluate(tcp("100.64.1.1", 443)).outcome()).isEqualTo(Outcome.ENTERS_VNET);
  }

  @Test
  @DisplayName("NR-3: 100.64.0.0/10 versus RFC 1918 outside the VNet")
  void nr3_sharedAddressSpaceVersusRfc1918() {
    // with route-all both enter the VNet and hit a None system route
    RoutingEvaluator routed = plain(appWithRouteAll());
    for (String address : new String[] {"100.64.1.1", "10.9.1.1"}) {
      RoutingDecision d = routed.evaluate(tcp(address, 443));
      assertThat(d.outcome()).as(address).isEqualTo(Outcome.DROPPED);
      assertThat(d.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.NONE);
      assertThat(d.ruleIds()).as(address).contains("NR-3", "NR-4");
    }
    // without it, only RFC 1918 enters (APP-2); 100.64.0.0/10 goes out publicly
    RoutingEvaluator unrouted = plain(app().build());
    assertThat(unrouted.evaluate(tcp("10.9.1.1", 443)).outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(unrouted.evaluate(tcp("100.64.1.1", 443)).outcome())
        .isEqualTo(Outcome.LEAVES_PUBLICLY);
  }

  @Test
  @DisplayName("NR-4: next hops None, VirtualAppliance, VirtualNetworkGateway and Internet")
  void nr4_nextHops() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), WITH_TABLE)
            .routeTable(
                table()
                    .addRoutes(
                        Route.of("drop", Cidr.parse("52.9.0.0/16"), NextHopType.NONE),
                        appliance("fw", "52.8.0.0/16"),
                        Route.of(
                            "onprem",
                            Cidr.parse("52.7.0.0/16"),
                            NextHopType.VIRTUAL_NETWORK_GATEWAY))
                    .build())
            .build();
    RoutingDecision drop = e.evaluate(tcp("52.9.1.1", 443));
    assertThat(drop.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(drop.deniedByNsg()).isFalse();
    RoutingDecision fw = e.evaluate(tcp("52.8.1.1", 443));
    assertThat(fw.route().orElseThrow().nextHopIpAddress()).contains(ip("10.0.100.4"));
    assertThat(fw.explanation()).anySatisfy(s -> assertThat(s.text()).contains("10.0.100.4"));
    RoutingDecision gw = e.evaluate(tcp("52.7.1.1", 443));
    assertThat(gw.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(gw.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("route replies"));
    assertThat(gw.sourceAddress().orElseThrow().kind())
        .isEqualTo(SourceAddress.Kind.SUBNET_PRIVATE_ADDRESS);
    RoutingDecision internet = e.evaluate(tcp("52.6.1.1", 443));
    assertThat(internet.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.INTERNET);
    assertThat(internet.route().orElseThrow().source()).isEqualTo(RouteSource.SYSTEM);
  }

  @Test
  @DisplayName("NET-9: nothing across a peering with a classic VNet is reachable")
  void net9_classicPeeringIsUnreachable() {
    Peering classic =
        Peering.builder()
            .remoteVirtualNetworkId(ResourceId.virtualNetwork(SUB, "old", "classic-vnet"))
            .addRemoteAddressSpaces(Cidr.parse("10.200.0.0/16"))
            .remoteClassic(true)
            .build();
    VirtualNetwork vnet =
        VirtualNetwork.builder().from(vnet(subnet().build())).addPeerings(classic).build();
    RoutingEvaluator e =
        RoutingEvaluator.builder().virtualNetwork(vnet).site(app().build()).build();
    RoutingDecision d = e.evaluate(tcp("10.200.1.1", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(d.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.VNET_PEERING);
    assertThat(d.ruleIds()).containsSubsequence("NR-2", "NR-4", "NET-9");
    assertThat(d.explanation())
        .filteredOn(s -> s.ruleId().equals("NET-9"))
        .singleElement()
        .satisfies(s -> assertThat(s.text()).contains("classic-vnet", "cannot reach"));
    assertThat(d.findings())
        .filteredOn(f -> f.ruleId().equals("NET-9"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("classic-vnet"));
    // a regular peering is reachable, without NET-9
    RoutingDecision hub = e.evaluate(tcp("10.100.1.1", 443));
    assertThat(hub.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(hub.ruleIds()).doesNotContain("NET-9");
    assertThat(hub.findings()).isEmpty();
  }

  @Test
  @DisplayName("NR-5: a NAT gateway gives internet-bound VNet traffic its address")
  void nr5_natGateway() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), subnet().natGatewayId(NAT_ID).build()).build();
    RoutingDecision d = e.evaluate(tcp("52.1.2.3", 443));
    assertThat(d.sourceAddress().orElseThrow().kind()).isEqualTo(SourceAddress.Kind.NAT_GATEWAY);
    assertThat(d.sourceAddress().orElseThrow().natGatewayId()).contains(NAT_ID);
    assertThat(d.ruleIds()).endsWith("NR-5");
    assertThat(e.evaluate(tcp("10.100.1.1", 443)).sourceAddress().orElseThrow().kind())
        .isEqualTo(SourceAddress.Kind.SUBNET_PRIVATE_ADDRESS);
    // without route-all the NAT gateway is not used for public traffic (APP-3)
    assertThat(
            e.withSite(app().build())
                .evaluate(tcp("52.1.2.3", 443))
                .sourceAddress()
                .orElseThrow()
                .kind())
        .isEqualTo(SourceAddress.Kind.APP_OUTBOUND_ADDRESSES);
  }
}

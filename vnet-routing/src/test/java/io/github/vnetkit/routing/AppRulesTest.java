package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC section 4: application routing (APP-1..APP-6). */
class AppRulesTest {

  @Test
  @DisplayName("APP-1: with applicationTraffic on, public application traffic enters the VNet")
  void app1_routeAllSendsPublicTrafficIntoTheVnet() {
    RoutingDecision d = plain(appWithRouteAll()).evaluate(tcp("52.1.2.3", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(d.ruleIds()).startsWith("LEG-1", "APP-1", "APP-3");
    assertThat(d.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.INTERNET);
  }

  @Test
  @DisplayName("APP-1: allTraffic on counts as applicationTraffic on (LEG-2)")
  void app1_allTrafficTurnsApplicationRoutingOn() {
    RoutingDecision d = plain(appWithAllTraffic()).evaluate(tcp("52.1.2.3", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(d.ruleIds()).startsWith("LEG-2", "APP-1");
  }

  @Test
  @DisplayName("APP-1: the legacy site property is mapped by SwitchResolver, not here")
  void app1_legacySitePropertyCounts() {
    App app =
        app()
            .legacySiteFlags(LegacySiteFlags.builder().vnetRouteAllEnabled(TriState.ON).build())
            .build();
    assertThat(plain(app).evaluate(tcp("52.1.2.3", 443)).outcome()).isEqualTo(Outcome.ENTERS_VNET);
    App overridden =
        app()
            .legacySiteFlags(LegacySiteFlags.builder().vnetRouteAllEnabled(TriState.ON).build())
            .outboundVnetRouting(
                OutboundVnetRouting.builder().applicationTraffic(TriState.OFF).build())
            .build();
    assertThat(plain(overridden).evaluate(tcp("52.1.2.3", 443)).outcome())
        .isEqualTo(Outcome.LEAVES_PUBLICLY);
  }

  @Test
  @DisplayName("APP-2: without routing, RFC 1918 destinations enter the VNet, public ones do not")
  void app2_onlyPrivateTrafficEntersWithoutRouteAll() {
    RoutingEvaluator e = plain(app().build());
    for (String privateAddress : new String[] {"10.9.0.1", "172.16.5.5", "192.168.1.1"}) {
      RoutingDecision d = e.evaluate(tcp(privateAddress, 443));
      assertThat(d.outcome()).as(privateAddress).isIn(Outcome.ENTERS_VNET, Outcome.DROPPED);
      assertThat(d.ruleIds()).as(privateAddress).contains("APP-2", "APP-3");
    }
    RoutingDecision pub = e.evaluate(tcp("52.1.2.3", 443));
    assertThat(pub.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(pub.route()).isEmpty();
    assertThat(pub.ruleIds()).containsExactly("APP-2", "APP-2", "APP-5");
  }

  @Test
  @DisplayName("APP-2: 100.64.0.0/10 is not RFC 1918, so without routing it goes public")
  void app2_sharedAddressSpaceIsNotPrivateTraffic() {
    assertThat(plain(app().build()).evaluate(tcp("100.64.0.1", 443)).outcome())
        .isEqualTo(Outcome.LEAVES_PUBLICLY);
  }

  @Test
  @DisplayName("APP-2: traffic to a service endpoint on the subnet enters the VNet")
  void app2_serviceEndpointTrafficEntersTheVnet() {
    RoutingEvaluator e =
        evaluator(app().build(), subnet().addServiceEndpoints("Microsoft.Storage").build()).build();
    RoutingDecision d = e.evaluate(tcp("20.38.100.1", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(d.route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT);
    assertThat(d.explanation().get(1).text()).contains("Microsoft.Storage");
    // Sql has no endpoint on the subnet: public
    assertThat(e.evaluate(tcp("40.68.1.1", 1433)).outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
  }

  @Test
  @DisplayName("APP-2: a non-RFC1918 VNet address is public without routing, with a finding")
  void app2_publicVnetSpaceGoesPublicWithFinding() {
    Peering peering =
        Peering.builder()
            .remoteVirtualNetworkId(HUB_ID)
            .addRemoteAddressSpaces(Cidr.parse("20.200.0.0/16"))
            .build();
    VirtualNetwork vnet =
        VirtualNetwork.builder().from(vnet(subnet().build())).peerings(List.of(peering)).build();
    RoutingDecision d =
        RoutingEvaluator.builder()
            .virtualNetwork(vnet)
            .site(app().build())
            .build()
            .evaluate(tcp("20.200.1.1", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(d.findings()).extracting(Finding::ruleId).containsExactly("APP-2");
  }

  @Test
  @DisplayName("APP-3: only traffic that enters the VNet meets the NSG and routes")
  void app3_onlyVnetTrafficIsSubjectToNsgAndRoutes() {
    Subnet withNsgAndTable = subnetWithNsgAndTable();
    RoutingEvaluator e =
        evaluator(app().build(), withNsgAndTable)
            .networkSecurityGroup(nsg(deny("deny-all-https", 100, "*", 443)))
            .routeTable(
                table()
                    .addRoutes(Route.of("blackhole", Cidr.parse("0.0.0.0/0"), NextHopType.NONE))
                    .build())
            .build();
    RoutingDecision pub = e.evaluate(tcp("52.1.2.3", 443));
    assertThat(pub.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
    assertThat(pub.nsgVerdict()).isEmpty();
    RoutingDecision priv = e.evaluate(tcp("10.0.2.4", 443));
    assertThat(priv.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(priv.nsgVerdict().orElseThrow().ruleName()).isEqualTo("deny-all-https");
    assertThat(priv.ruleIds()).contains("APP-3", "NR-1");
  }

  @Test
  @DisplayName("APP-4: inbound flows are not affected by the integration")
  void app4_inboundIsNotApplicable() {
    Flow inbound =
        Flow.builder()
            .destination(ip("10.0.1.4"))
            .port(443)
            .protocol(TransportProtocol.TCP)
            .direction(TrafficDirection.INBOUND)
            .build();
    RoutingDecision d = plain(appWithRouteAll()).evaluate(inbound);
    assertThat(d.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(d.ruleIds()).containsExactly("APP-4");
    assertThat(d.route()).isEmpty();
    assertThat(d.sourceAddress()).isEmpty();
  }

  @Test
  @DisplayName("APP-5: VNet and peered destinations see the subnet's private address (CAP-9)")
  void app5_privateDestinationsSeeTheSubnet() {
    RoutingDecision d = plain(app().build()).evaluate(tcp("10.100.3.4", 1433));
    SourceAddress source = d.sourceAddress().orElseThrow();
    assertThat(source.kind()).isEqualTo(SourceAddress.Kind.SUBNET_PRIVATE_ADDRESS);
    assertThat(source.subnetPrefix()).contains(SUBNET_PREFIX);
    assertThat(d.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.VNET_PEERING);
  }

  @Test
  @DisplayName("APP-5: internet traffic comes from the app's outbound addresses")
  void app5_internetTrafficUsesOutboundAddresses() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), subnet().build())
            .addAppOutboundAddresses(ip("52.10.0.1"), ip("52.10.0.2"))
            .build();
    SourceAddress source = e.evaluate(tcp("52.1.2.3", 443)).sourceAddress().orElseThrow();
    assertThat(source.kind()).isEqualTo(SourceAddress.Kind.APP_OUTBOUND_ADDRESSES);
    assertThat(source.addresses()).containsExactly(ip("52.10.0.1"), ip("52.10.0.2"));
    SourceAddress unrouted =
        e.withSite(app().build()).evaluate(tcp("52.1.2.3", 443)).sourceAddress().orElseThrow();
    assertThat(unrouted.kind()).isEqualTo(SourceAddress.Kind.APP_OUTBOUND_ADDRESSES);
  }

  @Test
  @DisplayName("APP-5: a route to an appliance makes internet traffic come from the appliance")
  void app5_applianceIsTheSourceForInternetTraffic() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), subnet().routeTableId(TABLE_ID).build())
            .routeTable(
                table()
                    .addRoutes(
                        Route.builder()
                            .name("to-fw")
                            .addressPrefix(Cidr.parse("0.0.0.0/0"))
                            .nextHopType(NextHopType.VIRTUAL_APPLIANCE)
                            .nextHopIpAddress(ip("10.0.100.4"))
                            .build(),
                        Route.builder()
                            .name("to-onprem-fw")
                            .addressPrefix(Cidr.parse("192.168.0.0/16"))
                            .nextHopType(NextHopType.VIRTUAL_APPLIANCE)
                            .nextHopIpAddress(ip("10.0.100.4"))
                            .build())
                    .build())
            .build();
    RoutingDecision d = e.evaluate(tcp("52.1.2.3", 443));
    assertThat(d.sourceAddress().orElseThrow().kind())
        .isEqualTo(SourceAddress.Kind.VIRTUAL_APPLIANCE);
    assertThat(d.sourceAddress().orElseThrow().addresses()).containsExactly(ip("10.0.100.4"));
    // a private destination behind an appliance keeps the instance's address
    RoutingDecision onPrem = e.evaluate(tcp("192.168.4.4", 443));
    assertThat(onPrem.route().orElseThrow().name()).contains("to-onprem-fw");
    assertThat(onPrem.sourceAddress().orElseThrow().kind())
        .isEqualTo(SourceAddress.Kind.SUBNET_PRIVATE_ADDRESS);
  }

  @Test
  @DisplayName("APP-6: SMTP outside the integration is a warning; through it, supported")
  void app6_smtp() {
    RoutingDecision pub = plain(app().build()).evaluate(tcp("52.1.2.3", 25));
    assertThat(pub.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("APP-6");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
    RoutingDecision routed = plain(appWithRouteAll()).evaluate(tcp("52.1.2.3", 25));
    assertThat(routed.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(routed.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    // UDP 25 is not SMTP
    Flow udp = Flow.outbound(ip("52.1.2.3"), 25, TransportProtocol.UDP);
    assertThat(plain(app().build()).evaluate(udp).findings()).isEmpty();
  }

  @Test
  @DisplayName("APP-6: a dropped SMTP flow is not 'supported'; its silent drop is reported (DNS-4)")
  void app6_droppedSmtpIsNotSupported() {
    RoutingEvaluator e =
        evaluator(appWithRouteAll(), subnet().networkSecurityGroupId(NSG_ID).build())
            .networkSecurityGroup(nsg(deny("deny-smtp", 100, "*", 25)))
            .build();
    RoutingDecision d = e.evaluate(tcp("52.1.2.3", 25));
    assertThat(d.outcome()).isEqualTo(Outcome.DROPPED);
    assertThat(d.findings()).extracting(Finding::ruleId).containsExactly("DNS-4");
    // the same flow, allowed, is supported through the integration
    RoutingDecision allowed = plain(appWithRouteAll()).evaluate(tcp("52.1.2.3", 25));
    assertThat(allowed.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(allowed.findings()).extracting(Finding::ruleId).containsExactly("APP-6");
  }

  @Test
  @DisplayName("APP-2: a switch that nothing sets is off by default (APP-2), not decided by LEG-1")
  void app2_unsetApplicationSwitchCitesTheDefault() {
    RoutingDecision d = plain(app().build()).evaluate(tcp("52.1.2.3", 443));
    assertThat(d.ruleIds()).containsExactly("APP-2", "APP-2", "APP-5");
    assertThat(d.explanation().get(0).text()).contains("applicationTraffic", "off by default");
    // a switch that a source sets is still a LEG-1 decision
    assertThat(plain(appWithRouteAll()).evaluate(tcp("52.1.2.3", 443)).ruleIds())
        .startsWith("LEG-1", "APP-1");
  }

  @Test
  @DisplayName("APP-2 / NR-3: a Microsoft.Storage.Global endpoint covers the global Storage tag")
  void app2_globalStorageEndpointUsesTheGlobalTag() {
    ServiceTagDefinition storageGlobal =
        ServiceTagDefinition.of(
            ServiceTag.of("Storage"),
            List.of(Cidr.parse("20.38.96.0/19"), Cidr.parse("20.60.0.0/16")));
    RoutingEvaluator global =
        withEndpoint("Microsoft.Storage.Global", STORAGE_WEST_EUROPE, storageGlobal);
    // a storage account in another region is reached over the global endpoint
    RoutingDecision d = global.evaluate(tcp("20.60.1.1", 443));
    assertThat(d.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    assertThat(d.route().orElseThrow().nextHopType())
        .isEqualTo(NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT);
    assertThat(global.effectiveRoutes())
        .filteredOn(r -> r.nextHopType() == NextHopType.VIRTUAL_NETWORK_SERVICE_ENDPOINT)
        .extracting(r -> r.addressPrefix().toString())
        .containsExactly("20.38.96.0/19", "20.60.0.0/16");
    // the regional endpoint keeps the regional tag
    assertThat(
            withEndpoint("Microsoft.Storage", STORAGE_WEST_EUROPE, storageGlobal)
                .evaluate(tcp("20.60.1.1", 443))
                .outcome())
        .isEqualTo(Outcome.LEAVES_PUBLICLY);
    // without the global tag, the regional tags given stand for it; none is a finding
    ServiceTagDefinition storageEastUs =
        ServiceTagDefinition.of(
            ServiceTag.of("Storage.EastUS"), List.of(Cidr.parse("20.60.0.0/16")));
    assertThat(
            withEndpoint("Microsoft.Storage.Global", STORAGE_WEST_EUROPE, storageEastUs)
                .evaluate(tcp("20.60.1.1", 443))
                .outcome())
        .isEqualTo(Outcome.ENTERS_VNET);
    assertThat(withEndpoint("Microsoft.Storage.Global", SQL).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("APP-2");
              assertThat(f.message()).contains("Microsoft.Storage.Global", "Storage");
              assertThat(f.message()).doesNotContain("westeurope");
            });
  }

  private static RoutingEvaluator withEndpoint(String service, ServiceTagDefinition... tags) {
    return RoutingEvaluator.builder()
        .virtualNetwork(vnet(subnet().addServiceEndpoints(service).build()))
        .site(app().build())
        .addServiceTags(tags)
        .build();
  }

  private static Subnet subnetWithNsgAndTable() {
    return subnet().networkSecurityGroupId(NSG_ID).routeTableId(TABLE_ID).build();
  }
}

package io.github.vnetkit.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.SecurityRuleProtocol;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

/** The routing example of README.md, verbatim, with the answers the README shows. */
class ReadmeExampleTest {

  @Test
  void readmeRoutingExample() {
    String sub = "00000000-0000-0000-0000-000000000001";
    Subnet apps =
        Subnet.builder()
            .id(ResourceId.subnet(sub, "net", "vnet1", "apps"))
            .addressPrefix(Cidr.parse("10.0.1.0/26"))
            .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
            .networkSecurityGroupId(ResourceId.networkSecurityGroup(sub, "net", "apps-nsg"))
            .routeTableId(ResourceId.routeTable(sub, "net", "apps-rt"))
            .build();
    VirtualNetwork vnet =
        VirtualNetwork.builder()
            .id(ResourceId.virtualNetwork(sub, "net", "vnet1"))
            .region(Region.of("West Europe"))
            .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
            .addSubnets(apps)
            .build();
    NetworkSecurityGroup nsg =
        NetworkSecurityGroup.builder()
            .id(ResourceId.networkSecurityGroup(sub, "net", "apps-nsg"))
            .addSecurityRules(
                SecurityRule.builder()
                    .name("deny-smb")
                    .priority(200)
                    .direction(TrafficDirection.OUTBOUND)
                    .access(SecurityRuleAccess.DENY)
                    .protocol(SecurityRuleProtocol.TCP)
                    .addDestinationAddresses(SecurityRuleAddress.parse("*"))
                    .addDestinationPortRanges(PortRange.of(445))
                    .build())
            .build();
    RouteTable routes =
        RouteTable.builder()
            .id(ResourceId.routeTable(sub, "net", "apps-rt"))
            .addRoutes(
                Route.builder()
                    .name("to-firewall")
                    .addressPrefix(Cidr.parse("0.0.0.0/0"))
                    .nextHopType(NextHopType.VIRTUAL_APPLIANCE)
                    .nextHopIpAddress(IpAddresses.parseIpv4("10.0.100.4"))
                    .build())
            .build();
    App app =
        App.builder()
            .id(ResourceId.site(sub, "web", "shop"))
            .planId(ResourceId.serverFarm(sub, "web", "plan1"))
            .virtualNetworkSubnetId(apps.id())
            .appSettings(AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1").build())
            .build();

    RoutingEvaluator evaluator =
        RoutingEvaluator.builder()
            .virtualNetwork(vnet)
            .site(app)
            .networkSecurityGroup(nsg)
            .routeTable(routes)
            .addBgpRoutes(BgpRoute.of(Cidr.parse("192.168.0.0/16")))
            .build();

    RoutingDecision web =
        evaluator.evaluate(
            Flow.outbound(IpAddresses.parseIpv4("52.1.2.3"), 443, TransportProtocol.TCP));
    assertThat(web.outcome()).isEqualTo(Outcome.ENTERS_VNET);
    // the UDR's 0.0.0.0/0 is part of the VirtualNetwork service tag, as in Azure
    assertThat(web.nsgVerdict().orElseThrow().ruleName()).isEqualTo("AllowVnetOutBound");
    assertThat(web.route().orElseThrow().nextHopType()).isEqualTo(NextHopType.VIRTUAL_APPLIANCE);
    assertThat(web.sourceAddress().orElseThrow().kind())
        .isEqualTo(SourceAddress.Kind.VIRTUAL_APPLIANCE);
    assertThat(web.ruleIds())
        .containsExactly("LEG-1", "APP-1", "APP-3", "NR-1", "NR-2", "NR-2", "NR-4", "APP-5");

    RoutingDecision onPrem =
        evaluator.evaluate(
            Flow.outbound(IpAddresses.parseIpv4("192.168.10.5"), 1433, TransportProtocol.TCP));
    assertThat(onPrem.route().orElseThrow().source()).isEqualTo(RouteSource.BGP);

    RoutingDecision share =
        evaluator.evaluate(
            Flow.builder()
                .destination(IpAddresses.parseIpv4("20.60.1.1"))
                .port(443)
                .protocol(TransportProtocol.TCP)
                .kind(TrafficKind.CONTENT_SHARE)
                .build());
    assertThat(share.outcome()).isEqualTo(Outcome.LEAVES_PUBLICLY);
  }
}

package io.github.vnetkit.routing;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.SecurityRuleProtocol;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;

/** A small, documented network that the rule tests vary. */
final class Fixtures {

  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final ResourceId VNET_ID = ResourceId.virtualNetwork(SUB, "net", "vnet1");
  static final ResourceId SUBNET_ID = ResourceId.subnet(SUB, "net", "vnet1", "apps");
  static final ResourceId NSG_ID = ResourceId.networkSecurityGroup(SUB, "net", "apps-nsg");
  static final ResourceId TABLE_ID = ResourceId.routeTable(SUB, "net", "apps-rt");
  static final ResourceId NAT_ID = ResourceId.natGateway(SUB, "net", "apps-nat");
  static final ResourceId HUB_ID = ResourceId.virtualNetwork(SUB, "hub", "hub-vnet");
  static final Cidr SUBNET_PREFIX = Cidr.parse("10.0.1.0/26");
  static final ServiceTagDefinition STORAGE_WEST_EUROPE =
      ServiceTagDefinition.of(
          ServiceTag.of("Storage.WestEurope"),
          List.of(Cidr.parse("20.38.96.0/19"), Cidr.parse("20.47.8.0/24")));
  static final ServiceTagDefinition SQL =
      ServiceTagDefinition.of(ServiceTag.of("Sql"), List.of(Cidr.parse("40.68.0.0/16")));

  private Fixtures() {}

  static IPv4Address ip(String text) {
    return IpAddresses.parseIpv4(text);
  }

  static Flow tcp(String destination, int port) {
    return Flow.outbound(ip(destination), port, TransportProtocol.TCP);
  }

  static Flow flow(TrafficKind kind, String destination, int port) {
    return Flow.builder()
        .destination(ip(destination))
        .port(port)
        .protocol(TransportProtocol.TCP)
        .kind(kind)
        .build();
  }

  static Subnet.Builder subnet() {
    return Subnet.builder()
        .id(SUBNET_ID)
        .addressPrefix(SUBNET_PREFIX)
        .addDelegations(Subnet.SERVER_FARMS_DELEGATION);
  }

  static VirtualNetwork vnet(Subnet subnet) {
    return VirtualNetwork.builder()
        .id(VNET_ID)
        .region(Region.of("West Europe"))
        .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
        .addSubnets(subnet)
        .addPeerings(
            Peering.builder()
                .remoteVirtualNetworkId(HUB_ID)
                .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
                .build())
        .build();
  }

  static App.Builder app() {
    return App.builder()
        .id(ResourceId.site(SUB, "web", "shop"))
        .planId(ResourceId.serverFarm(SUB, "web", "plan1"))
        .virtualNetworkSubnetId(SUBNET_ID);
  }

  static App appWithRouteAll() {
    return app()
        .appSettings(AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1").build())
        .build();
  }

  static App appWithAllTraffic() {
    return app()
        .outboundVnetRouting(OutboundVnetRouting.builder().allTraffic(TriState.ON).build())
        .build();
  }

  static SecurityRule.Builder outbound(String name, int priority, SecurityRuleAccess access) {
    return SecurityRule.builder()
        .name(name)
        .priority(priority)
        .direction(TrafficDirection.OUTBOUND)
        .access(access);
  }

  static SecurityRule deny(String name, int priority, String destination, int port) {
    return outbound(name, priority, SecurityRuleAccess.DENY)
        .protocol(SecurityRuleProtocol.TCP)
        .addDestinationAddresses(SecurityRuleAddress.parse(destination))
        .addDestinationPortRanges(PortRange.of(port))
        .build();
  }

  static SecurityRule allow(String name, int priority, String destination, int port) {
    return outbound(name, priority, SecurityRuleAccess.ALLOW)
        .protocol(SecurityRuleProtocol.TCP)
        .addDestinationAddresses(SecurityRuleAddress.parse(destination))
        .addDestinationPortRanges(PortRange.of(port))
        .build();
  }

  static NetworkSecurityGroup nsg(SecurityRule... rules) {
    return NetworkSecurityGroup.builder().id(NSG_ID).addSecurityRules(rules).build();
  }

  static RouteTable.Builder table() {
    return RouteTable.builder().id(TABLE_ID);
  }

  /** An evaluator builder for {@code app} on the fixture VNet with the given subnet. */
  static RoutingEvaluator.Builder evaluator(App app, Subnet subnet) {
    return RoutingEvaluator.builder()
        .virtualNetwork(vnet(subnet))
        .site(app)
        .addServiceTags(STORAGE_WEST_EUROPE, SQL);
  }

  /** The plain fixture: no NSG, no route table, no endpoints. */
  static RoutingEvaluator plain(App app) {
    return evaluator(app, subnet().build()).build();
  }
}

package io.github.vnetkit.benchmarks;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PortRange;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.SecurityRuleAccess;
import io.github.vnetkit.model.SecurityRuleAddress;
import io.github.vnetkit.model.SecurityRuleProtocol;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.routing.RoutingEvaluator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The realistic worst case of the routing benchmark: 400 user routes, 100 BGP routes, 1,000 NSG
 * outbound rules (a fifth of them on service tags of 500 to 5,000 prefixes), two service endpoints
 * whose tags add thousands of system routes, five peerings, and random destinations. Everything is
 * drawn from a fixed seed, so every run measures the same inputs.
 */
final class RoutingWorkload {

  static final String SUB = "00000000-0000-0000-0000-000000000001";
  static final int USER_ROUTES = 400;
  static final int BGP_ROUTES = 100;
  static final int NSG_RULES = 1_000;

  private static final int[] PUBLIC_FIRST_OCTETS = {13, 20, 23, 40, 51, 52, 104, 137, 168, 191};
  private static final int[] PORTS = {22, 25, 53, 80, 443, 445, 1433, 3306, 5432, 8080, 9000};
  private static final Map<String, Integer> TAG_SIZES = new LinkedHashMap<>();

  static {
    TAG_SIZES.put("Storage.WestEurope", 3_000);
    TAG_SIZES.put("Sql", 2_000);
    TAG_SIZES.put("AzureCloud", 5_000);
    TAG_SIZES.put("AzureKeyVault", 500);
    TAG_SIZES.put("EventHub", 1_500);
    TAG_SIZES.put("AzureMonitor", 2_500);
  }

  final VirtualNetwork vnet;
  final App app;
  final NetworkSecurityGroup nsg;
  final RouteTable table;
  final List<BgpRoute> bgpRoutes;
  final List<ServiceTagDefinition> tags;

  RoutingWorkload(long seed) {
    Random r = new Random(seed);
    ResourceId nsgId = ResourceId.networkSecurityGroup(SUB, "net", "apps-nsg");
    ResourceId tableId = ResourceId.routeTable(SUB, "net", "apps-rt");
    Subnet subnet =
        Subnet.builder()
            .id(ResourceId.subnet(SUB, "net", "vnet1", "apps"))
            .addressPrefix(Cidr.parse("10.0.1.0/26"))
            .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
            .addServiceEndpoints("Microsoft.Storage", "Microsoft.Sql")
            .networkSecurityGroupId(nsgId)
            .routeTableId(tableId)
            .natGatewayId(ResourceId.natGateway(SUB, "net", "apps-nat"))
            .build();
    VirtualNetwork.Builder vnetBuilder =
        VirtualNetwork.builder()
            .id(ResourceId.virtualNetwork(SUB, "net", "vnet1"))
            .region(Region.of("West Europe"))
            .addAddressSpaces(Cidr.parse("10.0.0.0/16"), Cidr.parse("172.20.0.0/16"))
            .addSubnets(subnet);
    for (int i = 0; i < 5; i++) {
      vnetBuilder.addPeerings(
          Peering.builder()
              .remoteVirtualNetworkId(ResourceId.virtualNetwork(SUB, "hub", "spoke" + i))
              .addRemoteAddressSpaces(Cidr.parse("10." + (100 + i) + ".0.0/16"))
              .build());
    }
    this.vnet = vnetBuilder.build();
    this.app =
        App.builder()
            .id(ResourceId.site(SUB, "web", "shop"))
            .planId(ResourceId.serverFarm(SUB, "web", "plan1"))
            .virtualNetworkSubnetId(subnet.id())
            .outboundVnetRouting(OutboundVnetRouting.builder().allTraffic(TriState.ON).build())
            .build();

    this.tags = new ArrayList<>();
    TAG_SIZES.forEach(
        (name, size) -> {
          Set<Cidr> prefixes = new HashSet<>();
          while (prefixes.size() < size) {
            prefixes.add(publicPrefix(r, 16, 30));
          }
          tags.add(
              ServiceTagDefinition.of(ServiceTag.of(name), prefixes.stream().sorted().toList()));
        });

    RouteTable.Builder tableBuilder = RouteTable.builder().id(tableId);
    Set<Cidr> used = new HashSet<>();
    NextHopType[] types = {
      NextHopType.VIRTUAL_APPLIANCE,
      NextHopType.VIRTUAL_APPLIANCE,
      NextHopType.INTERNET,
      NextHopType.NONE,
      NextHopType.VIRTUAL_NETWORK_GATEWAY,
      NextHopType.VNET_LOCAL
    };
    for (int i = 0; used.size() < USER_ROUTES; i++) {
      Cidr prefix = r.nextBoolean() ? privatePrefix(r, 8, 30) : publicPrefix(r, 8, 30);
      if (!used.add(prefix)) {
        continue;
      }
      NextHopType type = types[r.nextInt(types.length)];
      Route.Builder route =
          Route.builder().name("udr-" + i).addressPrefix(prefix).nextHopType(type);
      if (type == NextHopType.VIRTUAL_APPLIANCE) {
        route.nextHopIpAddress(IpAddresses.parseIpv4("10.0.200." + (4 + r.nextInt(4))));
      }
      tableBuilder.addRoutes(route.build());
    }
    this.table = tableBuilder.build();

    Set<Cidr> bgp = new HashSet<>();
    while (bgp.size() < BGP_ROUTES) {
      bgp.add(r.nextInt(4) == 0 ? publicPrefix(r, 12, 24) : privatePrefix(r, 12, 28));
    }
    this.bgpRoutes = bgp.stream().sorted().map(BgpRoute::of).toList();

    NetworkSecurityGroup.Builder nsgBuilder = NetworkSecurityGroup.builder().id(nsgId);
    List<String> tagNames = new ArrayList<>(TAG_SIZES.keySet());
    for (int i = 0; i < NSG_RULES; i++) {
      SecurityRule.Builder rule =
          SecurityRule.builder()
              .name("rule-" + i)
              .priority(100 + 3 * i)
              .direction(TrafficDirection.OUTBOUND)
              .access(r.nextInt(3) == 0 ? SecurityRuleAccess.DENY : SecurityRuleAccess.ALLOW)
              .protocol(
                  r.nextInt(4) == 0
                      ? SecurityRuleProtocol.ANY
                      : r.nextInt(5) == 0 ? SecurityRuleProtocol.UDP : SecurityRuleProtocol.TCP);
      if (r.nextInt(4) == 0) {
        rule.addSourceAddresses(
            r.nextBoolean()
                ? SecurityRuleAddress.of(ServiceTag.VIRTUAL_NETWORK)
                : SecurityRuleAddress.parse("10.0.0.0/16"));
      }
      int kind = r.nextInt(10);
      if (kind < 5) {
        for (int k = 1 + r.nextInt(4); k > 0; k--) {
          rule.addDestinationAddresses(
              SecurityRuleAddress.of(
                  r.nextBoolean() ? privatePrefix(r, 8, 32) : publicPrefix(r, 8, 32)));
        }
      } else if (kind < 7) {
        rule.addDestinationAddresses(
            SecurityRuleAddress.of(ServiceTag.of(tagNames.get(r.nextInt(tagNames.size())))));
      } else if (kind == 7) {
        rule.addDestinationAddresses(SecurityRuleAddress.any());
      } else if (kind == 8) {
        rule.addDestinationAddresses(
            SecurityRuleAddress.of(
                r.nextBoolean() ? ServiceTag.VIRTUAL_NETWORK : ServiceTag.INTERNET));
      } else {
        rule.addDestinationAddresses(
            SecurityRuleAddress.of(ServiceTag.of(tagNames.get(r.nextInt(tagNames.size())))),
            SecurityRuleAddress.of(publicPrefix(r, 12, 24)));
      }
      int ports = r.nextInt(10);
      if (ports < 6) {
        rule.addDestinationPortRanges(PortRange.of(PORTS[r.nextInt(PORTS.length)]));
      } else if (ports < 8) {
        int from = 1024 + r.nextInt(30_000);
        rule.addDestinationPortRanges(PortRange.of(from, from + r.nextInt(5_000)));
      } else if (ports == 8) {
        rule.addDestinationPortRanges(
            PortRange.of(PORTS[r.nextInt(PORTS.length)]),
            PortRange.of(PORTS[r.nextInt(PORTS.length)]));
      } else {
        rule.addDestinationPortRanges(PortRange.any());
      }
      nsgBuilder.addSecurityRules(rule.build());
    }
    this.nsg = nsgBuilder.build();
  }

  RoutingEvaluator indexed() {
    return RoutingEvaluator.builder()
        .virtualNetwork(vnet)
        .site(app)
        .networkSecurityGroup(nsg)
        .routeTable(table)
        .addAllBgpRoutes(bgpRoutes)
        .addAllServiceTags(tags)
        .build();
  }

  /** {@code count} random outbound flows: RFC 1918, near the tables' prefixes, and public. */
  List<Flow> flows(long seed, int count) {
    Random r = new Random(seed);
    List<Cidr> near = new ArrayList<>();
    table.routes().forEach(route -> near.add(route.addressPrefix()));
    bgpRoutes.forEach(b -> near.add(b.addressPrefix()));
    tags.forEach(t -> near.addAll(t.addressPrefixes().subList(0, 50)));
    near.addAll(vnet.addressSpaces());
    List<Flow> flows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      IPv4Address destination;
      int kind = r.nextInt(10);
      if (kind < 4) {
        destination = inside(r, near.get(r.nextInt(near.size())));
      } else if (kind < 7) {
        destination = inside(r, privatePrefix(r, 8, 16));
      } else {
        destination = new IPv4Address(r.nextInt());
      }
      flows.add(
          Flow.builder()
              .destination(destination)
              .port(r.nextInt(4) == 0 ? 1024 + r.nextInt(40_000) : PORTS[r.nextInt(PORTS.length)])
              .protocol(r.nextInt(5) == 0 ? TransportProtocol.UDP : TransportProtocol.TCP)
              .build());
    }
    return flows;
  }

  private static IPv4Address inside(Random r, Cidr prefix) {
    long first = prefix.toIpv4Block().getLower().longValue();
    long size = 1L << (32 - prefix.prefixLength());
    return new IPv4Address((int) (first + (long) (r.nextDouble() * size)));
  }

  private static Cidr publicPrefix(Random r, int minLength, int maxLength) {
    int first = PUBLIC_FIRST_OCTETS[r.nextInt(PUBLIC_FIRST_OCTETS.length)];
    int address = (first << 24) | r.nextInt(1 << 24);
    return Cidr.containing(new IPv4Address(address), length(r, minLength, maxLength));
  }

  private static Cidr privatePrefix(Random r, int minLength, int maxLength) {
    int address =
        switch (r.nextInt(3)) {
          case 0 -> 0x0A00_0000 | r.nextInt(1 << 24);
          case 1 -> 0xAC10_0000 | r.nextInt(1 << 20);
          default -> 0xC0A8_0000 | r.nextInt(1 << 16);
        };
    int length = length(r, minLength, maxLength);
    int floor = (address & 0xFF00_0000) == 0x0A00_0000 ? 8 : (address >>> 24) == 172 ? 12 : 16;
    return Cidr.containing(new IPv4Address(address), Math.max(length, floor));
  }

  private static int length(Random r, int min, int max) {
    return min + r.nextInt(max - min + 1);
  }
}

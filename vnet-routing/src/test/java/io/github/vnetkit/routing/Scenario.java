package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.*;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Flow;
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
import io.github.vnetkit.model.TrafficKind;
import io.github.vnetkit.model.TransportProtocol;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A random but valid integration: VNet, subnet, peerings, service endpoints, NSG, route table, BGP
 * routes, service tags and app switches, drawn from pools of overlapping prefixes so that longest
 * prefix match, tie-breaks and NSG priorities all matter. Built from a seed: a failing property
 * reports the seed, which reproduces the scenario.
 */
record Scenario(
    VirtualNetwork vnet,
    App app,
    @Nullable NetworkSecurityGroup nsg,
    @Nullable RouteTable table,
    List<BgpRoute> bgpRoutes,
    List<ServiceTagDefinition> tags) {

  static final String[] SPACES = {"10.1.0.0/16", "172.20.0.0/16", "20.100.0.0/16"};
  static final String[] PEERS = {"10.100.0.0/16", "192.168.50.0/24", "10.200.0.0/15"};
  static final String[] PREFIX_POOL = {
    "0.0.0.0/0",
    "10.0.0.0/8",
    "10.0.0.0/16",
    "10.0.1.0/24",
    "10.0.2.0/24",
    "10.0.0.0/12",
    "10.100.0.0/16",
    "10.100.5.0/24",
    "172.16.0.0/12",
    "172.20.1.0/24",
    "192.168.0.0/16",
    "192.168.50.0/24",
    "192.168.7.0/24",
    "100.64.0.0/10",
    "100.64.1.0/24",
    "20.38.96.0/19",
    "20.38.100.0/24",
    "40.68.0.0/16",
    "40.68.10.0/24",
    "52.0.0.0/8",
    "52.1.0.0/16",
    "52.1.2.0/24",
    "52.1.2.3/32",
    "20.100.0.0/16",
    "20.100.3.0/24",
    "8.8.8.0/24"
  };
  static final String[] ADDRESS_POOL = {
    "*",
    "VirtualNetwork",
    "Internet",
    "Storage",
    "Sql",
    "AzureCosmosDB",
    "10.0.0.0/16",
    "10.0.1.0/27",
    "10.0.1.0/24",
    "192.168.0.0/16",
    "52.0.0.0/8",
    "40.68.10.0/24",
    "10.100.0.0/16",
    "0.0.0.0/0",
    "20.38.100.0/24"
  };
  static final String[] PORTS = {"*", "443", "445", "80-90", "1433", "25", "1000-2000", "22"};
  static final int[] FLOW_PORTS = {25, 80, 85, 443, 445, 1433, 1500, 22, 3389, 53};

  static Scenario random(long seed) {
    Random r = new Random(seed);
    Subnet.Builder subnet = subnet();
    if (r.nextBoolean()) {
      subnet.addServiceEndpoints("Microsoft.Storage");
    }
    if (r.nextInt(3) == 0) {
      subnet.addServiceEndpoints("Microsoft.Sql");
    }
    if (r.nextInt(3) == 0) {
      subnet.natGatewayId(NAT_ID);
    }
    boolean withNsg = r.nextInt(5) != 0;
    boolean withTable = r.nextInt(4) != 0;
    if (withNsg) {
      subnet.networkSecurityGroupId(NSG_ID);
    }
    if (withTable) {
      subnet.routeTableId(TABLE_ID);
    }
    VirtualNetwork.Builder vnet =
        VirtualNetwork.builder()
            .id(VNET_ID)
            .region(Region.of("West Europe"))
            .addAddressSpaces(Cidr.parse("10.0.0.0/16"))
            .addSubnets(subnet.build());
    for (String space : SPACES) {
      if (r.nextInt(3) == 0) {
        vnet.addAddressSpaces(Cidr.parse(space));
      }
    }
    int peer = 0;
    for (String space : PEERS) {
      if (r.nextBoolean()) {
        vnet.addPeerings(
            Peering.builder()
                .remoteVirtualNetworkId(ResourceId.virtualNetwork(SUB, "hub", "peer" + peer++))
                .addRemoteAddressSpaces(Cidr.parse(space))
                .remoteClassic(r.nextInt(6) == 0)
                .build());
      }
    }
    NetworkSecurityGroup nsg = withNsg ? randomNsg(r) : null;
    RouteTable table = withTable ? randomTable(r) : null;
    List<BgpRoute> bgp = new ArrayList<>();
    for (String p : pick(r, PREFIX_POOL, r.nextInt(8))) {
      BgpRoute.Builder b = BgpRoute.builder().addressPrefix(Cidr.parse(p));
      if (r.nextBoolean()) {
        b.nextHopIpAddress(ip("10.0.255." + (1 + r.nextInt(9))));
      }
      bgp.add(b.build());
    }
    List<ServiceTagDefinition> tags = new ArrayList<>();
    List<Cidr> storage = new ArrayList<>();
    storage.add(Cidr.parse("20.38.96.0/19"));
    storage.add(Cidr.parse("20.47.8.0/24"));
    if (r.nextInt(4) == 0) {
      // a large tag: thousands of system routes and NSG ranges, so the indexes grow
      for (int i = 0; i < 1_500; i++) {
        storage.add(
            Cidr.containing(new IPv4Address((20 << 24) | r.nextInt(1 << 24)), 16 + r.nextInt(15)));
      }
    }
    tags.add(
        ServiceTagDefinition.of(
            ServiceTag.of("Storage.WestEurope"), storage.stream().distinct().toList()));
    if (r.nextBoolean()) {
      tags.add(
          ServiceTagDefinition.of(
              ServiceTag.of("Sql"),
              List.of(Cidr.parse("40.68.0.0/16"), Cidr.parse("52.1.2.0/24"))));
    }
    App app = Fixtures.app().outboundVnetRouting(randomRouting(r)).build();
    return new Scenario(vnet.build(), app, nsg, table, bgp, tags);
  }

  private static OutboundVnetRouting randomRouting(Random r) {
    TriState[] values = TriState.values();
    return OutboundVnetRouting.builder()
        .allTraffic(r.nextInt(4) == 0 ? TriState.ON : TriState.UNSET)
        .applicationTraffic(values[r.nextInt(3)])
        .imagePullTraffic(values[r.nextInt(3)])
        .contentShareTraffic(values[r.nextInt(3)])
        .backupRestoreTraffic(values[r.nextInt(3)])
        .build();
  }

  private static NetworkSecurityGroup randomNsg(Random r) {
    NetworkSecurityGroup.Builder nsg = NetworkSecurityGroup.builder().id(NSG_ID);
    Set<Integer> priorities = new HashSet<>();
    int count = r.nextInt(16);
    SecurityRuleProtocol[] protocols = SecurityRuleProtocol.values();
    for (int i = 0; i < count; i++) {
      int priority = 100 + r.nextInt(60) * 10;
      if (!priorities.add(priority)) {
        continue;
      }
      SecurityRule.Builder rule =
          SecurityRule.builder()
              .name("rule-" + i)
              .priority(priority)
              .direction(r.nextInt(6) == 0 ? TrafficDirection.INBOUND : TrafficDirection.OUTBOUND)
              .access(r.nextBoolean() ? SecurityRuleAccess.ALLOW : SecurityRuleAccess.DENY)
              .protocol(
                  r.nextInt(3) == 0
                      ? protocols[r.nextInt(protocols.length)]
                      : SecurityRuleProtocol.TCP);
      if (r.nextInt(4) == 0) {
        for (String a : pick(r, ADDRESS_POOL, 1 + r.nextInt(2))) {
          rule.addSourceAddresses(SecurityRuleAddress.parse(a));
        }
      }
      if (r.nextInt(8) == 0) {
        rule.addSourcePortRanges(PortRange.parse("1024-65535"));
      }
      for (String a : pick(r, ADDRESS_POOL, 1 + r.nextInt(3))) {
        rule.addDestinationAddresses(SecurityRuleAddress.parse(a));
      }
      for (String p : pick(r, PORTS, 1 + r.nextInt(2))) {
        rule.addDestinationPortRanges(PortRange.parse(p));
      }
      nsg.addSecurityRules(rule.build());
    }
    return nsg.build();
  }

  private static RouteTable randomTable(Random r) {
    RouteTable.Builder table = Fixtures.table().disableBgpRoutePropagation(r.nextInt(4) == 0);
    NextHopType[] types = {
      NextHopType.VNET_LOCAL,
      NextHopType.VIRTUAL_NETWORK_GATEWAY,
      NextHopType.INTERNET,
      NextHopType.VIRTUAL_APPLIANCE,
      NextHopType.NONE
    };
    int i = 0;
    for (String p : pick(r, PREFIX_POOL, r.nextInt(10))) {
      NextHopType type = types[r.nextInt(types.length)];
      Route.Builder route =
          Route.builder().name("route-" + i++).addressPrefix(Cidr.parse(p)).nextHopType(type);
      if (type == NextHopType.VIRTUAL_APPLIANCE) {
        route.nextHopIpAddress(ip("10.0.100." + (4 + r.nextInt(3))));
      }
      table.addRoutes(route.build());
    }
    return table.build();
  }

  private static List<String> pick(Random r, String[] pool, int count) {
    List<String> all = new ArrayList<>(List.of(pool));
    Collections.shuffle(all, r);
    return all.subList(0, Math.min(count, all.size()));
  }

  /** Flows to interesting destinations: inside and around every prefix of the pools. */
  List<Flow> flows(long seed, int count) {
    Random r = new Random(seed);
    List<Flow> flows = new ArrayList<>(count);
    TrafficKind[] kinds = TrafficKind.values();
    for (int i = 0; i < count; i++) {
      flows.add(
          Flow.builder()
              .destination(destination(r))
              .port(FLOW_PORTS[r.nextInt(FLOW_PORTS.length)])
              .protocol(r.nextInt(4) == 0 ? TransportProtocol.UDP : TransportProtocol.TCP)
              .direction(r.nextInt(20) == 0 ? TrafficDirection.INBOUND : TrafficDirection.OUTBOUND)
              .kind(r.nextInt(3) == 0 ? kinds[r.nextInt(kinds.length)] : TrafficKind.APPLICATION)
              .destinationBlocksPublicAccess(r.nextInt(4) == 0)
              .build());
    }
    return flows;
  }

  static IPv4Address destination(Random r) {
    if (r.nextInt(6) == 0) {
      return new IPv4Address(r.nextInt());
    }
    String[] pool =
        r.nextBoolean()
            ? PREFIX_POOL
            : new String[] {
              "10.0.1.0/26", "10.9.0.0/16", "20.47.8.0/24", "100.127.0.0/16", "20.0.0.0/8"
            };
    Cidr prefix = Cidr.parse(pool[r.nextInt(pool.length)]);
    long first = prefix.toIpv4Block().getLower().longValue();
    long size = 1L << (32 - prefix.prefixLength());
    return new IPv4Address((int) (first + (long) (r.nextDouble() * size)));
  }

  /** The same inputs with every list shuffled. */
  Scenario shuffled(long seed) {
    Random r = new Random(seed);
    NetworkSecurityGroup n = nsg;
    if (n != null) {
      List<SecurityRule> rules = new ArrayList<>(n.securityRules());
      Collections.shuffle(rules, r);
      n = NetworkSecurityGroup.builder().id(n.id()).addAllSecurityRules(rules).build();
    }
    RouteTable t = table;
    if (t != null) {
      List<Route> routes = new ArrayList<>(t.routes());
      Collections.shuffle(routes, r);
      t = RouteTable.builder().from(t).routes(routes).build();
    }
    List<BgpRoute> b = new ArrayList<>(bgpRoutes);
    Collections.shuffle(b, r);
    List<ServiceTagDefinition> d = new ArrayList<>();
    for (ServiceTagDefinition def : tags) {
      List<Cidr> prefixes = new ArrayList<>(def.addressPrefixes());
      Collections.shuffle(prefixes, r);
      d.add(ServiceTagDefinition.of(def.tag(), prefixes));
    }
    Collections.shuffle(d, r);
    List<Peering> peerings = new ArrayList<>(vnet.peerings());
    Collections.shuffle(peerings, r);
    List<Cidr> spaces = new ArrayList<>(vnet.addressSpaces());
    Collections.shuffle(spaces, r);
    VirtualNetwork v =
        VirtualNetwork.builder().from(vnet).peerings(peerings).addressSpaces(spaces).build();
    return new Scenario(v, app, n, t, b, d);
  }

  RoutingEvaluator evaluator() {
    RoutingEvaluator.Builder b =
        RoutingEvaluator.builder()
            .virtualNetwork(vnet)
            .site(app)
            .addAllBgpRoutes(bgpRoutes)
            .addAllServiceTags(tags)
            .addAppOutboundAddresses(ip("52.10.0.1"));
    if (nsg != null) {
      b.networkSecurityGroup(nsg);
    }
    if (table != null) {
      b.routeTable(table);
    }
    return b.build();
  }

  Subnet subnetModel() {
    return vnet.subnets().get(0);
  }

  Map<ServiceTag, ServiceTagDefinition> tagMap() {
    Map<ServiceTag, ServiceTagDefinition> map = new LinkedHashMap<>();
    tags.forEach(t -> map.put(t.tag(), t));
    return map;
  }
}

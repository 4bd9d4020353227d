package io.github.vnetkit.routing;

import static io.github.vnetkit.routing.Fixtures.ip;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.testkit.RoutingScenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * One integration as the routing properties use it: VNet, app, NSG, route table, BGP routes and
 * service tags, taken from a vnet-testkit {@link RoutingScenario} (whose generator draws prefixes
 * from pools that overlap on purpose, so that longest prefix match, tie-breaks and NSG priorities
 * all matter), with helpers to permute it and to build its evaluator.
 */
record Scenario(
    VirtualNetwork vnet,
    App app,
    @Nullable NetworkSecurityGroup nsg,
    @Nullable RouteTable table,
    List<BgpRoute> bgpRoutes,
    List<ServiceTagDefinition> tags) {

  static Scenario of(RoutingScenario s) {
    return new Scenario(
        s.virtualNetwork(),
        s.app(),
        s.networkSecurityGroup().orElse(null),
        s.routeTable().orElse(null),
        s.bgpRoutes(),
        s.serviceTags());
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

package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.CustomDnsServer;
import io.github.vnetkit.model.DnsName;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PrivateDnsZone;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.SecurityRule;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One integrated app and everything {@code RoutingEvaluator} needs about its integration subnet:
 * the VNet (with peerings and service endpoints), the subnet's NSG and route table when the subnet
 * has them, the BGP routes the gateway learned and the service tag definitions, as {@link
 * VnetArbitraries#routingScenarios()} generates them; with {@link
 * RoutingScenarioArbitrary#withDns()} also what name resolution needs (SPEC DNS-1..DNS-3): private
 * DNS zones, descriptions of custom DNS servers, and host names worth resolving.
 *
 * <p>The value checks that the app is integrated with a subnet of the VNet, that the NSG and route
 * table given are exactly the ones that subnet names, and that no two private zones share a name
 * and no two custom DNS servers an address; so a scenario passes straight to the evaluator's
 * builder. {@link #toString()} renders a compact outline, one line per part.
 *
 * <pre>{@code
 * RoutingEvaluator.Builder b = RoutingEvaluator.builder()
 *     .virtualNetwork(scenario.virtualNetwork())
 *     .site(scenario.app())
 *     .addAllBgpRoutes(scenario.bgpRoutes())
 *     .addAllServiceTags(scenario.serviceTags())
 *     .addPrivateDnsZones(scenario.privateDnsZones().toArray(PrivateDnsZone[]::new))
 *     .addCustomDnsServers(scenario.customDnsServers().toArray(CustomDnsServer[]::new));
 * scenario.networkSecurityGroup().ifPresent(b::networkSecurityGroup);
 * scenario.routeTable().ifPresent(b::routeTable);
 * RoutingEvaluator evaluator = b.build();
 * scenario.hostNames().forEach(name -> evaluator.resolve(name));
 * }</pre>
 */
@Value.Immutable
public abstract class RoutingScenario {

  RoutingScenario() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoutingScenario}. */
  public static final class Builder extends ImmutableRoutingScenario.Builder {
    Builder() {}
  }

  /** The virtual network that holds the integration subnet. */
  public abstract VirtualNetwork virtualNetwork();

  /** The integrated app. */
  public abstract App app();

  /** The integration subnet's NSG; present exactly when the subnet names one. */
  public abstract Optional<NetworkSecurityGroup> networkSecurityGroup();

  /** The integration subnet's route table; present exactly when the subnet names one. */
  public abstract Optional<RouteTable> routeTable();

  /** The BGP routes learned by the VNet's gateway, one per prefix. */
  public abstract List<BgpRoute> bgpRoutes();

  /** Service tag definitions for NSG rules and service endpoints, one per tag. */
  public abstract List<ServiceTagDefinition> serviceTags();

  /**
   * Azure DNS private zones (DNS-1, DNS-3), one per name; empty unless generated {@link
   * RoutingScenarioArbitrary#withDns() withDns()}.
   */
  public abstract List<PrivateDnsZone> privateDnsZones();

  /**
   * What is known of custom DNS servers the VNet or the app names (DNS-1..DNS-3), one per address;
   * empty unless generated {@link RoutingScenarioArbitrary#withDns() withDns()}.
   */
  public abstract List<CustomDnsServer> customDnsServers();

  /**
   * Host names worth resolving in this scenario: records of the zones and servers, their public
   * aliases, names a linked zone lacks, names no zone holds; empty unless generated {@link
   * RoutingScenarioArbitrary#withDns() withDns()}.
   */
  public abstract List<DnsName> hostNames();

  /** The app's integration subnet. */
  public final Subnet subnet() {
    return integrationSubnet()
        .orElseThrow(() -> new IllegalStateException("checked on construction"));
  }

  private Optional<Subnet> integrationSubnet() {
    return app().virtualNetworkSubnetId().flatMap(virtualNetwork()::subnet);
  }

  @Value.Check
  void check() {
    Optional<ResourceId> subnetId = app().virtualNetworkSubnetId();
    checkArgument(subnetId.isPresent(), "app '%s' must be integrated with a subnet", app().id());
    Optional<Subnet> subnet = integrationSubnet();
    checkArgument(
        subnet.isPresent(),
        "app '%s' is integrated with subnet '%s', which is not a subnet of virtual network '%s'",
        app().id(),
        subnetId.get(),
        virtualNetwork().id());
    Subnet s = subnet.get();
    checkArgument(
        s.networkSecurityGroupId().equals(networkSecurityGroup().map(NetworkSecurityGroup::id)),
        "networkSecurityGroup (%s) must be the one subnet '%s' names (%s)",
        networkSecurityGroup().map(NetworkSecurityGroup::id),
        s.id(),
        s.networkSecurityGroupId());
    checkArgument(
        s.routeTableId().equals(routeTable().map(RouteTable::id)),
        "routeTable (%s) must be the one subnet '%s' names (%s)",
        routeTable().map(RouteTable::id),
        s.id(),
        s.routeTableId());
    Set<DnsName> zones = new HashSet<>();
    for (PrivateDnsZone z : privateDnsZones()) {
      checkArgument(zones.add(z.name()), "private DNS zone %s is listed twice", z.name());
    }
    Set<Object> servers = new HashSet<>();
    for (CustomDnsServer c : customDnsServers()) {
      checkArgument(servers.add(c.address()), "custom DNS server %s is listed twice", c.address());
    }
  }

  /** A compact outline: the VNet, subnet, app, NSG rules, routes, BGP routes and tags. */
  @Override
  public String toString() {
    VirtualNetwork v = virtualNetwork();
    Subnet s = subnet();
    StringBuilder sb = new StringBuilder("RoutingScenario");
    sb.append("\n  vnet ")
        .append(v.name())
        .append(' ')
        .append(v.region())
        .append(' ')
        .append(v.addressSpaces());
    if (!v.dnsServers().isEmpty()) {
      sb.append(" dns ").append(v.dnsServers());
    }
    for (Peering p : v.peerings()) {
      sb.append("\n    peering ")
          .append(p.remoteVirtualNetworkId().name())
          .append(' ')
          .append(p.remoteAddressSpaces())
          .append(p.remoteClassic() ? " classic" : "");
    }
    sb.append("\n  subnet ").append(s.name()).append(' ').append(s.addressPrefix());
    if (!s.serviceEndpoints().isEmpty()) {
      sb.append(" endpoints ").append(s.serviceEndpoints());
    }
    s.natGatewayId().ifPresent(id -> sb.append(" nat ").append(id.name()));
    App a = app();
    sb.append("\n  app ").append(a.name());
    if (!a.appSettings().isEmpty()) {
      sb.append(' ').append(a.appSettings());
    }
    if (!a.legacySiteFlags().isEmpty()) {
      sb.append(' ').append(a.legacySiteFlags());
    }
    if (!a.outboundVnetRouting().isEmpty()) {
      sb.append(' ').append(a.outboundVnetRouting());
    }
    a.dnsConfiguration().ifPresent(d -> sb.append(" dns ").append(d.dnsServers()));
    networkSecurityGroup()
        .ifPresent(
            nsg -> {
              sb.append("\n  nsg ").append(nsg.id().name());
              for (SecurityRule r : nsg.securityRules()) {
                sb.append("\n    ")
                    .append(r.name())
                    .append(' ')
                    .append(r.priority())
                    .append(' ')
                    .append(r.direction())
                    .append(' ')
                    .append(r.access())
                    .append(' ')
                    .append(r.protocol())
                    .append(' ')
                    .append(r.sourceAddresses())
                    .append(':')
                    .append(r.sourcePortRanges())
                    .append(" -> ")
                    .append(r.destinationAddresses())
                    .append(':')
                    .append(r.destinationPortRanges());
              }
            });
    routeTable()
        .ifPresent(
            rt -> {
              sb.append("\n  route table ").append(rt.id().name());
              if (rt.disableBgpRoutePropagation()) {
                sb.append(" (BGP propagation disabled)");
              }
              for (Route r : rt.routes()) {
                sb.append("\n    ")
                    .append(r.name())
                    .append(' ')
                    .append(r.addressPrefix())
                    .append(" -> ")
                    .append(r.nextHopType().armName())
                    .append(r.nextHopIpAddress().map(ip -> " " + ip).orElse(""));
              }
            });
    for (BgpRoute b : bgpRoutes()) {
      sb.append("\n  bgp ")
          .append(b.addressPrefix())
          .append(b.nextHopIpAddress().map(ip -> " -> " + ip).orElse(""));
    }
    for (ServiceTagDefinition t : serviceTags()) {
      List<?> prefixes = t.addressPrefixes();
      sb.append("\n  tag ").append(t.tag()).append(' ');
      if (prefixes.size() <= 4) {
        sb.append(prefixes);
      } else {
        sb.append(prefixes.subList(0, 3))
            .append(" and ")
            .append(prefixes.size() - 3)
            .append(" more");
      }
    }
    for (PrivateDnsZone z : privateDnsZones()) {
      sb.append("\n  zone ").append(z.name()).append(" linked ");
      sb.append(z.linkedVirtualNetworkIds().stream().map(ResourceId::name).sorted().toList());
      if (!z.aRecords().isEmpty()) {
        sb.append(' ').append(new TreeMap<>(z.aRecords()));
      }
    }
    for (CustomDnsServer c : customDnsServers()) {
      sb.append("\n  dns server ").append(c.address());
      if (c.forwardsToAzureDns()) {
        sb.append(" forwards to Azure DNS");
        c.forwardingVirtualNetworkId().ifPresent(id -> sb.append(" from ").append(id.name()));
      }
      if (!c.aRecords().isEmpty()) {
        sb.append(' ').append(new TreeMap<>(c.aRecords()));
      }
    }
    if (!hostNames().isEmpty()) {
      sb.append("\n  resolve ").append(hostNames());
    }
    return sb.toString();
  }
}

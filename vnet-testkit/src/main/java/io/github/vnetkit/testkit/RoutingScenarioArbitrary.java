package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.BgpRoute;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.NetworkSecurityGroup;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PeeringScope;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.RouteTable;
import io.github.vnetkit.model.ServiceTag;
import io.github.vnetkit.model.ServiceTagDefinition;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link RoutingScenario}s: an integrated app with its VNet, subnet, NSG, route table,
 * BGP routes and service tag definitions, consistent with each other, drawn so that the routing
 * rules' interesting cases are common:
 *
 * <ul>
 *   <li>the VNet has address space {@code 10.0.0.0/16} (the subnet, /24 to /28, is at {@code
 *       10.0.1.0}) and sometimes {@code 10.1.0.0/16}, {@code 172.20.0.0/16} or the public {@code
 *       20.100.0.0/16}; peerings to {@code 10.100.0.0/16}, {@code 192.168.50.0/24} or {@code
 *       10.200.0.0/15}, the remote VNet sometimes classic (NET-9);
 *   <li>user routes and BGP routes come from one prefix pool that holds the system routes' own
 *       prefixes ({@code 0.0.0.0/0}, RFC 1918, {@code 100.64.0.0/10}, the address spaces above, the
 *       service tag ranges), so equal prefixes from different sources are common; in one scenario
 *       in three a BGP route repeats the first user route's prefix exactly (NR-2's user-over-BGP
 *       tie-break);
 *   <li>the subnet has service endpoints (Storage, Sql, ...) matched by regional or global tag
 *       definitions, sometimes a NAT gateway; the NSG's rules mix service tags and prefixes; BGP
 *       propagation is sometimes disabled;
 *   <li>the app's routing comes in legacy, modern and mixed form (see {@link
 *       VnetArbitraries#apps()}).
 * </ul>
 *
 * <p>By default up to 15 NSG rules, 10 user routes, 8 BGP routes and 3 tag definitions of up to 3
 * prefixes. Shrinks towards a VNet {@code 10.0.0.0/16} with one /28 subnet, no NSG, no route table,
 * no BGP routes, no tags, and an app with nothing set. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.routingScenarios().withRulesUpTo(40).withRoutesUpTo(20).withLargeServiceTags();
 * VnetArbitraries.routingScenarios().withDns(); // private zones, custom DNS servers, names (DNS-1..3)
 * }</pre>
 */
public final class RoutingScenarioArbitrary extends ArbitraryDecorator<RoutingScenario> {

  /** How many prefixes the bulk of a large service tag has. */
  static final int LARGE_TAG_PREFIXES = 1_500;

  private static final Cidr SUBNET_BASE = Cidr.parse("10.0.1.0/24");

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private int maxRules = 15;
    private int maxRoutes = 10;
    private int maxBgpRoutes = 8;
    private boolean largeTags;
    private boolean dns;

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.maxRules = maxRules;
      s.maxRoutes = maxRoutes;
      s.maxBgpRoutes = maxBgpRoutes;
      s.largeTags = largeTags;
      s.dns = dns;
      change.accept(s);
      return s;
    }
  }

  private final Settings settings;

  RoutingScenarioArbitrary() {
    this(new Settings());
  }

  private RoutingScenarioArbitrary(Settings settings) {
    this.settings = settings;
  }

  /**
   * Zero to {@code max} NSG rules (when the subnet has an NSG).
   *
   * @throws IllegalArgumentException unless {@code 0 <= max <= 400}
   */
  public RoutingScenarioArbitrary withRulesUpTo(int max) {
    NetworkSecurityGroupArbitrary.checkMaxRules(max);
    return new RoutingScenarioArbitrary(settings.with(s -> s.maxRules = max));
  }

  /**
   * Zero to {@code max} user routes (when the subnet has a route table).
   *
   * @throws IllegalArgumentException unless {@code 0 <= max <= 400}
   */
  public RoutingScenarioArbitrary withRoutesUpTo(int max) {
    RouteTableArbitrary.checkMaxRoutes(max);
    return new RoutingScenarioArbitrary(settings.with(s -> s.maxRoutes = max));
  }

  /**
   * Zero to {@code max} BGP routes.
   *
   * @throws IllegalArgumentException unless {@code 0 <= max <= 1,000}
   */
  public RoutingScenarioArbitrary withBgpRoutesUpTo(int max) {
    checkArgument(max >= 0 && max <= 1_000, "BGP routes (%s) must be between 0 and 1000", max);
    return new RoutingScenarioArbitrary(settings.with(s -> s.maxBgpRoutes = max));
  }

  /**
   * In one scenario in four, a service tag also has 1,500 further prefixes inside {@code
   * 20.0.0.0/8} (thousands of system routes and NSG ranges, so that an implementation's indexes
   * grow); shrinks towards the small tag.
   */
  public RoutingScenarioArbitrary withLargeServiceTags() {
    return new RoutingScenarioArbitrary(settings.with(s -> s.largeTags = true));
  }

  /**
   * Scenarios that also carry what name resolution needs (SPEC DNS-1..DNS-3): zero to three private
   * zones from the private-link pool ({@code privatelink.database.windows.net}, ...), each linked
   * to the scenario VNet, to {@code peer1}, to both or to none, with zero to three A records at
   * {@code 10.0.2.x} (a subnet of the VNet) or {@code 10.100.2.x} (the peer's); the VNet's DNS
   * servers: none (Azure DNS) most often, {@code 10.0.0.4}, {@code 10.0.0.4} and {@code 10.0.0.5},
   * or {@code 168.63.129.16}; descriptions of {@code 10.0.0.4} and {@code 10.0.0.5} (sometimes
   * missing, so that the answer is unknown) with records of their own and forwarding to Azure DNS
   * from the app's VNet or from {@code peer1}; and one to four {@link RoutingScenario#hostNames()}:
   * zone records' names, their public aliases ({@code shop.database.windows.net}), names a zone
   * lacks and names no zone holds. The app's own DNS servers ({@code dnsConfiguration}, {@code
   * WEBSITE_DNS_SERVER}) come from {@link VnetArbitraries#apps()} as before (DNS-2). Shrinks
   * towards no zones, no VNet DNS servers and one name, {@code a.contoso.com}. Without this knob
   * scenarios carry no DNS and are generated exactly as before.
   */
  public RoutingScenarioArbitrary withDns() {
    return new RoutingScenarioArbitrary(settings.with(s -> s.dns = true));
  }

  private record PeeringGene(boolean classic, PeeringScope scope) {}

  private record NetworkGene(
      String subscription,
      int region,
      List<Boolean> extraSpaces,
      int subnetPrefix,
      List<String> endpoints,
      boolean nat,
      List<Optional<PeeringGene>> peerings) {}

  private record TagGene(int tag, List<Cidr> prefixes) {}

  private record RoutingGene(
      Optional<NetworkSecurityGroup> nsg,
      Optional<RouteTable> table,
      List<BgpRoute> bgp,
      boolean shareUserPrefix,
      List<TagGene> tags,
      boolean large,
      long largeSeed,
      App app) {}

  @Override
  protected Arbitrary<RoutingScenario> arbitrary() {
    Settings s = settings;
    Arbitrary<Boolean> rarely =
        Arbitraries.frequency(Tuple2s.weighted(2, false), Tuple2s.weighted(1, true));
    Arbitrary<Boolean> mostly =
        Arbitraries.frequency(Tuple2s.weighted(1, false), Tuple2s.weighted(4, true));
    Arbitrary<Optional<PeeringGene>> peering =
        Combinators.combine(
                Arbitraries.frequency(Tuple2s.weighted(5, false), Tuple2s.weighted(1, true)),
                Arbitraries.of(PeeringScope.class))
            .as(PeeringGene::new)
            .optional(0.5);
    Arbitrary<NetworkGene> networks =
        Combinators.combine(
                Genes.subscriptionIds(),
                Genes.index(Genes.REGIONS.size()),
                rarely.list().ofSize(RoutingPools.EXTRA_SPACES.size()),
                CidrArbitrary.prefixLengths(24, 28, 28),
                Arbitraries.subsetOf(SubnetTraits.SERVICE_ENDPOINTS)
                    .ofMaxSize(2)
                    .map(
                        chosen ->
                            SubnetTraits.SERVICE_ENDPOINTS.stream()
                                .filter(chosen::contains)
                                .toList()),
                rarely,
                peering.list().ofSize(RoutingPools.PEER_SPACES.size()))
            .as(NetworkGene::new);
    Arbitrary<Optional<NetworkSecurityGroup>> nsgs =
        Combinators.combine(
                mostly,
                new NetworkSecurityGroupArbitrary()
                    .withId(placeholder(ResourceId.Kind.NETWORK_SECURITY_GROUP))
                    .withRulesUpTo(s.maxRules))
            .as((present, nsg) -> present ? Optional.of(nsg) : Optional.empty());
    Arbitrary<Optional<RouteTable>> tables =
        Combinators.combine(
                Arbitraries.frequency(Tuple2s.weighted(1, false), Tuple2s.weighted(3, true)),
                new RouteTableArbitrary()
                    .withId(placeholder(ResourceId.Kind.ROUTE_TABLE))
                    .withRoutesUpTo(s.maxRoutes))
            .as((present, table) -> present ? Optional.of(table) : Optional.empty());
    Arbitrary<List<BgpRoute>> bgp =
        bgpRoutes().list().ofMaxSize(s.maxBgpRoutes).uniqueElements(BgpRoute::addressPrefix);
    Arbitrary<List<TagGene>> tags =
        Combinators.combine(Genes.index(TAG_CHOICES), ServiceTagDefinitionArbitrary.prefixes(3))
            .as(TagGene::new)
            .list()
            .ofMaxSize(3)
            .uniqueElements(TagGene::tag);
    Arbitrary<Boolean> large =
        s.largeTags
            ? Arbitraries.frequency(Tuple2s.weighted(3, false), Tuple2s.weighted(1, true))
            : Arbitraries.just(false);
    Arbitrary<App> apps = new AppArbitrary().withoutIntegration().withSlots(0);
    Arbitrary<RoutingGene> routing =
        Combinators.combine(nsgs, tables, bgp, rarely, tags, large, Arbitraries.longs(), apps)
            .as(RoutingGene::new);
    Arbitrary<RoutingScenario> scenarios =
        Combinators.combine(networks, routing).as(RoutingScenarioArbitrary::build);
    if (!s.dns) {
      return scenarios;
    }
    return Combinators.combine(scenarios, ScenarioDns.genes()).as(ScenarioDns::apply);
  }

  /** BGP routes from the shared prefix pool, half with a next hop address in the gateway subnet. */
  static Arbitrary<BgpRoute> bgpRoutes() {
    Arbitrary<Optional<IPv4Address>> hops =
        Arbitraries.integers()
            .between(1, 9)
            .map(i -> IpAddresses.parseIpv4("10.0.255." + i))
            .optional(0.5);
    return Combinators.combine(RoutingPools.routePrefixes(), hops)
        .as(
            (prefix, hop) ->
                BgpRoute.builder().addressPrefix(prefix).nextHopIpAddress(hop).build());
  }

  /** Tag choices: regional Storage, Sql, global Storage, AzureCosmosDB, AzureKeyVault, Sql. */
  private static final int TAG_CHOICES = 6;

  private static ServiceTag tag(int choice, Region region) {
    return switch (choice) {
      case 0 -> ServiceTag.of("Storage").inRegion(region);
      case 1 -> ServiceTag.of("Sql");
      case 2 -> ServiceTag.of("Storage");
      case 3 -> ServiceTag.of("AzureCosmosDB");
      case 4 -> ServiceTag.of("AzureKeyVault");
      default -> ServiceTag.of("Sql").inRegion(region);
    };
  }

  private static ResourceId placeholder(ResourceId.Kind kind) {
    String sub = Genes.guid(0, 0);
    return kind == ResourceId.Kind.ROUTE_TABLE
        ? ResourceId.routeTable(sub, Genes.RESOURCE_GROUP, "placeholder")
        : ResourceId.networkSecurityGroup(sub, Genes.RESOURCE_GROUP, "placeholder");
  }

  private static RoutingScenario build(NetworkGene n, RoutingGene r) {
    String sub = n.subscription();
    String rg = Genes.RESOURCE_GROUP;
    Region region = Genes.REGIONS.get(n.region());
    ResourceId vnetId = ResourceId.virtualNetwork(sub, rg, "vnet1");
    ResourceId subnetId = vnetId.child("subnets", "snet1");
    Subnet.Builder subnet =
        Subnet.builder()
            .id(subnetId)
            .addressPrefix(Cidr.containing(SUBNET_BASE.networkAddress(), n.subnetPrefix()))
            .addDelegations(Subnet.SERVER_FARMS_DELEGATION)
            .addAllServiceEndpoints(n.endpoints());
    Optional<NetworkSecurityGroup> nsg =
        r.nsg()
            .map(
                g ->
                    NetworkSecurityGroup.builder()
                        .from(g)
                        .id(ResourceId.networkSecurityGroup(sub, rg, "snet1-nsg"))
                        .build());
    Optional<RouteTable> table =
        r.table()
            .map(
                t ->
                    RouteTable.builder()
                        .from(t)
                        .id(ResourceId.routeTable(sub, rg, "snet1-rt"))
                        .build());
    nsg.ifPresent(g -> subnet.networkSecurityGroupId(g.id()));
    table.ifPresent(t -> subnet.routeTableId(t.id()));
    if (n.nat()) {
      subnet.natGatewayId(ResourceId.natGateway(sub, rg, "snet1-nat"));
    }
    VirtualNetwork.Builder vnet =
        VirtualNetwork.builder()
            .id(vnetId)
            .region(region)
            .addAddressSpaces(RoutingPools.VNET_SPACE)
            .addSubnets(subnet.build());
    for (int i = 0; i < n.extraSpaces().size(); i++) {
      if (n.extraSpaces().get(i)) {
        vnet.addAddressSpaces(RoutingPools.EXTRA_SPACES.get(i));
      }
    }
    for (int i = 0; i < n.peerings().size(); i++) {
      int index = i;
      n.peerings()
          .get(i)
          .ifPresent(
              p ->
                  vnet.addPeerings(
                      Peering.builder()
                          .remoteVirtualNetworkId(
                              ResourceId.virtualNetwork(sub, rg, "peer" + (index + 1)))
                          .addRemoteAddressSpaces(RoutingPools.PEER_SPACES.get(index))
                          .scope(p.scope())
                          .remoteClassic(p.classic())
                          .build()));
    }
    List<BgpRoute> bgp = new ArrayList<>(r.bgp());
    if (r.shareUserPrefix() && table.isPresent() && !table.get().routes().isEmpty()) {
      Cidr shared = table.get().routes().get(0).addressPrefix();
      if (bgp.stream().noneMatch(b -> b.addressPrefix().equals(shared))) {
        bgp.add(BgpRoute.of(shared));
      }
    }
    List<ServiceTagDefinition> tags = new ArrayList<>();
    for (TagGene t : r.tags()) {
      tags.add(ServiceTagDefinition.of(tag(t.tag(), region), t.prefixes()));
    }
    if (r.large()) {
      ServiceTagDefinition first =
          tags.isEmpty()
              ? ServiceTagDefinition.of(
                  tag(0, region), ImmutableList.of(RoutingPools.TAG_PREFIXES.get(0)))
              : tags.remove(0);
      Set<Cidr> prefixes = new LinkedHashSet<>(first.addressPrefixes());
      prefixes.addAll(ServiceTagDefinitionArbitrary.bulk(r.largeSeed(), LARGE_TAG_PREFIXES));
      tags.add(0, ServiceTagDefinition.of(first.tag(), prefixes));
    }
    App generated = r.app();
    App app =
        App.builder()
            .from(generated)
            .id(ResourceId.site(sub, rg, generated.name()))
            .planId(ResourceId.serverFarm(sub, rg, "plan1"))
            .virtualNetworkSubnetId(subnetId)
            .build();
    return RoutingScenario.builder()
        .virtualNetwork(vnet.build())
        .app(app)
        .networkSecurityGroup(nsg)
        .routeTable(table)
        .addAllBgpRoutes(bgp)
        .addAllServiceTags(tags)
        .build();
  }
}

package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Route;
import io.github.vnetkit.model.RouteTable;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates route tables of user-defined routes (SPEC NR-2, NR-4): zero to eight routes by default,
 * named {@code route1, route2, ...}, one per prefix. Prefixes come mostly from a pool that holds
 * the system routes' own prefixes ({@code 0.0.0.0/0}, RFC 1918, {@code 100.64.0.0/10}), the address
 * spaces of {@link VnetArbitraries#routingScenarios()} and prefixes nested in them, so a user route
 * often has the same prefix as a system or BGP route ({@link VnetArbitraries#bgpRoutes()} draws
 * from the same pool); sometimes any IPv4 prefix. Next hops: VirtualAppliance ({@code 10.0.100.4}
 * to {@code .6}), VnetLocal, VirtualNetworkGateway, Internet, None. BGP route propagation is
 * disabled one time in four. Shrinks towards no routes, propagation enabled. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.routeTables()
 *     .withId(subnet.routeTableId().orElseThrow())
 *     .withRoutesUpTo(20)
 *     .withBgpPropagationDisabled();
 * }</pre>
 */
public final class RouteTableArbitrary extends ArbitraryDecorator<RouteTable> {

  /** At most this many routes (Azure allows 400 per table). */
  static final int MAX_ROUTES = 400;

  /** The next hop types a user route may have, the shrink target first. */
  static final ImmutableList<NextHopType> NEXT_HOPS =
      ImmutableList.of(
          NextHopType.VIRTUAL_APPLIANCE,
          NextHopType.VNET_LOCAL,
          NextHopType.VIRTUAL_NETWORK_GATEWAY,
          NextHopType.INTERNET,
          NextHopType.NONE);

  private final @Nullable ResourceId id;
  private final int maxRoutes;
  private final boolean bgpDisabled;

  RouteTableArbitrary() {
    this(null, 8, false);
  }

  private RouteTableArbitrary(@Nullable ResourceId id, int maxRoutes, boolean bgpDisabled) {
    this.id = id;
    this.maxRoutes = maxRoutes;
    this.bgpDisabled = bgpDisabled;
  }

  /**
   * Zero to {@code max} routes.
   *
   * @throws IllegalArgumentException unless {@code 0 <= max <= 400}
   */
  public RouteTableArbitrary withRoutesUpTo(int max) {
    return new RouteTableArbitrary(id, checkMaxRoutes(max), bgpDisabled);
  }

  static int checkMaxRoutes(int max) {
    checkArgument(
        max >= 0 && max <= MAX_ROUTES, "routes (%s) must be between 0 and %s", max, MAX_ROUTES);
    return max;
  }

  /** Always with BGP route propagation disabled ({@code disableBgpRoutePropagation}, NR-2). */
  public RouteTableArbitrary withBgpPropagationDisabled() {
    return new RouteTableArbitrary(id, maxRoutes, true);
  }

  /**
   * Always this id (for example the route table id on a subnet), instead of a generated one.
   *
   * @throws IllegalArgumentException if {@code id} is not a route table id
   */
  public RouteTableArbitrary withId(ResourceId id) {
    requireNonNull(id, "id").requireKind(ResourceId.Kind.ROUTE_TABLE, "route table id");
    return new RouteTableArbitrary(id, maxRoutes, bgpDisabled);
  }

  /** A route's next hop; the appliance address is used only for a VirtualAppliance. */
  record HopGene(NextHopType type, IPv4Address appliance) {

    Route build(String name, Cidr prefix) {
      Route.Builder b = Route.builder().name(name).addressPrefix(prefix).nextHopType(type);
      if (type == NextHopType.VIRTUAL_APPLIANCE) {
        b.nextHopIpAddress(appliance);
      }
      return b.build();
    }
  }

  static Arbitrary<HopGene> hops() {
    return Combinators.combine(Arbitraries.of(NEXT_HOPS), RoutingPools.applianceAddresses())
        .as(HopGene::new);
  }

  /** Single routes, named {@code route1} to {@code route99}. */
  static Arbitrary<Route> routes() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 99), RoutingPools.routePrefixes(), hops())
        .as((n, prefix, hop) -> hop.build("route" + n, prefix));
  }

  private record Gene(Cidr prefix, HopGene hop) {}

  @Override
  protected Arbitrary<RouteTable> arbitrary() {
    ResourceId fixed = id;
    Arbitrary<ResourceId> ids =
        fixed != null
            ? Arbitraries.just(fixed)
            : new ResourceIdArbitrary().ofKind(ResourceId.Kind.ROUTE_TABLE);
    Arbitrary<List<Gene>> genes =
        Combinators.combine(RoutingPools.routePrefixes(), hops())
            .as(Gene::new)
            .list()
            .ofMaxSize(maxRoutes)
            .uniqueElements(Gene::prefix);
    Arbitrary<Boolean> disabled =
        bgpDisabled
            ? Arbitraries.just(true)
            : Arbitraries.frequency(Tuple2s.weighted(3, false), Tuple2s.weighted(1, true));
    return Combinators.combine(ids, genes, disabled).as(RouteTableArbitrary::build);
  }

  private static RouteTable build(ResourceId id, List<Gene> genes, boolean disabled) {
    List<Route> routes = new ArrayList<>();
    for (int i = 0; i < genes.size(); i++) {
      routes.add(genes.get(i).hop().build("route" + (i + 1), genes.get(i).prefix()));
    }
    return RouteTable.builder()
        .id(id)
        .addAllRoutes(routes)
        .disableBgpRoutePropagation(disabled)
        .build();
  }
}

package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A route table: its id, its user-defined routes and whether BGP route propagation is disabled
 * (SPEC NR-2). As in Azure, route names are unique ignoring case and no two routes share an address
 * prefix, so the order in which routes are listed never matters.
 *
 * <pre>{@code
 * RouteTable table = RouteTable.builder()
 *     .id(ResourceId.routeTable(sub, "net", "apps-rt"))
 *     .addRoutes(toFirewall)
 *     .disableBgpRoutePropagation(true)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the id is not a route table id, or
 * a route name or address prefix is repeated.
 */
@Value.Immutable
public abstract class RouteTable {

  RouteTable() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RouteTable}. */
  public static final class Builder extends ImmutableRouteTable.Builder {
    Builder() {}
  }

  /** The route table's id (a {@code Microsoft.Network/routeTables} id). */
  public abstract ResourceId id();

  /** The user-defined routes, in the order given. */
  public abstract List<Route> routes();

  /**
   * Whether routes learned by BGP (from ExpressRoute or VPN gateways) are kept off the subnets that
   * use this table ({@code disableBgpRoutePropagation}). Defaults to {@code false}.
   */
  @Value.Default
  public boolean disableBgpRoutePropagation() {
    return false;
  }

  @Value.Check
  void check() {
    id().requireKind(ResourceId.Kind.ROUTE_TABLE, "route table id");
    Map<String, String> names = new HashMap<>();
    Map<Cidr, String> prefixes = new HashMap<>();
    for (Route route : routes()) {
      checkArgument(
          names.putIfAbsent(route.name().toLowerCase(Locale.ROOT), route.name()) == null,
          "route table '%s' lists route '%s' twice",
          id(),
          route.name());
      String other = prefixes.putIfAbsent(route.addressPrefix(), route.name());
      checkArgument(
          other == null,
          "routes '%s' and '%s' of route table '%s' both have address prefix %s; a route table"
              + " holds one route per prefix",
          other,
          route.name(),
          id(),
          route.addressPrefix());
    }
  }
}

package io.github.vnetkit.routing;

import static java.util.Objects.requireNonNull;

import inet.ipaddr.ipv4.IPv4Address;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.NextHopType;
import io.github.vnetkit.model.ResourceId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A route in effect on the integration subnet, in the shape of Azure's effective routes and Network
 * Watcher's next-hop answer: source, address prefix, next hop type, next-hop address and the route
 * table it came from ({@code "System Route"} for BGP and system routes).
 *
 * <pre>{@code
 * EffectiveRoute route = decision.route().orElseThrow();
 * route.source();           // USER
 * route.addressPrefix();    // 0.0.0.0/0
 * route.nextHopType();      // VIRTUAL_APPLIANCE
 * route.nextHopIpAddress(); // Optional[10.0.100.4]
 * route.routeTableLabel();  // "/subscriptions/.../routeTables/apps-rt"
 * }</pre>
 */
public final class EffectiveRoute implements Comparable<EffectiveRoute> {

  /** What Network Watcher reports as the route table of a route that no route table holds. */
  public static final String SYSTEM_ROUTE = "System Route";

  private final RouteSource source;
  private final Cidr addressPrefix;
  private final NextHopType nextHopType;
  private final Optional<IPv4Address> nextHopIpAddress;
  private final Optional<ResourceId> routeTableId;
  private final Optional<String> name;
  private final String origin;

  EffectiveRoute(
      RouteSource source,
      Cidr addressPrefix,
      NextHopType nextHopType,
      Optional<IPv4Address> nextHopIpAddress,
      Optional<ResourceId> routeTableId,
      Optional<String> name,
      String origin) {
    this.source = requireNonNull(source);
    this.addressPrefix = requireNonNull(addressPrefix);
    this.nextHopType = requireNonNull(nextHopType);
    this.nextHopIpAddress = requireNonNull(nextHopIpAddress);
    this.routeTableId = requireNonNull(routeTableId);
    this.name = requireNonNull(name);
    this.origin = requireNonNull(origin);
  }

  /** User, BGP or system. */
  public RouteSource source() {
    return source;
  }

  /** The destination prefix the route matches. */
  public Cidr addressPrefix() {
    return addressPrefix;
  }

  /** Where the route sends packets. */
  public NextHopType nextHopType() {
    return nextHopType;
  }

  /** The next-hop address: the appliance of a {@code VirtualAppliance} route, or a gateway's. */
  public Optional<IPv4Address> nextHopIpAddress() {
    return nextHopIpAddress;
  }

  /** The route table of a user-defined route; empty for BGP and system routes. */
  public Optional<ResourceId> routeTableId() {
    return routeTableId;
  }

  /** The route table id as text, or {@value #SYSTEM_ROUTE}, as Network Watcher reports it. */
  public String routeTableLabel() {
    return routeTableId.map(ResourceId::toString).orElse(SYSTEM_ROUTE);
  }

  /** The name of a user-defined route; empty for BGP and system routes. */
  public Optional<String> name() {
    return name;
  }

  /**
   * Why the route exists, in words: {@code "user route 'to-fw'"}, {@code "BGP route"}, {@code
   * "address space of virtual network 'vnet1'"}, {@code "reserved range (RFC 1918)"}, ...
   */
  public String origin() {
    return origin;
  }

  /** By prefix ({@link Cidr} order), then source (user, BGP, system), then next hop type. */
  @Override
  public int compareTo(EffectiveRoute other) {
    int c = addressPrefix.compareTo(other.addressPrefix);
    if (c == 0) {
      c = source.compareTo(other.source);
    }
    return c != 0 ? c : nextHopType.compareTo(other.nextHopType);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EffectiveRoute other
        && other.source == source
        && other.addressPrefix.equals(addressPrefix)
        && other.nextHopType == nextHopType
        && other.nextHopIpAddress.equals(nextHopIpAddress)
        && other.routeTableId.equals(routeTableId)
        && other.name.equals(name)
        && other.origin.equals(origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, addressPrefix, nextHopType, nextHopIpAddress, routeTableId, name);
  }

  /** Such as {@code 0.0.0.0/0 -> VirtualAppliance 10.0.100.4 (User, user route 'to-fw')}. */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder().append(addressPrefix).append(" -> ").append(nextHopType.armName());
    nextHopIpAddress.ifPresent(a -> sb.append(' ').append(a));
    return sb.append(" (")
        .append(source.armName())
        .append(", ")
        .append(origin)
        .append(')')
        .toString();
  }
}

package io.github.vnetkit.model;

import static com.google.common.base.Preconditions.checkArgument;

import inet.ipaddr.ipv4.IPv4Address;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A user-defined route of a route table: name, IPv4 address prefix, next hop type and, for a {@code
 * VirtualAppliance}, the appliance's address (SPEC NR-2, NR-4).
 *
 * <pre>{@code
 * Route toFirewall = Route.builder()
 *     .name("default-to-firewall")
 *     .addressPrefix(Cidr.parse("0.0.0.0/0"))
 *     .nextHopType(NextHopType.VIRTUAL_APPLIANCE)
 *     .nextHopIpAddress(IpAddresses.parseIpv4("10.0.100.4"))
 *     .build();
 * Route.of("blackhole", Cidr.parse("10.99.0.0/16"), NextHopType.NONE);
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the name is malformed, the prefix
 * is IPv6, the next hop type is a system-only one ({@code VNetPeering}, {@code
 * VirtualNetworkServiceEndpoint}), or a next-hop address is missing for {@code VirtualAppliance} or
 * given for another type.
 */
@Value.Immutable
public abstract class Route {

  Route() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A route without a next-hop address (any next hop type but {@code VirtualAppliance}).
   *
   * @throws IllegalArgumentException as {@code build()}
   */
  public static Route of(String name, Cidr addressPrefix, NextHopType nextHopType) {
    return builder().name(name).addressPrefix(addressPrefix).nextHopType(nextHopType).build();
  }

  /** Builds a {@link Route}. */
  public static final class Builder extends ImmutableRoute.Builder {
    Builder() {}
  }

  /** The route's name, unique in its route table. */
  public abstract String name();

  /** The destination prefix the route matches. */
  public abstract Cidr addressPrefix();

  /** Where matching packets go. */
  public abstract NextHopType nextHopType();

  /** The appliance's address; present exactly when the next hop is {@code VirtualAppliance}. */
  public abstract Optional<IPv4Address> nextHopIpAddress();

  @Value.Check
  void check() {
    ArmNames.checkChildName(name(), "route name");
    addressPrefix().requireIpv4("addressPrefix of route '" + name() + "'");
    checkArgument(
        nextHopType().allowedInUserRoute(),
        "route '%s' has next hop type %s, which only system routes use; expected VnetLocal,"
            + " VirtualNetworkGateway, Internet, VirtualAppliance or None",
        name(),
        nextHopType().armName());
    boolean appliance = nextHopType() == NextHopType.VIRTUAL_APPLIANCE;
    checkArgument(
        appliance == nextHopIpAddress().isPresent(),
        appliance
            ? "route '%s' sends to a VirtualAppliance and needs its nextHopIpAddress"
            : "route '%s' has a nextHopIpAddress, which only a VirtualAppliance next hop takes",
        name());
    nextHopIpAddress()
        .ifPresent(
            a ->
                checkArgument(
                    !a.isMultiple() && a.getNetworkPrefixLength() == null,
                    "nextHopIpAddress '%s' of route '%s' must be a single address",
                    a,
                    name()));
  }
}

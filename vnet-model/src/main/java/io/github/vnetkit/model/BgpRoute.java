package io.github.vnetkit.model;

import inet.ipaddr.ipv4.IPv4Address;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A route learned by BGP from a virtual network gateway (ExpressRoute or VPN): an IPv4 prefix
 * reached on-premises through the gateway (next hop {@code VirtualNetworkGateway}, SPEC NR-2,
 * NR-4). A route table on the subnet may disable BGP route propagation.
 *
 * <pre>{@code
 * BgpRoute onPrem = BgpRoute.of(Cidr.parse("192.168.0.0/16"));
 * BgpRoute viaPeer = BgpRoute.builder()
 *     .addressPrefix(Cidr.parse("172.20.0.0/14"))
 *     .nextHopIpAddress(IpAddresses.parseIpv4("10.0.255.4"))
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if the prefix is IPv6 or the next-hop
 * address is not a single address.
 */
@Value.Immutable
public abstract class BgpRoute {

  BgpRoute() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A BGP route for {@code addressPrefix} without a known next-hop address.
   *
   * @throws IllegalArgumentException if the prefix is IPv6
   */
  public static BgpRoute of(Cidr addressPrefix) {
    return builder().addressPrefix(addressPrefix).build();
  }

  /** Builds a {@link BgpRoute}. */
  public static final class Builder extends ImmutableBgpRoute.Builder {
    Builder() {}
  }

  /** The destination prefix advertised. */
  public abstract Cidr addressPrefix();

  /** The gateway's address for this route, if known. */
  public abstract Optional<IPv4Address> nextHopIpAddress();

  /** Always {@link NextHopType#VIRTUAL_NETWORK_GATEWAY}. */
  public final NextHopType nextHopType() {
    return NextHopType.VIRTUAL_NETWORK_GATEWAY;
  }

  @Value.Check
  void check() {
    addressPrefix().requireIpv4("addressPrefix of BGP route");
    nextHopIpAddress()
        .ifPresent(
            a -> {
              if (a.isMultiple() || a.getNetworkPrefixLength() != null) {
                throw new IllegalArgumentException(
                    "nextHopIpAddress '"
                        + a
                        + "' of BGP route "
                        + addressPrefix()
                        + " must be a single address");
              }
            });
  }
}

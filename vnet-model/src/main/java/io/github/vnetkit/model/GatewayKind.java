package io.github.vnetkit.model;

/**
 * The kinds of virtual network gateway a VNet can have. A VNet with both has coexistence gateways
 * ({@link VirtualNetwork#hasCoexistenceGateways()}), which gateway-required integration cannot use
 * (SPEC GW-2).
 *
 * <pre>{@code
 * VirtualNetwork.builder().addGateways(GatewayKind.EXPRESS_ROUTE) // ...
 * }</pre>
 */
public enum GatewayKind {
  /** An ExpressRoute gateway. */
  EXPRESS_ROUTE,
  /** A VPN gateway (point-to-site and/or site-to-site). */
  VPN
}

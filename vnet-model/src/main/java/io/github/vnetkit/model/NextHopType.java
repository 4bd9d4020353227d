package io.github.vnetkit.model;

/**
 * Where a route sends the packets it matches (SPEC NR-3, NR-4), with the names Azure uses in
 * effective routes and in Network Watcher's next-hop answer.
 *
 * <pre>{@code
 * NextHopType.VIRTUAL_APPLIANCE.armName();           // "VirtualAppliance"
 * NextHopType.VNET_PEERING.allowedInUserRoute();     // false: system routes only
 * }</pre>
 */
public enum NextHopType {
  /** Within the virtual network's own address space ({@code VnetLocal}). */
  VNET_LOCAL("VnetLocal", true),
  /** To a peered virtual network ({@code VNetPeering}); system routes only. */
  VNET_PEERING("VNetPeering", false),
  /**
   * To a service reached through a service endpoint on the subnet ({@code
   * VirtualNetworkServiceEndpoint}); system routes only.
   */
  VIRTUAL_NETWORK_SERVICE_ENDPOINT("VirtualNetworkServiceEndpoint", false),
  /**
   * On-premises through an ExpressRoute or VPN gateway ({@code VirtualNetworkGateway}); the
   * on-premises side must route replies back (SPEC NR-4).
   */
  VIRTUAL_NETWORK_GATEWAY("VirtualNetworkGateway", true),
  /** Out of Azure to the internet ({@code Internet}). */
  INTERNET("Internet", true),
  /**
   * To a firewall or other appliance at the route's next-hop address ({@code VirtualAppliance}).
   */
  VIRTUAL_APPLIANCE("VirtualAppliance", true),
  /** Drops the packet ({@code None}). */
  NONE("None", true);

  private final String armName;
  private final boolean allowedInUserRoute;

  NextHopType(String armName, boolean allowedInUserRoute) {
    this.armName = armName;
    this.allowedInUserRoute = allowedInUserRoute;
  }

  /** The Azure name, such as {@code VnetLocal} or {@code VirtualAppliance}. */
  public String armName() {
    return armName;
  }

  /** Whether a user-defined route may use this next hop type. */
  public boolean allowedInUserRoute() {
    return allowedInUserRoute;
  }
}

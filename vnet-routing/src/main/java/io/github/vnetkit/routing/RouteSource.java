package io.github.vnetkit.routing;

/**
 * Where an effective route comes from. On equal prefixes a user-defined route beats a BGP route,
 * which beats a system route (SPEC NR-2).
 *
 * <pre>{@code
 * decision.route().orElseThrow().source(); // USER, BGP or SYSTEM
 * RouteSource.SYSTEM.armName();            // "Default", as in Azure's effective routes
 * }</pre>
 */
public enum RouteSource {
  /** A user-defined route of the subnet's route table ({@code User}). */
  USER("User"),
  /** A route learned by BGP from a virtual network gateway ({@code VirtualNetworkGateway}). */
  BGP("VirtualNetworkGateway"),
  /** A system route ({@code Default}): SPEC NR-3. */
  SYSTEM("Default");

  private final String armName;

  RouteSource(String armName) {
    this.armName = armName;
  }

  /** The name Azure shows as the route's source in effective routes. */
  public String armName() {
    return armName;
  }
}

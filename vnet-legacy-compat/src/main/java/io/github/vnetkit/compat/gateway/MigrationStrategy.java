package io.github.vnetkit.compat.gateway;

/**
 * The strategies for moving from gateway-required to regional integration (SPEC GW-4, [004]), each
 * with what it is best for and its trade-offs.
 *
 * <pre>{@code
 * for (MigrationStrategy s : MigrationStrategy.values()) {
 *   System.out.println(s + ": " + s.bestFor() + " / " + s.tradeOffs());
 * }
 * }</pre>
 */
public enum MigrationStrategy {
  /**
   * Blue-green: a new plan with regional integration, switch traffic, decommission the old plan;
   * minimal downtime.
   */
  BLUE_GREEN(
      "production workloads requiring minimal downtime",
      "no VNet disconnect on the serving app, but a second App Service plan runs (and is paid"
          + " for) until the old one is decommissioned, the app is deployed twice, and traffic"
          + " must be switched by Traffic Manager, Application Gateway or DNS"),
  /**
   * Deployment slot: prepare the subnet, integrate a staging slot, test, switch production, swap;
   * brief downtime.
   */
  DEPLOYMENT_SLOT(
      "thorough testing with brief production downtime",
      "regional integration is tested on a staging slot first, but integration is per slot and"
          + " does not move with a swap (NET-10), so production still goes through a"
          + " disconnect/connect (GW-3); needs a tier with deployment slots"),
  /** Direct: a planned window, disconnect then connect, rollback ready. */
  DIRECT(
      "applications that can tolerate brief downtime",
      "simplest and cheapest, but the app loses VNet connectivity for typically 2-5 minutes,"
          + " possibly longer (GW-3), so it needs a low-traffic maintenance window, notified"
          + " stakeholders and a rollback ready");

  private final String bestFor;
  private final String tradeOffs;

  MigrationStrategy(String bestFor, String tradeOffs) {
    this.bestFor = bestFor;
    this.tradeOffs = tradeOffs;
  }

  /** What the strategy is best for [004]. */
  public String bestFor() {
    return bestFor;
  }

  /** What it costs and risks. */
  public String tradeOffs() {
    return tradeOffs;
  }
}

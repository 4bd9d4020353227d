package io.github.vnetkit.compat.gateway;

/**
 * How much interruption the caller accepts while migrating; it chooses the strategy (SPEC GW-4).
 *
 * <pre>{@code
 * DowntimeTolerance.NONE.strategy();           // BLUE_GREEN
 * DowntimeTolerance.BRIEF.strategy();          // DEPLOYMENT_SLOT
 * DowntimeTolerance.PLANNED_WINDOW.strategy(); // DIRECT
 * }</pre>
 */
public enum DowntimeTolerance {
  /** The serving app must not lose VNet connectivity: blue-green. */
  NONE(MigrationStrategy.BLUE_GREEN),
  /** A brief production interruption after testing on a staging slot: deployment slot. */
  BRIEF(MigrationStrategy.DEPLOYMENT_SLOT),
  /** A planned maintenance window: direct migration. */
  PLANNED_WINDOW(MigrationStrategy.DIRECT);

  private final MigrationStrategy strategy;

  DowntimeTolerance(MigrationStrategy strategy) {
    this.strategy = strategy;
  }

  /** The strategy this tolerance chooses (GW-4). */
  public MigrationStrategy strategy() {
    return strategy;
  }
}

package io.github.vnetkit.planner;

import java.util.List;
import org.immutables.value.Value;

/**
 * How many plan instances a subnet of a given prefix length holds (SPEC CAP-1, CAP-2, CAP-3, CAP-5,
 * CAP-7): usable addresses, addresses per instance, and the largest plan at steady state and with
 * scale headroom.
 *
 * <p>A /29 is a valid Azure subnet but is rejected for integration (CAP-7): its result has {@link
 * #integrationAllowed()} {@code false} and holds no instances.
 *
 * <pre>{@code
 * CapacityResult r = SubnetPlanner.capacity(26);
 * r.usableAddresses();                // 59
 * r.maxInstancesSteady();             // 59
 * r.maxInstancesWithScaleHeadroom();  // 29
 * SubnetPlanner.capacity(26, 4).maxInstancesSteady(); // 11: 5 addresses per instance
 * }</pre>
 */
@Value.Immutable
public abstract class CapacityResult implements Explained {

  CapacityResult() {}

  static ImmutableCapacityResult.Builder builder() {
    return ImmutableCapacityResult.builder();
  }

  /** The subnet's prefix length. */
  public abstract int prefixLength();

  /** Windows-container apps per instance (0 unless a Windows-container plan). */
  public abstract int windowsContainerApps();

  /** Usable addresses: {@code 2^(32 - prefixLength) - 5} (CAP-1). */
  public abstract long usableAddresses();

  /** Addresses each instance takes: {@code 1 + windowsContainerApps()} (CAP-2, CAP-3). */
  public abstract long addressesPerInstance();

  /** Whether integration accepts a subnet this size: /28 or larger (CAP-7). */
  public abstract boolean integrationAllowed();

  /** The largest plan the subnet holds at steady state: {@code floor(usable / c)} (CAP-5). */
  public abstract long maxInstancesSteady();

  /**
   * The largest plan the subnet holds with room for a scale operation: {@code floor(usable / 2c)}
   * (CAP-5).
   */
  public abstract long maxInstancesWithScaleHeadroom();

  @Override
  public abstract List<PlanStep> steps();

  @Override
  public String toString() {
    return "/"
        + prefixLength()
        + ": "
        + usableAddresses()
        + " usable, "
        + addressesPerInstance()
        + " per instance, max "
        + maxInstancesSteady()
        + " instances steady, "
        + maxInstancesWithScaleHeadroom()
        + " with scale headroom"
        + (integrationAllowed() ? "" : " (too small for integration, CAP-7)");
  }
}

package io.github.vnetkit.planner;

import org.immutables.value.Value;

/**
 * How a subnet is to be sized: with or without scale headroom, created by the portal or existing,
 * shared by several plans (multi-plan subnet join) or not.
 *
 * <p>The defaults are the SPEC's advice: scale headroom on (CAP-4, CAP-6), an existing subnet
 * (minimum /28, CAP-7), one plan.
 *
 * <pre>{@code
 * PlanningOptions.defaults();                                   // headroom, existing, one plan
 * PlanningOptions.builder().portalCreated(true).build();        // minimum /27
 * PlanningOptions.builder().multiPlan(true).build();            // minimum /26, sum of plans
 * PlanningOptions.builder().scaleHeadroom(false).build();       // steady need only
 * }</pre>
 */
@Value.Immutable
public abstract class PlanningOptions {

  PlanningOptions() {}

  /** The defaults: scale headroom, an existing subnet, a single plan. */
  public static PlanningOptions defaults() {
    return builder().build();
  }

  /** A new builder, starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlanningOptions}. */
  public static final class Builder extends ImmutablePlanningOptions.Builder {
    Builder() {}
  }

  /**
   * Whether to size for a scale operation at maximum scale, which briefly doubles the need (CAP-4,
   * CAP-6). Defaults to {@code true}.
   */
  @Value.Default
  public boolean scaleHeadroom() {
    return true;
  }

  /**
   * Whether the portal creates the subnet during integration, which needs at least a /27 (CAP-7).
   * Defaults to {@code false}: an existing subnet, at least a /28.
   */
  @Value.Default
  public boolean portalCreated() {
    return false;
  }

  /**
   * Whether the subnet is shared by several plans through multi-plan subnet join, which needs at
   * least a /26 and sums the plans' needs (CAP-7, CAP-8). Defaults to {@code false}; the planner
   * treats any request with more than one plan as multi-plan.
   */
  @Value.Default
  public boolean multiPlan() {
    return false;
  }

  /**
   * The smallest subnet these options allow, as a prefix length: 26 for multi-plan, 27 when
   * portal-created, else 28 (CAP-7).
   */
  public final int minimumPrefixLength() {
    if (multiPlan()) {
      return SubnetPlanner.MULTI_PLAN_MINIMUM_PREFIX_LENGTH;
    }
    return portalCreated()
        ? SubnetPlanner.PORTAL_CREATED_MINIMUM_PREFIX_LENGTH
        : SubnetPlanner.EXISTING_SUBNET_MINIMUM_PREFIX_LENGTH;
  }

  @Override
  public String toString() {
    return (scaleHeadroom() ? "scale headroom" : "no scale headroom")
        + (portalCreated() ? ", portal-created subnet" : ", existing subnet")
        + (multiPlan() ? ", multi-plan subnet join" : "");
  }
}

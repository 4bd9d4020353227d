package io.github.vnetkit.planner;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The smallest subnet for one or more plans, and the recommended one (SPEC CAP-1..CAP-9).
 *
 * <p>The need is the plans' instances times their addresses per instance, summed over the plans
 * with multi-plan subnet join (CAP-2, CAP-3, CAP-8), doubled when sizing with scale headroom
 * (CAP-4, CAP-6). The smallest prefix is the longest prefix length whose usable addresses (CAP-1)
 * cover the need, but never smaller than the minimum (CAP-7). The recommendation (CAP-6) is
 * reported beside it: sized with headroom and at least a /26; it never replaces the answer.
 *
 * <p>When no Azure subnet (up to /2) holds the need, {@link #fits()} is {@code false} and both
 * prefixes are empty.
 *
 * <pre>{@code
 * PlanResult r = SubnetPlanner.plan(PlanDemand.of(10));
 * r.addressesNeeded();    // 20: 10 instances, doubled for scaling
 * r.smallestPrefix();     // OptionalInt[27]: 27 usable
 * r.recommendedPrefix();  // OptionalInt[26]
 * }</pre>
 */
@Value.Immutable
public abstract class PlanResult implements Explained {

  PlanResult() {}

  static ImmutablePlanResult.Builder builder() {
    return ImmutablePlanResult.builder();
  }

  /** The plans, in a canonical order (plan id, then instances, then container apps). */
  public abstract List<PlanDemand> demands();

  /** The options as given. */
  public abstract PlanningOptions options();

  /** Whether the subnet is sized for multi-plan subnet join: asked for, or more than one plan. */
  public abstract boolean multiPlan();

  /** The plans' need at their maximum scale, without headroom (CAP-2, CAP-3, CAP-8). */
  public abstract long steadyAddresses();

  /**
   * Addresses the subnet must offer: {@link #steadyAddresses()}, doubled with scale headroom
   * (CAP-4, CAP-6).
   */
  public abstract long addressesNeeded();

  /** The smallest subnet allowed here, as a prefix length (CAP-7). */
  public abstract int minimumPrefixLength();

  /** The smallest subnet that holds the need, as a prefix length; empty if none does. */
  public abstract OptionalInt smallestPrefix();

  /**
   * The recommended subnet (CAP-6): holds the need with scale headroom, and is at least a /26;
   * empty if no subnet holds the need.
   */
  public abstract OptionalInt recommendedPrefix();

  /** Whether some Azure subnet holds the need. */
  public final boolean fits() {
    return smallestPrefix().isPresent();
  }

  @Override
  public abstract List<PlanStep> steps();

  @Override
  public String toString() {
    if (!fits()) {
      return "does not fit: "
          + addressesNeeded()
          + " addresses needed, more than the largest Azure subnet (/2) holds";
    }
    return addressesNeeded()
        + " addresses needed: smallest /"
        + smallestPrefix().getAsInt()
        + ", recommended /"
        + recommendedPrefix().getAsInt();
  }
}

package io.github.vnetkit.planner;

import io.github.vnetkit.model.Cidr;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a proposed subnet holds one or more plans: its minimum size (CAP-7) and its capacity at
 * steady state and with scale headroom (CAP-1..CAP-5, CAP-8).
 *
 * <p>{@link #fits()} is the answer for the options given: the subnet meets the minimum and holds
 * the need (with headroom unless the options turn it off). The other accessors say why.
 *
 * <pre>{@code
 * FitResult r = SubnetPlanner.check(Cidr.parse("10.0.1.0/27"), PlanDemand.of(20));
 * r.fits();                    // false: 20 instances need 40 addresses with headroom, /27 has 27
 * r.fitsSteady();              // true
 * r.meetsMinimum();            // true
 * }</pre>
 */
@Value.Immutable
public abstract class FitResult implements Explained {

  FitResult() {}

  static ImmutableFitResult.Builder builder() {
    return ImmutableFitResult.builder();
  }

  /** The subnet, when the check was given one (not only a prefix length). */
  public abstract Optional<Cidr> subnet();

  /** The subnet's prefix length. */
  public abstract int prefixLength();

  /** Usable addresses of the subnet (CAP-1). */
  public abstract long usableAddresses();

  /** The plans, in a canonical order (plan id, then instances, then container apps). */
  public abstract List<PlanDemand> demands();

  /** The options as given. */
  public abstract PlanningOptions options();

  /** Whether the subnet is checked for multi-plan subnet join: asked for, or more than one plan. */
  public abstract boolean multiPlan();

  /** The plans' need at their maximum scale, without headroom (CAP-2, CAP-3, CAP-8). */
  public abstract long steadyAddresses();

  /** The need with room for a scale operation at maximum scale: twice the steady need (CAP-4). */
  public abstract long scaleHeadroomAddresses();

  /** The need the options ask for: with scale headroom unless turned off. */
  public abstract long addressesNeeded();

  /** The smallest subnet allowed here, as a prefix length (CAP-7). */
  public abstract int minimumPrefixLength();

  /** Whether the subnet is at least the minimum size (CAP-7). */
  public abstract boolean meetsMinimum();

  /** Whether the subnet meets the minimum and holds the steady need. */
  public abstract boolean fitsSteady();

  /** Whether the subnet meets the minimum and holds the need with scale headroom. */
  public abstract boolean fitsWithScaleHeadroom();

  /** Whether the subnet meets the minimum and holds {@link #addressesNeeded()}. */
  public abstract boolean fits();

  /** Whether the subnet also follows the recommendation: /26 or larger, with headroom (CAP-6). */
  public abstract boolean meetsRecommendation();

  /** Addresses left over at {@link #addressesNeeded()}; negative when the need exceeds them. */
  public final long spareAddresses() {
    return usableAddresses() - addressesNeeded();
  }

  @Override
  public abstract List<PlanStep> steps();

  @Override
  public String toString() {
    return subnet().map(Object::toString).orElse("/" + prefixLength())
        + (fits() ? " fits" : " does not fit")
        + ": "
        + addressesNeeded()
        + " addresses needed, "
        + usableAddresses()
        + " usable"
        + (meetsMinimum() ? "" : ", smaller than the minimum /" + minimumPrefixLength());
  }
}

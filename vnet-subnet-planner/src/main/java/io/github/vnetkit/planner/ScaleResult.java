package io.github.vnetkit.planner;

import java.util.List;
import org.immutables.value.Value;

/**
 * The peak address need of one scale operation in a subnet, and whether the subnet holds it (SPEC
 * CAP-4): from N to M instances needs N + M instances' addresses at the peak, a SKU change at N
 * needs 2N.
 *
 * <pre>{@code
 * ScaleResult r = SubnetPlanner.scale(26, ScaleOperation.instanceCount(10, 20));
 * r.peakAddresses();  // 30
 * r.fits();           // true: a /26 has 59 usable addresses
 * }</pre>
 */
@Value.Immutable
public abstract class ScaleResult implements Explained {

  ScaleResult() {}

  static ImmutableScaleResult.Builder builder() {
    return ImmutableScaleResult.builder();
  }

  /** The subnet's prefix length. */
  public abstract int prefixLength();

  /** Usable addresses of the subnet (CAP-1). */
  public abstract long usableAddresses();

  /** Addresses each instance takes (CAP-2, CAP-3). */
  public abstract long addressesPerInstance();

  /** The operation. */
  public abstract ScaleOperation operation();

  /** Instances running at the peak (CAP-4). */
  public abstract long peakInstances();

  /** Addresses in use at the peak: peak instances times addresses per instance. */
  public abstract long peakAddresses();

  /** Addresses in use once the old instances' addresses are released. */
  public abstract long addressesAfter();

  /** Addresses of the removed instances, released after a delay (CAP-4). */
  public abstract long releasedAddresses();

  /** Whether integration accepts a subnet this size (CAP-7). */
  public abstract boolean integrationAllowed();

  /** Whether the subnet is allowed for integration and holds the peak. */
  public abstract boolean fits();

  /** Usable addresses left at the peak; negative when the peak exceeds them. */
  public final long spareAddressesAtPeak() {
    return usableAddresses() - peakAddresses();
  }

  @Override
  public abstract List<PlanStep> steps();

  @Override
  public String toString() {
    return operation()
        + " in a /"
        + prefixLength()
        + ": peak "
        + peakAddresses()
        + " of "
        + usableAddresses()
        + " usable addresses, "
        + (fits() ? "fits" : "does not fit");
  }
}

package io.github.vnetkit.planner;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * One scale operation of a plan: from N to M instances, or a size (SKU) change at N instances.
 *
 * <p>The platform adds the new instances before it removes the old ones (SPEC CAP-4): from N to M
 * peaks at N + M instances, a SKU change at N peaks at 2N. Afterwards the old instances' addresses
 * are released, possibly only after a delay. Scaling from N to N is no operation: nothing is added
 * or released.
 *
 * <pre>{@code
 * ScaleOperation out = ScaleOperation.instanceCount(10, 20);
 * out.peakInstances();      // 30
 * out.releasedInstances();  // 10
 * ScaleOperation.skuChange(10).peakInstances();  // 20
 * }</pre>
 */
@Value.Immutable
public abstract class ScaleOperation {

  ScaleOperation() {}

  /**
   * Scaling out or in from {@code from} to {@code to} instances.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static ScaleOperation instanceCount(int from, int to) {
    return ImmutableScaleOperation.builder()
        .kind(ScaleKind.INSTANCE_COUNT)
        .fromInstances(from)
        .toInstances(to)
        .build();
  }

  /**
   * Scaling up or down in size (a SKU change) at {@code instances} instances.
   *
   * @throws IllegalArgumentException if {@code instances} is negative
   */
  public static ScaleOperation skuChange(int instances) {
    return ImmutableScaleOperation.builder()
        .kind(ScaleKind.SKU_CHANGE)
        .fromInstances(instances)
        .toInstances(instances)
        .build();
  }

  /** The kind of operation. */
  public abstract ScaleKind kind();

  /** Instances before the operation. */
  public abstract int fromInstances();

  /** Instances after the operation (equal to {@link #fromInstances()} for a SKU change). */
  public abstract int toInstances();

  /** Whether this changes nothing: an instance-count operation from N to N. */
  public final boolean isNoOperation() {
    return kind() == ScaleKind.INSTANCE_COUNT && fromInstances() == toInstances();
  }

  /** Instances running at the operation's peak: N + M, or 2N for a SKU change (CAP-4). */
  public final long peakInstances() {
    if (isNoOperation()) {
      return fromInstances();
    }
    return (long) fromInstances() + toInstances();
  }

  /** Instances removed by the operation, whose addresses are released afterwards (CAP-4). */
  public final int releasedInstances() {
    return isNoOperation() ? 0 : fromInstances();
  }

  @Value.Check
  void check() {
    checkArgument(fromInstances() >= 0, "fromInstances (%s) must be at least 0", fromInstances());
    checkArgument(toInstances() >= 0, "toInstances (%s) must be at least 0", toInstances());
    checkArgument(
        kind() != ScaleKind.SKU_CHANGE || fromInstances() == toInstances(),
        "a SKU change keeps the instance count, so toInstances (%s) must equal fromInstances (%s)",
        toInstances(),
        fromInstances());
  }

  @Override
  public String toString() {
    return kind() == ScaleKind.SKU_CHANGE
        ? "SKU change at " + fromInstances() + " instances"
        : "scale from " + fromInstances() + " to " + toInstances() + " instances";
  }
}

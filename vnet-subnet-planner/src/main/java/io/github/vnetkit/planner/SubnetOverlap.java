package io.github.vnetkit.planner;

import io.github.vnetkit.model.Cidr;
import org.immutables.value.Value;

/**
 * Two existing subnets that overlap, which Azure never allows: the input given to a {@link
 * SubnetCarver} is inconsistent. Prefix blocks overlap only by nesting, so one contains the other
 * (a subnet listed twice contains itself).
 *
 * <pre>{@code
 * SubnetOverlap o = carver.overlaps().get(0);
 * o.outer();  // 10.0.0.0/24
 * o.inner();  // 10.0.0.64/26
 * }</pre>
 */
@Value.Immutable
public abstract class SubnetOverlap {

  SubnetOverlap() {}

  static SubnetOverlap of(Cidr outer, Cidr inner) {
    return ImmutableSubnetOverlap.builder().outer(outer).inner(inner).build();
  }

  /** The subnet that contains the other. */
  public abstract Cidr outer();

  /** The subnet contained in {@link #outer()} (equal to it when a subnet is listed twice). */
  public abstract Cidr inner();

  @Override
  public String toString() {
    return outer().equals(inner())
        ? outer() + " is listed twice"
        : outer() + " overlaps " + inner();
  }
}

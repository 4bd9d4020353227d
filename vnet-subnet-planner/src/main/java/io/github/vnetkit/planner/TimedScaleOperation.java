package io.github.vnetkit.planner;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * A scale operation at a point in time, measured from the start of a timeline; the input of {@link
 * SubnetPlanner#simulate(int, int, java.util.List, Duration)}.
 *
 * <pre>{@code
 * List<TimedScaleOperation> ops = List.of(
 *     TimedScaleOperation.at(Duration.ZERO, ScaleOperation.instanceCount(10, 20)),
 *     TimedScaleOperation.at(Duration.ofHours(2), ScaleOperation.skuChange(20)));
 * }</pre>
 */
@Value.Immutable
public abstract class TimedScaleOperation {

  TimedScaleOperation() {}

  /**
   * {@code operation} starting {@code at} after the start of the timeline.
   *
   * @throws IllegalArgumentException if {@code at} is negative
   */
  public static TimedScaleOperation at(Duration at, ScaleOperation operation) {
    return ImmutableTimedScaleOperation.builder().at(at).operation(operation).build();
  }

  /** When the operation starts, measured from the start of the timeline. */
  public abstract Duration at();

  /** The operation. */
  public abstract ScaleOperation operation();

  @Value.Check
  void check() {
    checkArgument(!at().isNegative(), "at (%s) must not be negative", at());
  }

  @Override
  public String toString() {
    return "at " + at() + ": " + operation();
  }
}

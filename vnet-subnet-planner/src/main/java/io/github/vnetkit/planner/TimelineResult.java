package io.github.vnetkit.planner;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A simulation of back-to-back scale operations in one subnet (SPEC CAP-4): each operation adds its
 * new instances before removing the old ones, and the old instances' addresses return only after
 * the release delay, so operations close together stack. Reports the peak, when it happens, and
 * whether the subnet ever runs out.
 *
 * <pre>{@code
 * TimelineResult r = SubnetPlanner.simulate(26, 0, List.of(
 *     TimedScaleOperation.at(Duration.ZERO, ScaleOperation.instanceCount(10, 20)),
 *     TimedScaleOperation.at(Duration.ofHours(1), ScaleOperation.skuChange(20))));
 * r.peakAddresses();    // 50: 20 running + 20 new + 10 not yet released
 * r.peakAt();           // PT1H
 * r.runsOut();          // false: a /26 has 59 usable
 * }</pre>
 */
@Value.Immutable
public abstract class TimelineResult implements Explained {

  TimelineResult() {}

  static ImmutableTimelineResult.Builder builder() {
    return ImmutableTimelineResult.builder();
  }

  /** The subnet's prefix length. */
  public abstract int prefixLength();

  /** Usable addresses of the subnet (CAP-1). */
  public abstract long usableAddresses();

  /** Addresses each instance takes (CAP-2, CAP-3). */
  public abstract long addressesPerInstance();

  /** How long removed instances keep their addresses (CAP-4). */
  public abstract Duration releaseDelay();

  /** One event per operation, in order. */
  public abstract List<TimelineEvent> events();

  /** The highest need of the timeline. */
  public abstract long peakAddresses();

  /** The index of the first operation that reaches {@link #peakAddresses()}. */
  public abstract int peakOperationIndex();

  /** When the peak happens. */
  public final Duration peakAt() {
    return events().get(peakOperationIndex()).at();
  }

  /** Whether integration accepts a subnet this size (CAP-7). */
  public abstract boolean integrationAllowed();

  /**
   * Whether the subnet runs out at some operation (or is too small for integration, CAP-7): some
   * event does not fit.
   */
  public final boolean runsOut() {
    return firstShortfall().isPresent();
  }

  /** The first operation that does not fit, if any. */
  public final Optional<TimelineEvent> firstShortfall() {
    return events().stream().filter(e -> !e.fits()).findFirst();
  }

  @Override
  public abstract List<PlanStep> steps();

  @Override
  public String toString() {
    return events().size()
        + " operations in a /"
        + prefixLength()
        + ": peak "
        + peakAddresses()
        + " of "
        + usableAddresses()
        + " usable at "
        + peakAt()
        + (runsOut() ? ", runs out" : ", never runs out");
  }
}

package io.github.vnetkit.planner;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * What one operation of a scale timeline needs (SPEC CAP-4): the addresses of the running
 * instances, of the new instances, and of earlier operations' instances whose addresses are not
 * released yet.
 *
 * <pre>{@code
 * TimelineEvent e = SubnetPlanner.simulate(26, 0, ops).events().get(1);
 * e.pendingReleaseAddresses(); // still held from the first operation
 * e.peakAddresses();           // running + new + pending
 * }</pre>
 */
@Value.Immutable
public abstract class TimelineEvent {

  TimelineEvent() {}

  static ImmutableTimelineEvent.Builder builder() {
    return ImmutableTimelineEvent.builder();
  }

  /** The operation's position in the timeline, from 0. */
  public abstract int index();

  /** When the operation starts. */
  public abstract Duration at();

  /** The operation. */
  public abstract ScaleOperation operation();

  /** Addresses of earlier operations' removed instances, not yet released when this one starts. */
  public abstract long pendingReleaseAddresses();

  /** Addresses in use when the operation starts: running instances plus pending releases. */
  public abstract long addressesBefore();

  /** Addresses in use at the operation's peak: before, plus the new instances. */
  public abstract long peakAddresses();

  /** Whether the subnet is allowed for integration (CAP-7) and holds the peak. */
  public abstract boolean fits();

  @Override
  public String toString() {
    return "#"
        + index()
        + " at "
        + at()
        + ": "
        + operation()
        + ", peak "
        + peakAddresses()
        + " addresses ("
        + pendingReleaseAddresses()
        + " pending release)"
        + (fits() ? "" : ", RUNS OUT");
  }
}

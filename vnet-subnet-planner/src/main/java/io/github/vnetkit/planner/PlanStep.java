package io.github.vnetkit.planner;

import org.immutables.value.Value;

/**
 * One step of a planner answer's explanation: the CAP rule applied and what it decided, with the
 * numbers.
 *
 * <pre>{@code
 * for (PlanStep step : SubnetPlanner.capacity(26).steps()) {
 *   System.out.println(step); // "CAP-1: a /26 has 64 addresses; Azure reserves 5 ...: 59 usable"
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class PlanStep {

  PlanStep() {}

  /** A step citing {@code rule}, with the decision and its numbers in {@code detail}. */
  public static PlanStep of(CapacityRule rule, String detail) {
    return ImmutablePlanStep.builder().rule(rule).detail(detail).build();
  }

  /** The rule applied. */
  public abstract CapacityRule rule();

  /** What the rule decided here, with the numbers. */
  public abstract String detail();

  @Override
  public String toString() {
    return rule().id() + ": " + detail();
  }
}

package io.github.vnetkit.compat.gateway;

import java.util.List;
import org.immutables.value.Value;

/**
 * One ordered step of a gateway-to-regional migration plan, with its phase and the SPEC rules
 * behind it.
 *
 * <pre>{@code
 * plan.steps().forEach(System.out::println);
 * // 7. [MIGRATE] Disconnect gateway-required integration from production ... (GW-3)
 * }</pre>
 */
@Value.Immutable
public abstract class MigrationStep {

  MigrationStep() {}

  static ImmutableMigrationStep.Builder builder() {
    return ImmutableMigrationStep.builder();
  }

  /** The step's position, from 1. */
  public abstract int number();

  /** The phase the step belongs to. */
  public abstract StepPhase phase();

  /** What to do, in one sentence. */
  public abstract String action();

  /** The SPEC rule ids behind the step; may be empty for plain good practice. */
  public abstract List<String> ruleIds();

  @Override
  public String toString() {
    return number()
        + ". ["
        + phase()
        + "] "
        + action()
        + (ruleIds().isEmpty() ? "" : " (" + String.join(", ", ruleIds()) + ")");
  }
}

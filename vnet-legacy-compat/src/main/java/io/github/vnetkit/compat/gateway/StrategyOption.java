package io.github.vnetkit.compat.gateway;

import org.immutables.value.Value;

/**
 * One migration strategy as a migration plan weighs it: whether it was chosen, why, its trade-offs
 * and the connectivity loss it implies (SPEC GW-3, GW-4).
 *
 * <pre>{@code
 * for (StrategyOption o : plan.alternatives()) {
 *   System.out.println(o); // DIRECT (not chosen: ...): trade-offs ...; loss 2-5 minutes ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class StrategyOption {

  StrategyOption() {}

  static ImmutableStrategyOption.Builder builder() {
    return ImmutableStrategyOption.builder();
  }

  /** The strategy. */
  public abstract MigrationStrategy strategy();

  /** Whether the plan chose it. */
  public abstract boolean chosen();

  /** Why it was or was not chosen. */
  public abstract String reason();

  /** Its trade-offs ({@link MigrationStrategy#tradeOffs()}). */
  public final String tradeOffs() {
    return strategy().tradeOffs();
  }

  /** The connectivity loss it implies. */
  public abstract ConnectivityLoss connectivityLoss();

  @Override
  public String toString() {
    return strategy()
        + (chosen() ? " (chosen: " : " (not chosen: ")
        + reason()
        + "): "
        + tradeOffs()
        + "; loss "
        + connectivityLoss();
  }
}

package io.github.vnetkit.compat.gateway;

import io.github.vnetkit.model.ResourceId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan for moving an app from gateway-required to regional integration (SPEC GW-1..GW-6): what is
 * wrong with the current integration, what blocks the move, the prerequisites, the chosen strategy
 * and the alternatives with their trade-offs, the ordered steps, the expected connectivity loss,
 * and whether the target VNet is in another region.
 *
 * <pre>{@code
 * GatewayMigrationPlan plan = GatewayMigrationPlanner.standard().plan(request);
 * if (plan.isBlocked()) {
 *   plan.blockers().forEach(System.out::println);
 * } else {
 *   plan.steps().forEach(System.out::println);
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class GatewayMigrationPlan {

  GatewayMigrationPlan() {}

  static ImmutableGatewayMigrationPlan.Builder builder() {
    return ImmutableGatewayMigrationPlan.builder();
  }

  /** The app the plan is for. */
  public abstract ResourceId appId();

  /**
   * What is wrong with the current gateway-required integration (GW-1, GW-2), from {@link
   * GatewayIntegrationChecker}: the reasons to migrate.
   */
  public abstract List<Finding> currentStateFindings();

  /** What stops the migration until it is fixed; sorted by {@link Finding#ORDER}. */
  public abstract List<Finding> blockers();

  /** What to look at but does not stop the migration; sorted. */
  public abstract List<Finding> warnings();

  /** The prerequisites (GW-6) and where each stands. */
  public abstract List<Prerequisite> prerequisites();

  /** The strategy chosen for the downtime tolerance (GW-4). */
  public abstract MigrationStrategy strategy();

  /** Every strategy, the chosen one first, with trade-offs and connectivity loss (GW-4). */
  public abstract List<StrategyOption> options();

  /** The strategies not chosen, with their trade-offs. */
  public final List<StrategyOption> alternatives() {
    return options().stream().filter(o -> !o.chosen()).toList();
  }

  /** The ordered steps. */
  public abstract List<MigrationStep> steps();

  /** The connectivity loss the chosen strategy implies (GW-3). */
  public abstract ConnectivityLoss connectivityLoss();

  /** Whether the target VNet is in another region, which adds the GW-5 steps. */
  public abstract boolean crossRegion();

  /** The proposed subnet's qualification, if a subnet was proposed. */
  public abstract Optional<SubnetQualification> subnetQualification();

  /** Whether anything blocks the migration. */
  public final boolean isBlocked() {
    return !blockers().isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("GatewayMigrationPlan for ")
            .append(appId().name())
            .append(": ")
            .append(strategy())
            .append(crossRegion() ? ", cross-region" : "")
            .append(isBlocked() ? ", BLOCKED" : "")
            .append('\n');
    currentStateFindings().forEach(f -> sb.append("  current: ").append(f).append('\n'));
    blockers().forEach(f -> sb.append("  blocker: ").append(f).append('\n'));
    warnings().forEach(f -> sb.append("  warning: ").append(f).append('\n'));
    prerequisites().forEach(p -> sb.append("  prerequisite: ").append(p).append('\n'));
    sb.append("  connectivity loss: ").append(connectivityLoss()).append('\n');
    steps().forEach(s -> sb.append("  ").append(s).append('\n'));
    alternatives().forEach(o -> sb.append("  alternative: ").append(o).append('\n'));
    return sb.toString();
  }
}

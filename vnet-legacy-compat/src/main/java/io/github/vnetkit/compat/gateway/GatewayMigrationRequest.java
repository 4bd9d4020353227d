package io.github.vnetkit.compat.gateway;

import io.github.vnetkit.compat.internal.Checks;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a gateway-to-regional migration is planned from: the app, its plan, its current
 * gateway-required integration, the VNet it must reach afterwards, the caller's downtime tolerance
 * and, optionally, the proposed integration subnet.
 *
 * <p>The target VNet defaults to the current integration's VNet. If it is in another region than
 * the plan, the proposed subnet belongs to a VNet in the app's region that is (or will be) peered
 * with it (GW-5).
 *
 * <pre>{@code
 * GatewayMigrationRequest request = GatewayMigrationRequest.builder()
 *     .app(app)
 *     .plan(plan)
 *     .current(gatewayIntegration)
 *     .downtimeTolerance(DowntimeTolerance.NONE)
 *     .proposedSubnet(proposal)
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} if {@code plan} is not the app's plan.
 */
@Value.Immutable
public abstract class GatewayMigrationRequest {

  GatewayMigrationRequest() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GatewayMigrationRequest}. */
  public static final class Builder extends ImmutableGatewayMigrationRequest.Builder {
    Builder() {}
  }

  /** The app to migrate. */
  public abstract App app();

  /** The app's plan. */
  public abstract AppServicePlan plan();

  /** The app's gateway-required integration. */
  public abstract GatewayIntegration current();

  /** The VNet the app must reach after the migration; defaults to the current target VNet. */
  @Value.Default
  public VirtualNetwork targetVnet() {
    return current().targetVnet();
  }

  /** How much interruption the caller accepts (GW-4). */
  public abstract DowntimeTolerance downtimeTolerance();

  /** The proposed integration subnet, if one is chosen already. */
  public abstract Optional<SubnetProposal> proposedSubnet();

  /** Whether the target VNet is in another region than the plan (GW-5). */
  public final boolean crossRegion() {
    return !targetVnet().region().equals(plan().region());
  }

  @Value.Check
  void check() {
    Checks.requirePlanOf(app(), plan());
  }
}

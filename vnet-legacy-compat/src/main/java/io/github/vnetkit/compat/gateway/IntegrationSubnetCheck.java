package io.github.vnetkit.compat.gateway;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.AppServicePlan;

/**
 * The seam through which a migration plan asks "does this proposed integration subnet qualify, and
 * why": a function from a {@link SubnetProposal} and the plan that will integrate to a {@link
 * SubnetQualification} with rule ids.
 *
 * <p>{@link #basic()} checks what this module knows by itself: the VNet has no IPv6 address space
 * (NET-2; the subnet itself is IPv4 by construction), delegation to {@code
 * Microsoft.Web/serverFarms} (NET-3), no other occupants (NET-3, GW-6) and no service endpoint
 * policies (NET-4). It leaves the capacity and size rules of the subnet planner open and says so in
 * {@link SubnetQualification#uncheckedRules()}: CAP-5, CAP-6 and CAP-7. An empty or new subnet is
 * not shared with another plan, so NET-5 holds with emptiness.
 *
 * <p>{@link #standard()} is the check {@link GatewayMigrationPlanner#standard()} uses: {@link
 * #basic()} and the subnet planner's answer ({@code SubnetPlanner.check}: the CAP-7 minimum, /27
 * when the portal creates the subnet, and room for the plan's maximum scale with headroom, CAP-5
 * and CAP-6).
 *
 * <pre>{@code
 * IntegrationSubnetCheck check = IntegrationSubnetCheck.basic().and((proposal, plan) ->
 *     SubnetQualification.of(myFindings, List.of("CAP-7"), List.of()));
 * GatewayMigrationPlanner planner = GatewayMigrationPlanner.using(check);
 * }</pre>
 */
@FunctionalInterface
public interface IntegrationSubnetCheck {

  /**
   * Checks {@code proposal} for integration by {@code plan}.
   *
   * @throws NullPointerException if an argument is null
   */
  SubnetQualification check(SubnetProposal proposal, AppServicePlan plan);

  /** The rules this module checks by itself; see the interface comment. */
  static IntegrationSubnetCheck basic() {
    return BasicSubnetCheck.INSTANCE;
  }

  /**
   * The check migration plans use by default: {@link #basic()} and the subnet planner's size and
   * capacity rules (CAP-5, CAP-6, CAP-7).
   */
  static IntegrationSubnetCheck standard() {
    return basic().and(PlannerSubnetCheck.INSTANCE);
  }

  /**
   * A check that runs this one and {@code other} and merges their answers ({@link
   * SubnetQualification#merge}).
   *
   * @throws NullPointerException if {@code other} is null
   */
  default IntegrationSubnetCheck and(IntegrationSubnetCheck other) {
    requireNonNull(other, "other");
    return (proposal, plan) -> check(proposal, plan).merge(other.check(proposal, plan));
  }
}

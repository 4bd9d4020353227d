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
 * {@link SubnetQualification#uncheckedRules()}: CAP-5, CAP-6, CAP-7 and NET-5 (multi-plan subnet
 * join).
 *
 * <p>{@link #standard()} is the check {@link GatewayMigrationPlanner#standard()} uses. It is where
 * the subnet planner's rules plug in: once {@code vnet-subnet-planner} offers its check, {@code
 * standard()} returns {@code basic().and(plannerCheck)}, and the open rules close.
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
   * The check migration plans use by default: currently {@link #basic()}; the subnet planner's
   * CAP-7 and capacity check is to be added here with {@link #and}.
   */
  static IntegrationSubnetCheck standard() {
    return basic();
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

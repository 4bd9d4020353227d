package io.github.vnetkit.compat.gateway;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.compat.Severity;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.planner.FitResult;
import io.github.vnetkit.planner.PlanDemand;
import io.github.vnetkit.planner.PlanningOptions;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.ArrayList;
import java.util.List;

/**
 * The subnet planner's part of {@link IntegrationSubnetCheck#standard()}: the minimum size (CAP-7,
 * /27 when the portal creates the subnet) and room for the plan at its maximum scale with scale
 * headroom (CAP-5, CAP-6), answered by {@link SubnetPlanner#check}, never recomputed here.
 *
 * <p>A Windows-container (Hyper-V) plan is counted with one container app, the migrating app: the
 * number of other container apps on the plan is not part of a proposal, so CAP-3 stays open and the
 * answer is a lower bound.
 */
final class PlannerSubnetCheck implements IntegrationSubnetCheck {

  static final PlannerSubnetCheck INSTANCE = new PlannerSubnetCheck();

  private PlannerSubnetCheck() {}

  @Override
  public SubnetQualification check(SubnetProposal proposal, AppServicePlan plan) {
    requireNonNull(proposal, "proposal");
    requireNonNull(plan, "plan");
    Subnet subnet = proposal.subnet();
    PlanDemand demand = plan.hyperV() ? PlanDemand.of(plan, 1) : PlanDemand.of(plan);
    FitResult fit =
        SubnetPlanner.check(
            subnet.addressPrefix(),
            List.of(demand),
            PlanningOptions.builder().portalCreated(proposal.portalCreated()).build());
    String subject = "subnet '" + subnet.name() + "' (" + subnet.addressPrefix() + ")";
    List<Finding> findings = new ArrayList<>();
    if (!fit.meetsMinimum()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              "CAP-7",
              subject,
              "is smaller than the /"
                  + fit.minimumPrefixLength()
                  + " that regional integration needs here",
              "use a subnet of /" + fit.minimumPrefixLength() + " or larger; /26 is recommended"));
    } else if (!fit.fits()) {
      findings.add(
          Finding.of(
              Severity.ERROR,
              "CAP-5",
              subject,
              "has "
                  + fit.usableAddresses()
                  + " usable addresses, but plan '"
                  + plan.id().name()
                  + "' needs "
                  + fit.addressesNeeded()
                  + " at its maximum scale of "
                  + plan.maxInstances()
                  + " instances with scale headroom (CAP-4, CAP-6)",
              "use a larger subnet: the subnet size cannot change after assignment (CAP-6)"));
    } else if (!fit.meetsRecommendation()) {
      findings.add(
          Finding.of(
              Severity.WARNING,
              "CAP-6",
              subject,
              "fits, but is smaller than the recommended /26",
              "prefer a /26 or larger: the size cannot change after assignment"));
    }
    List<String> checked = new ArrayList<>(List.of("CAP-5", "CAP-6", "CAP-7"));
    List<String> unchecked = new ArrayList<>();
    if (plan.hyperV()) {
      unchecked.add("CAP-3");
    }
    return SubnetQualification.of(findings, checked, unchecked);
  }
}

package io.github.vnetkit.compat.gateway;

import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.planner.FitResult;
import io.github.vnetkit.planner.PlanDemand;
import io.github.vnetkit.planner.PlanningOptions;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The subnet planner's part of {@link IntegrationSubnetCheck#standard()}: the minimum size (CAP-7,
 * /27 when the portal creates the subnet) and room for the plan at its maximum scale (CAP-5), with
 * scale headroom (CAP-4, CAP-6), answered by {@link SubnetPlanner#check}, never recomputed here.
 *
 * <p>Severities: a subnet below the minimum, or outside Azure's subnet sizes /2 to /29 (which
 * {@code SubnetPlanner} rejects as input), is a CAP-7 error; one that cannot hold the plan at
 * steady state is a CAP-5 error; one that holds it steady but not through a scale operation at
 * maximum scale is a CAP-4 warning (scaling at the maximum would fail until addresses return), and
 * one below the recommended /26 a CAP-6 warning.
 *
 * <p>A Windows-container (Hyper-V) plan is counted with one container app, the migrating app: the
 * number of other container apps on the plan is not part of a proposal, so CAP-3 stays open and the
 * answer is a lower bound.
 */
final class PlannerSubnetCheck implements IntegrationSubnetCheck {

  static final PlannerSubnetCheck INSTANCE = new PlannerSubnetCheck();

  private static final List<String> CHECKED = List.of("CAP-4", "CAP-5", "CAP-6", "CAP-7");

  private PlannerSubnetCheck() {}

  /** The planner options for {@code proposal}: one plan, portal-created or existing. */
  static PlanningOptions options(SubnetProposal proposal) {
    return PlanningOptions.builder().portalCreated(proposal.portalCreated()).build();
  }

  @Override
  public SubnetQualification check(SubnetProposal proposal, AppServicePlan plan) {
    requireNonNull(proposal, "proposal");
    requireNonNull(plan, "plan");
    Subnet subnet = proposal.subnet();
    String subject = "subnet '" + subnet.name() + "' (" + subnet.addressPrefix() + ")";
    PlanningOptions options = options(proposal);
    List<String> unchecked = plan.hyperV() ? List.of("CAP-3") : List.of();
    int prefixLength = subnet.addressPrefix().prefixLength();
    if (prefixLength < SubnetPlanner.LARGEST_AZURE_PREFIX_LENGTH
        || prefixLength > SubnetPlanner.SMALLEST_AZURE_PREFIX_LENGTH) {
      return SubnetQualification.of(
          List.of(outsideAzureSizes(subject, prefixLength, options)), CHECKED, unchecked);
    }
    PlanDemand demand = plan.hyperV() ? PlanDemand.of(plan, 1) : PlanDemand.of(plan);
    FitResult fit = SubnetPlanner.check(subnet.addressPrefix(), List.of(demand), options);
    String smallest = smallestHolding(demand, options);
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
              "use a subnet of /"
                  + fit.minimumPrefixLength()
                  + " or larger; /"
                  + SubnetPlanner.RECOMMENDED_PREFIX_LENGTH
                  + " is recommended"));
    } else if (!fit.fitsSteady()) {
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
                  + fit.steadyAddresses()
                  + " at its maximum scale of "
                  + plan.maxInstances()
                  + " instances, even without scale headroom",
              "use " + smallest + ": the subnet size cannot change after assignment (CAP-6)"));
    } else if (!fit.fitsWithScaleHeadroom()) {
      findings.add(
          Finding.of(
              Severity.WARNING,
              "CAP-4",
              subject,
              "has "
                  + fit.usableAddresses()
                  + " usable addresses: enough for the "
                  + fit.steadyAddresses()
                  + " needed at steady state by plan '"
                  + plan.id().name()
                  + "' at its maximum of "
                  + plan.maxInstances()
                  + " instances, but not for the "
                  + fit.scaleHeadroomAddresses()
                  + " needed during a scale operation at that size (new instances start before"
                  + " old ones stop); the size cannot change after assignment (CAP-6)",
              "use "
                  + smallest
                  + " to keep scale headroom, or scale the plan only below its maximum"));
    } else if (!fit.meetsRecommendation()) {
      findings.add(
          Finding.of(
              Severity.WARNING,
              "CAP-6",
              subject,
              "fits, but is smaller than the recommended /"
                  + SubnetPlanner.RECOMMENDED_PREFIX_LENGTH,
              "prefer a /"
                  + SubnetPlanner.RECOMMENDED_PREFIX_LENGTH
                  + " or larger: the size cannot change after assignment"));
    }
    return SubnetQualification.of(findings, CHECKED, unchecked);
  }

  /** The CAP-7 finding for a prefix that is no Azure subnet size, which the planner rejects. */
  private static Finding outsideAzureSizes(
      String subject, int prefixLength, PlanningOptions options) {
    int minimum = options.minimumPrefixLength();
    return Finding.of(
        Severity.ERROR,
        "CAP-7",
        subject,
        "/"
            + prefixLength
            + " is outside Azure's subnet sizes /"
            + SubnetPlanner.LARGEST_AZURE_PREFIX_LENGTH
            + " to /"
            + SubnetPlanner.SMALLEST_AZURE_PREFIX_LENGTH
            + ", and regional integration needs /"
            + minimum
            + " or larger here",
        "use a subnet between /"
            + SubnetPlanner.LARGEST_AZURE_PREFIX_LENGTH
            + " and /"
            + minimum
            + "; /"
            + SubnetPlanner.RECOMMENDED_PREFIX_LENGTH
            + " is recommended");
  }

  /** The smallest subnet that holds {@code demand} with scale headroom, as advice. */
  private static String smallestHolding(PlanDemand demand, PlanningOptions options) {
    OptionalInt smallest = SubnetPlanner.plan(demand, options).smallestPrefix();
    return smallest.isPresent()
        ? "a /" + smallest.getAsInt() + " or larger"
        : "the largest subnet available (no Azure subnet holds this plan's maximum scale with"
            + " headroom)";
  }
}

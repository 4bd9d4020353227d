package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.EstateIndex.label;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.planner.FitResult;
import io.github.vnetkit.planner.PlanDemand;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Capacity findings from the subnet planner's answers, asked through {@link CapacityAnswers}: does
 * each integration subnet hold its plans at their maximum scale, with scale headroom (reported as
 * CAP-5; for a shared subnet the need is the sum over its plans, CAP-8, and the planner's rule ids
 * are in the message), and does it meet the minimum size (CAP-7; a shared subnet below the
 * multi-plan minimum is NET-5's finding). Nothing here computes capacity: usable addresses, needs
 * and verdicts are the planner's.
 *
 * <p>A Windows-container (Hyper-V) plan's demand counts its apps and their deployment slots as
 * Windows-container apps: each runs its own container on every instance (CAP-3).
 */
final class CapacityRules implements RuleSet {

  private final CapacityAnswers answers;

  CapacityRules(CapacityAnswers answers) {
    this.answers = answers;
  }

  @Override
  public List<String> ruleIds() {
    return ImmutableList.of("CAP-5", "CAP-7");
  }

  @Override
  public void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out) {
    for (ResourceId subnetId : index.integratedSubnets()) {
      Optional<Subnet> subnet = index.subnet(subnetId);
      if (subnet.isEmpty()) {
        continue;
      }
      List<AppServicePlan> plans =
          index.plansOn(subnetId).stream()
              .map(id -> index.plan(id).orElseThrow())
              .collect(ImmutableList.toImmutableList());
      List<ResourceId> ids =
          ImmutableList.<ResourceId>builder().add(subnetId).addAll(index.plansOn(subnetId)).build();
      int prefixLength = subnet.get().addressPrefix().prefixLength();
      if (prefixLength > SubnetPlanner.SMALLEST_AZURE_PREFIX_LENGTH) {
        out.add(
            tooSmall(
                subnet.get(),
                ids,
                "smaller than any subnet Azure allows (/"
                    + SubnetPlanner.SMALLEST_AZURE_PREFIX_LENGTH
                    + ")"));
        continue;
      }
      if (prefixLength >= SubnetPlanner.LARGEST_AZURE_PREFIX_LENGTH
          && !SubnetPlanner.integrationAllowed(prefixLength)) {
        out.add(tooSmall(subnet.get(), ids, "too small for integration"));
        continue;
      }
      List<PlanDemand> demands =
          plans.stream()
              .map(p -> PlanDemand.of(p, p.hyperV() ? index.sitesOf(p.id()).size() : 0))
              .collect(ImmutableList.toImmutableList());
      answers
          .answer(subnet.get().addressPrefix(), demands)
          .ifPresent(fit -> report(subnet.get(), ids, plans, fit, out));
    }
  }

  private static void report(
      Subnet subnet,
      List<ResourceId> ids,
      List<AppServicePlan> plans,
      FitResult fit,
      ImmutableList.Builder<Finding> out) {
    boolean fitsSteady = fit.fitsSteady();
    boolean fitsWithHeadroom = fit.fitsWithScaleHeadroom();
    if (!fit.meetsMinimum()) {
      // Only a shared subnet below the multi-plan minimum gets here: that is NET-5's finding. The
      // planner's fit answers include the minimum, so whether the addresses would hold the plans
      // is read from its usable and needed addresses: moving to a larger subnet reveals nothing.
      fitsSteady = fit.usableAddresses() >= fit.steadyAddresses();
      fitsWithHeadroom = fit.usableAddresses() >= fit.scaleHeadroomAddresses();
    }
    String name =
        "Subnet '"
            + label(subnet.id())
            + "' ("
            + subnet.addressPrefix()
            + ", "
            + fit.usableAddresses()
            + " usable addresses)";
    String demand =
        fit.demands().stream()
            .map(
                d ->
                    d.planId().map(id -> "'" + label(id) + "'").orElse("a plan")
                        + " up to "
                        + d.instances()
                        + (d.windowsContainerApps() > 0
                            ? " instances x (1 + " + d.windowsContainerApps() + " container apps)"
                            : " instances"))
            .collect(Collectors.joining(", "));
    String rules = " (" + String.join(", ", fit.rules()) + ")";
    if (!fitsSteady) {
      out.add(
          Finding.of(
              "CAP-5",
              Severity.ERROR,
              ids,
              name
                  + " cannot hold "
                  + demand
                  + ": "
                  + (plans.size() > 1 ? "together they need " : "that needs ")
                  + fit.steadyAddresses()
                  + " addresses at steady state"
                  + rules
                  + ".",
              "Integrate with a larger subnet (a subnet's size cannot change after assignment),"
                  + " or lower the maximum instance count."));
    } else if (!fitsWithHeadroom) {
      out.add(
          Finding.of(
              "CAP-5",
              Severity.WARNING,
              ids,
              name
                  + " holds "
                  + demand
                  + " at steady state ("
                  + fit.steadyAddresses()
                  + " addresses), but not during a scale operation at that scale, which needs "
                  + fit.scaleHeadroomAddresses()
                  + rules
                  + ".",
              "Integrate with a subnet that holds twice the steady need (the documents advise"
                  + " double the expected maximum), or lower the maximum instance count."));
    }
  }

  /** CAP-7: below the smallest subnet integration accepts, /28 (the planner's minimum). */
  private static Finding tooSmall(Subnet subnet, List<ResourceId> ids, String why) {
    int minimum = SubnetPlanner.EXISTING_SUBNET_MINIMUM_PREFIX_LENGTH;
    return Finding.of(
        "CAP-7",
        Severity.ERROR,
        ids,
        "Subnet '"
            + label(subnet.id())
            + "' is "
            + subnet.addressPrefix()
            + ", "
            + why
            + ": integration needs /"
            + minimum
            + " or larger.",
        "Integrate with a subnet of /"
            + minimum
            + " or larger (/"
            + SubnetPlanner.RECOMMENDED_PREFIX_LENGTH
            + " is recommended); a subnet's size cannot change after assignment.");
  }
}

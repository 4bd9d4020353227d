package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.EstateIndex.label;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Capacity findings from the planner's answers, asked through {@link CapacityAnswers}: does each
 * integration subnet hold its plans at their maximum scale, with scale headroom (reported as CAP-5;
 * for a shared subnet the need is the sum over its plans, CAP-8, and the planner's rule ids are in
 * the message), and does it meet the minimum size (CAP-7; a shared subnet below the multi-plan
 * minimum is NET-5's finding). Nothing here computes capacity.
 */
final class CapacityRules implements RuleSet {

  private final CapacityAnswers answers;

  CapacityRules(CapacityAnswers answers) {
    this.answers = answers;
  }

  @Override
  public List<String> ruleIds() {
    return answers.wired() ? ImmutableList.of("CAP-5", "CAP-7") : ImmutableList.of();
  }

  @Override
  public void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out) {
    for (ResourceId subnetId : index.integratedSubnets()) {
      Optional<Subnet> subnet = index.subnet(subnetId);
      if (subnet.isEmpty()) {
        continue;
      }
      List<CapacityAnswers.PlanDemand> demands =
          index.plansOn(subnetId).stream()
              .map(id -> demand(index, index.plan(id).orElseThrow()))
              .collect(ImmutableList.toImmutableList());
      answers
          .answer(subnet.get().addressPrefix(), demands)
          .ifPresent(answer -> report(subnet.get(), demands, answer, out));
    }
  }

  private static CapacityAnswers.PlanDemand demand(EstateIndex index, AppServicePlan plan) {
    int containerApps = plan.hyperV() ? index.sitesOf(plan.id()).size() : 0;
    return new CapacityAnswers.PlanDemand(plan.id(), plan.maxInstances(), containerApps);
  }

  private static void report(
      Subnet subnet,
      List<CapacityAnswers.PlanDemand> demands,
      CapacityAnswers.SubnetCapacity answer,
      ImmutableList.Builder<Finding> out) {
    List<ResourceId> ids =
        ImmutableList.copyOf(
            Iterables.concat(
                ImmutableList.of(subnet.id()),
                demands.stream().map(CapacityAnswers.PlanDemand::planId).toList()));
    String name =
        "Subnet '"
            + label(subnet.id())
            + "' ("
            + subnet.addressPrefix()
            + ", "
            + answer.usableAddresses()
            + " usable addresses)";
    String plans =
        demands.stream()
            .map(
                d ->
                    "'"
                        + label(d.planId())
                        + "' up to "
                        + d.maxInstances()
                        + " instances"
                        + (d.windowsContainerApps() > 0
                            ? " x (1 + " + d.windowsContainerApps() + " Windows-container apps)"
                            : ""))
            .collect(Collectors.joining(", "));
    String rules = " (" + String.join(", ", answer.ruleIds()) + ")";
    if (!answer.meetsMinimum() && demands.size() > 1) {
      return; // a shared subnet below the multi-plan minimum is NET-5's finding
    }
    if (!answer.meetsMinimum()) {
      out.add(
          Finding.of(
              "CAP-7",
              Severity.ERROR,
              ids,
              name
                  + " is smaller than /"
                  + answer.minimumPrefixLength()
                  + ", the smallest subnet integration accepts"
                  + rules
                  + ".",
              "Integrate with a subnet of /"
                  + answer.minimumPrefixLength()
                  + " or larger (/26 is recommended); a subnet's size cannot change while it is"
                  + " in use."));
    } else if (!answer.fitsSteady()) {
      out.add(
          Finding.of(
              "CAP-5",
              Severity.ERROR,
              ids,
              name
                  + " cannot hold "
                  + plans
                  + ": they need "
                  + answer.steadyAddresses()
                  + " addresses at steady state"
                  + rules
                  + ".",
              "Integrate with a larger subnet (the size cannot change after assignment), or lower"
                  + " the plans' maximum instance counts."));
    } else if (!answer.fitsWithScaleHeadroom()) {
      out.add(
          Finding.of(
              "CAP-5",
              Severity.WARNING,
              ids,
              name
                  + " holds "
                  + plans
                  + " at steady state ("
                  + answer.steadyAddresses()
                  + " addresses) but not during a scale operation, which needs "
                  + answer.scaleHeadroomAddresses()
                  + rules
                  + ".",
              "Integrate with a subnet twice the size of the steady need (the documents advise"
                  + " double the expected maximum), or lower the maximum instance counts."));
    }
  }
}

package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.EstateIndex.label;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * SPEC section 11 as far as a snapshot of an estate shows it (LIFE-3): a subnet still delegated for
 * a plan that no longer exists, left behind by deleting the plan without disconnecting. The other
 * LIFE rules are about operations and live in {@link Lifecycle}. (A plan that keeps an integration
 * none of its apps uses is not reported here: a plan-level integration is a normal state; deleting
 * the last app without disconnecting is reported by {@link Lifecycle#deleteApp}.)
 */
final class LifecycleRules implements RuleSet {

  /** The documented recovery from an orphaned delegation, in order (LIFE-3, [002]). */
  static final ImmutableList<String> RECOVERY_STEPS =
      ImmutableList.of(
          "re-create the App Service plan and the app, with exactly the same app name as before",
          "integrate the app with the subnet",
          "disconnect the integration",
          "delete the app or the plan",
          "then update or delete the subnet or the virtual network");

  /** The recovery steps as one sentence: {@code "1. re-create ...; 2. ..."}. */
  static String recovery() {
    return IntStream.range(0, RECOVERY_STEPS.size())
            .mapToObj(i -> (i + 1) + ". " + RECOVERY_STEPS.get(i))
            .collect(Collectors.joining("; "))
        + ".";
  }

  @Override
  public List<String> ruleIds() {
    return ImmutableList.of("LIFE-3");
  }

  @Override
  public void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out) {
    for (VirtualNetwork vnet : index.virtualNetworks()) {
      for (Subnet subnet : vnet.subnets()) {
        for (ResourceId link : subnet.serviceAssociationLinks()) {
          if (index.plan(link).isEmpty()) {
            out.add(orphan(subnet.id(), link));
          }
        }
      }
    }
  }

  /** The finding for a subnet whose delegation is held by a plan that no longer exists. */
  static Finding orphan(ResourceId subnetId, ResourceId deletedPlanId) {
    return Finding.of(
        "LIFE-3",
        Severity.WARNING,
        ImmutableList.of(subnetId, deletedPlanId),
        "Subnet '"
            + label(subnetId)
            + "' is still delegated to "
            + Subnet.SERVER_FARMS_DELEGATION
            + " for plan '"
            + label(deletedPlanId)
            + "', which no longer exists (it was deleted without disconnecting); the subnet and"
            + " its virtual network cannot be updated or deleted until the delegation is"
            + " released.",
        "Release it: " + recovery());
  }
}

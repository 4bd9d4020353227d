package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.EstateIndex.label;
import static io.github.vnetkit.planner.check.EstateIndex.labels;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Iterables;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import io.github.vnetkit.planner.SubnetPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * SPEC section 2, NET-1..NET-10: the VNets and subnets that plans are integrated with, the number
 * of integrations per plan, permissions, other subscriptions, peerings and slots.
 *
 * <p>A plan's integrations are the subnets it lists ({@code vnetIntegrations}): NET-6 counts them
 * (Windows two, Linux one) and requires every app and slot of the plan to use one of them. The
 * subnet and VNet rules look at every plan that lists a subnet or has an app or slot using it.
 */
final class NetworkRules implements RuleSet {

  @Override
  public List<String> ruleIds() {
    return ImmutableList.of(
        "NET-1", "NET-2", "NET-3", "NET-4", "NET-5", "NET-6", "NET-7", "NET-8", "NET-9", "NET-10");
  }

  @Override
  public void check(EstateIndex index, CheckContext context, ImmutableList.Builder<Finding> out) {
    for (ResourceId subnetId : index.integratedSubnets()) {
      checkSubnet(index, context, subnetId, out);
    }
    for (ResourceId vnetId : index.integratedVirtualNetworks()) {
      checkSubscription(index, context, vnetId, out);
      index.virtualNetwork(vnetId).ifPresent(vnet -> checkVirtualNetwork(index, vnet, out));
    }
    for (AppServicePlan plan : index.plans()) {
      ImmutableSortedSet<ResourceId> listed = ImmutableSortedSet.copyOf(plan.vnetIntegrations());
      checkIntegrationCount(plan, listed, out);
      for (Site site : index.sitesOf(plan.id())) {
        checkSiteUsesPlanIntegration(plan, listed, site, out);
      }
    }
    for (App app : index.apps()) {
      for (DeploymentSlot slot : sortedSlots(app)) {
        checkSlot(app, slot, out);
      }
    }
  }

  // ---------------------------------------------------------------- subnets: NET-1, 3, 4, 5, 7

  private static void checkSubnet(
      EstateIndex index,
      CheckContext context,
      ResourceId subnetId,
      ImmutableList.Builder<Finding> out) {
    ImmutableSortedSet<ResourceId> plans = index.plansOn(subnetId);
    List<ResourceId> concerned = with(subnetId, plans);
    Optional<VirtualNetwork> vnet = index.virtualNetworkOf(subnetId);
    Optional<Subnet> subnet = index.subnet(subnetId);
    if (vnet.isEmpty()) {
      out.add(
          Finding.of(
              "NET-1",
              Severity.INFO,
              concerned,
              "The virtual network '"
                  + label(subnetId.parent().orElseThrow())
                  + "' of integration subnet '"
                  + label(subnetId)
                  + "' (used by "
                  + labels(plans)
                  + ") is not in the estate, so its region, deployment model, address spaces,"
                  + " delegation, service endpoint policies and capacity were not checked.",
              "Add the virtual network to the estate to check it."));
    } else if (subnet.isEmpty()) {
      out.add(
          Finding.of(
              "NET-3",
              Severity.ERROR,
              concerned,
              "Plans "
                  + labels(plans)
                  + " are integrated with subnet '"
                  + label(subnetId)
                  + "', which does not exist in virtual network '"
                  + label(vnet.get().id())
                  + "'.",
              "Create the subnet (a dedicated subnet delegated to Microsoft.Web/serverFarms; /26"
                  + " is recommended) or integrate with an existing one."));
    } else {
      checkDelegation(context, subnet.get(), concerned, out);
      checkServiceEndpointPolicies(subnet.get(), concerned, out);
    }
    if (plans.size() > 1) {
      checkSharing(index, subnetId, plans, subnet.map(Subnet::addressPrefix), out);
    }
    context
        .callerPermissions()
        .ifPresent(
            perms -> {
              List<String> missing = perms.missingIntegrationActions();
              if (!missing.isEmpty()) {
                out.add(
                    Finding.of(
                        "NET-7",
                        Severity.ERROR,
                        ImmutableList.of(subnetId),
                        "The caller lacks "
                            + String.join(", ", missing)
                            + " on subnet '"
                            + label(subnetId)
                            + "'; integrating needs read on the virtual network, read on the"
                            + " subnet and join/action on the subnet.",
                        "Grant the caller "
                            + String.join(", ", missing)
                            + " on the subnet or a higher scope (the Network Contributor role has"
                            + " all three)."));
              }
            });
  }

  private static void checkDelegation(
      CheckContext context,
      Subnet subnet,
      List<ResourceId> concerned,
      ImmutableList.Builder<Finding> out) {
    List<String> others =
        subnet.delegations().stream()
            .filter(d -> !d.equalsIgnoreCase(Subnet.SERVER_FARMS_DELEGATION))
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .collect(ImmutableList.toImmutableList());
    String name = "Subnet '" + label(subnet.id()) + "'";
    if (!others.isEmpty()) {
      out.add(
          Finding.of(
              "NET-3",
              Severity.ERROR,
              concerned,
              name
                  + " is delegated to "
                  + String.join(", ", others)
                  + "; an integration subnet is dedicated to App Service and delegated to "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + " only.",
              "Replace the subnet's delegations with "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + " (after moving out whatever uses "
                  + String.join(", ", others)
                  + "), or integrate with another subnet."));
      return;
    }
    if (subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)) {
      return;
    }
    String fix = "Delegate the subnet to " + Subnet.SERVER_FARMS_DELEGATION + ".";
    Optional<CallerPermissions> perms = context.callerPermissions();
    if (perms.isEmpty()) {
      out.add(
          Finding.of(
              "NET-3",
              Severity.WARNING,
              concerned,
              name
                  + " is not delegated to "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + "; integration delegates it only if the caller may write the subnet ("
                  + CallerPermissions.WRITE_SUBNET
                  + "), and the caller's permissions were not supplied.",
              fix + " Or supply the caller's permissions to check that integration can do it."));
    } else if (perms.get().allows(CallerPermissions.WRITE_SUBNET)) {
      out.add(
          Finding.of(
              "NET-3",
              Severity.INFO,
              concerned,
              name
                  + " is not delegated to "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + " yet; integration will delegate it, since the caller holds "
                  + CallerPermissions.WRITE_SUBNET
                  + ".",
              "Nothing to do: integration delegates it (or delegate it to "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + " ahead of time)."));
    } else {
      out.add(
          Finding.of(
              "NET-3",
              Severity.ERROR,
              concerned,
              name
                  + " is not delegated to "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + ", and the caller lacks "
                  + CallerPermissions.WRITE_SUBNET
                  + ", so integration cannot delegate it.",
              fix
                  + " Or grant the caller "
                  + CallerPermissions.WRITE_SUBNET
                  + " on the subnet so that integration can."));
    }
  }

  private static void checkServiceEndpointPolicies(
      Subnet subnet, List<ResourceId> concerned, ImmutableList.Builder<Finding> out) {
    if (subnet.hasServiceEndpointPolicies()) {
      out.add(
          Finding.of(
              "NET-4",
              Severity.ERROR,
              concerned,
              "Subnet '"
                  + label(subnet.id())
                  + "' has service endpoint policies, which an integration subnet may not have.",
              "Remove the service endpoint policies from the subnet (service endpoints themselves"
                  + " are fine), or integrate with another subnet."));
    }
  }

  private static void checkSharing(
      EstateIndex index,
      ResourceId subnetId,
      ImmutableSortedSet<ResourceId> planIds,
      Optional<Cidr> prefix,
      ImmutableList.Builder<Finding> out) {
    List<AppServicePlan> plans =
        planIds.stream()
            .map(id -> index.plan(id).orElseThrow())
            .collect(ImmutableList.toImmutableList());
    List<String> problems = new ArrayList<>();
    List<String> remedies = new ArrayList<>();
    List<ResourceId> withoutMpsj =
        plans.stream()
            .filter(p -> !p.multiPlanSubnetJoin())
            .map(AppServicePlan::id)
            .collect(ImmutableList.toImmutableList());
    if (!withoutMpsj.isEmpty()) {
      problems.add(
          "a subnet serves one plan unless every plan sharing it uses multi-plan subnet join, and "
              + labels(withoutMpsj)
              + (withoutMpsj.size() == 1 ? " does not" : " do not"));
      remedies.add("enable multi-plan subnet join on " + labels(withoutMpsj));
    }
    if (prefix.isPresent()
        && prefix.get().prefixLength() > SubnetPlanner.MULTI_PLAN_MINIMUM_PREFIX_LENGTH) {
      problems.add(
          "a shared subnet must be /"
              + SubnetPlanner.MULTI_PLAN_MINIMUM_PREFIX_LENGTH
              + " or larger, and this one is /"
              + prefix.get().prefixLength());
      remedies.add(
          "use a /" + SubnetPlanner.MULTI_PLAN_MINIMUM_PREFIX_LENGTH + " or larger subnet");
    }
    List<String> subscriptions =
        plans.stream()
            .map(p -> p.subscriptionId().toLowerCase(Locale.ROOT))
            .distinct()
            .sorted()
            .collect(ImmutableList.toImmutableList());
    if (subscriptions.size() > 1) {
      problems.add(
          "plans sharing a subnet must be in one subscription, and these are in "
              + String.join(", ", subscriptions));
      remedies.add("keep the sharing plans in one subscription");
    }
    if (problems.isEmpty()) {
      return;
    }
    out.add(
        Finding.of(
            "NET-5",
            Severity.ERROR,
            with(subnetId, planIds),
            "Subnet '"
                + label(subnetId)
                + "' is shared by plans "
                + labels(planIds)
                + ", but "
                + String.join("; ", problems)
                + ".",
            "Give each plan its own subnet (apps of another plan that need the same VNet use a"
                + " different subnet); or, to keep sharing, "
                + String.join(" and ", remedies)
                + "."));
  }

  // ---------------------------------------------------------------- VNets: NET-1, 2, 8, 9

  private static void checkVirtualNetwork(
      EstateIndex index, VirtualNetwork vnet, ImmutableList.Builder<Finding> out) {
    ImmutableSortedSet<ResourceId> plans = index.plansOnVirtualNetwork(vnet.id());
    String name = "Virtual network '" + label(vnet.id()) + "'";
    if (vnet.classic()) {
      out.add(
          Finding.of(
              "NET-1",
              Severity.ERROR,
              with(vnet.id(), plans),
              name
                  + " is a classic virtual network; regional integration (used by "
                  + labels(plans)
                  + ") needs an Azure Resource Manager virtual network.",
              "Migrate the virtual network to Resource Manager, or integrate with a Resource"
                  + " Manager virtual network (a classic one is reachable only through"
                  + " gateway-required integration)."));
    }
    for (ResourceId planId : plans) {
      AppServicePlan plan = index.plan(planId).orElseThrow();
      if (!plan.region().equals(vnet.region())) {
        out.add(
            Finding.of(
                "NET-1",
                Severity.ERROR,
                ImmutableList.of(planId, vnet.id()),
                "Plan '"
                    + label(planId)
                    + "' and its apps are in "
                    + plan.region()
                    + ", but virtual network '"
                    + label(vnet.id())
                    + "' is in "
                    + vnet.region()
                    + "; regional integration needs a virtual network in the app's region"
                    + " (region names compare normalised).",
                "Integrate with a virtual network in "
                    + plan.region()
                    + "; to reach '"
                    + label(vnet.id())
                    + "', peer it with that virtual network (global peering is reachable)."));
      }
    }
    List<Cidr> ipv6 =
        vnet.addressSpaces().stream()
            .filter(Cidr::isIpv6)
            .sorted()
            .collect(ImmutableList.toImmutableList());
    if (!ipv6.isEmpty()) {
      out.add(
          Finding.of(
              "NET-2",
              Severity.ERROR,
              with(vnet.id(), plans),
              name
                  + " has IPv6 address space "
                  + ipv6.stream().map(Cidr::toString).collect(Collectors.joining(", "))
                  + "; the virtual network of an integration may not have any IPv6 address"
                  + " space.",
              "Remove the IPv6 address spaces from the virtual network, or integrate with an"
                  + " IPv4-only virtual network."));
    }
    List<Peering> peerings =
        vnet.peerings().stream()
            .sorted(Comparator.comparing(Peering::remoteVirtualNetworkId))
            .collect(ImmutableList.toImmutableList());
    for (Peering peering : peerings) {
      ResourceId remote = peering.remoteVirtualNetworkId();
      boolean classic =
          peering.remoteClassic()
              || index.virtualNetwork(remote).map(VirtualNetwork::classic).orElse(false);
      if (classic) {
        out.add(
            Finding.of(
                "NET-9",
                Severity.WARNING,
                ImmutableList.of(vnet.id(), remote),
                "Virtual network '"
                    + label(remote)
                    + "' is a classic virtual network peered with '"
                    + label(vnet.id())
                    + "'; its resources are not reachable through the integration of "
                    + labels(plans)
                    + ", as nothing across a peering with a classic virtual network is.",
                "Migrate '"
                    + label(remote)
                    + "' to Resource Manager, or reach it another way (for example"
                    + " gateway-required integration through a VPN gateway in it)."));
      }
    }
  }

  private static void checkSubscription(
      EstateIndex index,
      CheckContext context,
      ResourceId vnetId,
      ImmutableList.Builder<Finding> out) {
    List<ResourceId> foreign =
        index.plansOnVirtualNetwork(vnetId).stream()
            .filter(p -> !p.sameSubscription(vnetId))
            .collect(ImmutableList.toImmutableList());
    if (foreign.isEmpty()) {
      return;
    }
    String sub = vnetId.subscriptionId();
    CheckContext.Registration registration =
        index.holdsWebResourcesIn(sub)
            ? CheckContext.Registration.REGISTERED
            : context.registration(sub);
    String fix =
        "Register the Microsoft.Web resource provider in subscription "
            + sub
            + " (az provider register --namespace Microsoft.Web --subscription "
            + sub
            + ")";
    String what =
        "Virtual network '"
            + label(vnetId)
            + "' is in subscription "
            + sub
            + ", not in the subscription of plans "
            + labels(foreign)
            + "; that is allowed when its subscription has the Microsoft.Web resource provider"
            + " registered";
    if (registration == CheckContext.Registration.NOT_REGISTERED) {
      out.add(
          Finding.of(
              "NET-8",
              Severity.ERROR,
              with(vnetId, foreign),
              what + ", and it is not.",
              fix + "."));
    } else if (registration == CheckContext.Registration.UNKNOWN) {
      out.add(
          Finding.of(
              "NET-8",
              Severity.WARNING,
              with(vnetId, foreign),
              what + ", which is not known.",
              fix + ", or list the subscription as registered in the check context if it is."));
    }
  }

  // ---------------------------------------------------------------- plans: NET-6

  private static void checkIntegrationCount(
      AppServicePlan plan,
      ImmutableSortedSet<ResourceId> subnets,
      ImmutableList.Builder<Finding> out) {
    boolean windows = plan.operatingSystem() == OperatingSystem.WINDOWS;
    int limit = limit(plan);
    if (subnets.size() <= limit) {
      return;
    }
    out.add(
        Finding.of(
            "NET-6",
            Severity.ERROR,
            with(plan.id(), subnets),
            (windows ? "Windows" : "Linux")
                + " plan '"
                + label(plan.id())
                + "' has "
                + subnets.size()
                + " integrations ("
                + labels(subnets)
                + "); a Windows plan has at most two (two virtual interfaces per worker), a Linux"
                + " plan one.",
            "Keep at most "
                + limit
                + (limit == 1 ? " integration" : " integrations")
                + " on the plan: let its apps and slots share "
                + (limit == 1 ? "one subnet" : "them")
                + ", or move some apps to another plan."));
  }

  private static void checkSiteUsesPlanIntegration(
      AppServicePlan plan,
      ImmutableSortedSet<ResourceId> listed,
      Site site,
      ImmutableList.Builder<Finding> out) {
    Optional<ResourceId> subnet = site.virtualNetworkSubnetId();
    if (subnet.isEmpty() || listed.contains(subnet.get())) {
      return;
    }
    int limit = limit(plan);
    String planName = "plan '" + label(plan.id()) + "'";
    String fix;
    if (listed.isEmpty()) {
      fix = "List '" + label(subnet.get()) + "' among " + planName + "'s integrations.";
    } else if (listed.size() < limit) {
      fix =
          "List '"
              + label(subnet.get())
              + "' among "
              + planName
              + "'s integrations, or integrate '"
              + label(site.id())
              + "' with one of them ("
              + labels(listed)
              + ").";
    } else {
      fix =
          "Integrate '"
              + label(site.id())
              + "' with one of "
              + planName
              + "'s integrations ("
              + labels(listed)
              + "), or move it to another plan.";
    }
    out.add(
        Finding.of(
            "NET-6",
            Severity.ERROR,
            ImmutableList.of(site.id(), plan.id(), subnet.get()),
            "'"
                + label(site.id())
                + "' is integrated with '"
                + label(subnet.get())
                + "', which is none of "
                + planName
                + "'s integrations"
                + (listed.isEmpty() ? "" : " (" + labels(listed) + ")")
                + "; an app or slot uses one of its plan's integrations.",
            fix));
  }

  private static int limit(AppServicePlan plan) {
    return plan.operatingSystem() == OperatingSystem.WINDOWS ? 2 : 1;
  }

  // ---------------------------------------------------------------- slots: NET-10

  private static void checkSlot(App app, DeploymentSlot slot, ImmutableList.Builder<Finding> out) {
    Optional<ResourceId> production = app.virtualNetworkSubnetId();
    Optional<ResourceId> staged = slot.virtualNetworkSubnetId();
    if (production.equals(staged)) {
      return;
    }
    String slotName = "slot '" + label(slot.id()) + "'";
    String prodName = "production '" + label(app.id()) + "'";
    String rule =
        " Integration is per deployment slot and does not move with a swap: after a swap each"
            + " slot keeps its own.";
    Severity severity;
    String message;
    String fix;
    if (production.isEmpty()) {
      severity = Severity.WARNING;
      message =
          capitalise(slotName)
              + " is integrated with '"
              + label(staged.orElseThrow())
              + "', but "
              + prodName
              + " is not."
              + rule
              + " Code tested in the slot with virtual network access would run in production"
              + " without it.";
      fix =
          "Integrate production with '"
              + label(staged.orElseThrow())
              + "' too, or remove the slot's integration, so the slot tests what production runs.";
    } else if (staged.isEmpty()) {
      severity = Severity.INFO; // production keeps its integration through a swap
      message =
          capitalise(prodName)
              + " is integrated with '"
              + label(production.get())
              + "', but "
              + slotName
              + " is not."
              + rule
              + " Code in the slot is tested without the virtual network access it will have in"
              + " production.";
      fix =
          "Integrate the slot with '"
              + label(production.get())
              + "' as well, so it tests with the network production has.";
    } else {
      severity = Severity.INFO;
      message =
          capitalise(slotName)
              + " is integrated with '"
              + label(staged.get())
              + "', "
              + prodName
              + " with '"
              + label(production.get())
              + "'."
              + rule;
      fix =
          "If the slot should test production's network, integrate it with '"
              + label(production.get())
              + "'; otherwise nothing to do.";
    }
    out.add(Finding.of("NET-10", severity, ImmutableList.of(app.id(), slot.id()), message, fix));
  }

  // ---------------------------------------------------------------- helpers

  private static List<DeploymentSlot> sortedSlots(App app) {
    return app.slots().stream()
        .sorted(Comparator.comparing(DeploymentSlot::id))
        .collect(ImmutableList.toImmutableList());
  }

  private static List<ResourceId> with(ResourceId first, Iterable<ResourceId> rest) {
    return ImmutableList.copyOf(Iterables.concat(ImmutableList.of(first), rest));
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}

package io.github.vnetkit.planner.check;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.vnetkit.planner.check.EstateIndex.label;
import static io.github.vnetkit.planner.check.EstateIndex.labels;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Lifecycle operations on an immutable {@link Estate} (SPEC LIFE-1..LIFE-4): connect and disconnect
 * an app or slot, delete an app, a plan, a subnet or a virtual network, update a subnet, move a
 * plan and its apps to another subscription. Each returns a {@link LifecycleResult}: the new estate
 * (or the same one, when the platform would refuse the operation) and the findings.
 *
 * <ul>
 *   <li>{@code connect} integrates a site (an app or a slot) with a subnet, adds the subnet to its
 *       plan's integrations and the plan's service association link to the subnet, and delegates an
 *       undelegated subnet unless the caller is known to lack the permission (NET-3). A site has
 *       one integration at a time (NET-6): connecting an integrated site elsewhere is refused.
 *   <li>{@code disconnect} restarts the site and leaves the VNet and subnet as they were, still
 *       delegated (LIFE-1); the plan's integration and link go when its last site disconnects.
 *   <li>{@code deleteApp} and {@code deletePlan} (which deletes the plan with its apps, as deleting
 *       them together or their resource group does) succeed, but without disconnecting first they
 *       leave the subnet delegated and blocked, and the finding lists the documented recovery
 *       (LIFE-3).
 *   <li>{@code deleteSubnet}, {@code deleteVirtualNetwork} and {@code updateSubnet} are refused
 *       while an app is integrated (LIFE-2) or a delegation is left behind (LIFE-3); a subnet's
 *       prefix cannot change while it is in use (CAP-6).
 *   <li>{@code changeSubscription} moves a plan with its apps (into resource groups of the same
 *       names) and is refused while an app uses the integration (LIFE-4).
 * </ul>
 *
 * <pre>{@code
 * Lifecycle lifecycle = EstateChecker.create().lifecycle();
 * LifecycleResult deleted = lifecycle.deletePlan(estate, planId);   // applied, LIFE-3 warning
 * LifecycleResult blocked = lifecycle.deleteSubnet(deleted.estate(), subnetId);
 * blocked.applied();                   // false: the orphaned delegation blocks it (LIFE-3)
 * blocked.operationFindings().get(0).suggestedFix(); // "Release it: 1. re-create the plan ..."
 * }</pre>
 *
 * <p>Operations throw {@link IllegalArgumentException} for bad input: an id of the wrong kind, or a
 * resource that is not in the estate. Instances are immutable and thread-safe.
 */
public final class Lifecycle {

  private final EstateChecker checker;

  private Lifecycle(EstateChecker checker) {
    this.checker = checker;
  }

  /** Operations whose results are checked by {@code checker} (and use its context). */
  public static Lifecycle using(EstateChecker checker) {
    return new Lifecycle(requireNonNull(checker, "checker"));
  }

  /** The checker the results are checked with. */
  public EstateChecker checker() {
    return checker;
  }

  // ------------------------------------------------------------------------------ LIFE-1

  /**
   * Integrates the app or slot {@code siteId} with {@code subnetId}.
   *
   * @throws IllegalArgumentException if {@code siteId} is not an app or slot of the estate, or
   *     {@code subnetId} is not a subnet id
   */
  public LifecycleResult connect(Estate estate, ResourceId siteId, ResourceId subnetId) {
    subnetId.requireKind(ResourceId.Kind.SUBNET, "subnetId");
    Site site = requireSite(estate, siteId);
    String operation = "connect '" + label(siteId) + "' to '" + label(subnetId) + "'";
    Optional<ResourceId> current = site.virtualNetworkSubnetId();
    if (current.isPresent() && current.get().equals(subnetId)) {
      return refused(
          operation,
          estate,
          Finding.of(
              "LIFE-1",
              Severity.INFO,
              ImmutableList.of(siteId, subnetId),
              "'"
                  + label(siteId)
                  + "' is already integrated with '"
                  + label(subnetId)
                  + "'; nothing changed.",
              "Nothing to do."));
    }
    if (current.isPresent()) {
      return refused(
          operation,
          estate,
          Finding.of(
              "NET-6",
              Severity.ERROR,
              ImmutableList.of(siteId, current.get(), subnetId),
              "'"
                  + label(siteId)
                  + "' is integrated with '"
                  + label(current.get())
                  + "'; an app or slot has one integration at a time.",
              "Disconnect '"
                  + label(siteId)
                  + "' first, then connect it to '"
                  + label(subnetId)
                  + "'."));
    }
    AppServicePlan plan = planOfSite(estate, siteId);
    int limit = plan.operatingSystem() == OperatingSystem.WINDOWS ? 2 : 1;
    if (!plan.vnetIntegrations().contains(subnetId) && plan.vnetIntegrations().size() >= limit) {
      return refused(
          operation,
          estate,
          Finding.of(
              "NET-6",
              Severity.ERROR,
              ImmutableList.<ResourceId>builder()
                  .add(siteId, plan.id(), subnetId)
                  .addAll(plan.vnetIntegrations())
                  .build(),
              "Plan '"
                  + label(plan.id())
                  + "' already has "
                  + plan.vnetIntegrations().size()
                  + (limit == 1 ? " integration" : " integrations")
                  + " ("
                  + labels(plan.vnetIntegrations())
                  + "), the most a "
                  + (limit == 1 ? "Linux" : "Windows")
                  + " plan has.",
              "Connect '"
                  + label(siteId)
                  + "' to "
                  + labels(plan.vnetIntegrations())
                  + " instead, or disconnect the plan's apps from one of them first."));
    }
    List<Finding> findings = new ArrayList<>();
    Estate next = withSiteSubnet(estate, siteId, Optional.of(subnetId));
    next =
        replacePlan(
            next,
            plan.id(),
            p ->
                p.vnetIntegrations().contains(subnetId)
                    ? p
                    : AppServicePlan.builder().from(p).addVnetIntegrations(subnetId).build());
    Optional<Subnet> subnet = estate.subnet(subnetId);
    if (subnet.isPresent()) {
      boolean delegate =
          subnet.get().delegations().isEmpty()
              && checker
                  .context()
                  .callerPermissions()
                  .map(p -> p.allows(CallerPermissions.WRITE_SUBNET))
                  .orElse(true);
      if (delegate) {
        findings.add(
            Finding.of(
                "NET-3",
                Severity.INFO,
                ImmutableList.of(subnetId),
                "Integration delegated subnet '"
                    + label(subnetId)
                    + "' to "
                    + Subnet.SERVER_FARMS_DELEGATION
                    + " (it needs "
                    + CallerPermissions.WRITE_SUBNET
                    + ").",
                "Nothing to do."));
      }
      next =
          replaceSubnet(
              next,
              subnetId,
              s -> {
                Subnet.Builder b = Subnet.builder().from(s);
                if (delegate) {
                  b.addDelegations(Subnet.SERVER_FARMS_DELEGATION);
                }
                if (!s.serviceAssociationLinks().contains(plan.id())) {
                  b.addServiceAssociationLinks(plan.id());
                }
                return b.build();
              });
    }
    return applied(operation, next, findings);
  }

  /**
   * Disconnects the app or slot {@code siteId}: it restarts, and the VNet and subnet stay as they
   * were (LIFE-1).
   *
   * @throws IllegalArgumentException if {@code siteId} is not an app or slot of the estate
   */
  public LifecycleResult disconnect(Estate estate, ResourceId siteId) {
    Site site = requireSite(estate, siteId);
    Optional<ResourceId> current = site.virtualNetworkSubnetId();
    if (current.isEmpty()) {
      return refused(
          "disconnect '" + label(siteId) + "'",
          estate,
          Finding.of(
              "LIFE-1",
              Severity.INFO,
              ImmutableList.of(siteId),
              "'" + label(siteId) + "' is not integrated; nothing to disconnect.",
              "Nothing to do."));
    }
    ResourceId subnetId = current.get();
    String operation = "disconnect '" + label(siteId) + "' from '" + label(subnetId) + "'";
    AppServicePlan plan = planOfSite(estate, siteId);
    Estate next = withSiteSubnet(estate, siteId, Optional.empty());
    if (new EstateIndex(next).sitesOf(plan.id(), subnetId).isEmpty()) {
      next =
          replacePlan(
              next,
              plan.id(),
              p ->
                  AppServicePlan.builder()
                      .from(p)
                      .vnetIntegrations(without(p.vnetIntegrations(), subnetId))
                      .build());
      if (next.subnet(subnetId).isPresent()) {
        next =
            replaceSubnet(
                next,
                subnetId,
                s ->
                    Subnet.builder()
                        .from(s)
                        .serviceAssociationLinks(without(s.serviceAssociationLinks(), plan.id()))
                        .build());
      }
    }
    Finding restart =
        Finding.of(
            "LIFE-1",
            Severity.INFO,
            ImmutableList.of(siteId, subnetId),
            "Disconnecting restarts '"
                + label(siteId)
                + "'; the virtual network and subnet '"
                + label(subnetId)
                + "' are left as they were (the subnet stays delegated).",
            "Plan the restart; to delete the subnet or virtual network later, disconnect every app"
                + " first.");
    return applied(operation, next, ImmutableList.of(restart));
  }

  // ------------------------------------------------------------------------------ LIFE-3

  /**
   * Deletes the app {@code appId} with its slots. If it was integrated and no other app of its plan
   * uses the subnet, the plan keeps the integration and the subnet stays delegated (LIFE-3).
   *
   * @throws IllegalArgumentException if {@code appId} is not an app of the estate
   */
  public LifecycleResult deleteApp(Estate estate, ResourceId appId) {
    appId.requireKind(ResourceId.Kind.SITE, "appId");
    App app = estate.app(appId).orElseThrow(() -> notInEstate("app", appId));
    AppServicePlan plan = estate.planOf(app);
    EstateIndex before = new EstateIndex(estate);
    Set<ResourceId> sites = new LinkedHashSet<>();
    sites.add(app.id());
    app.slots().forEach(s -> sites.add(s.id()));
    ImmutableSortedSet<ResourceId> used = before.integrationsOf(plan.id());
    List<Finding> findings = new ArrayList<>();
    List<ResourceId> kept = new ArrayList<>(plan.vnetIntegrations());
    for (ResourceId subnetId : used) {
      Set<ResourceId> users = new LinkedHashSet<>(before.sitesOf(plan.id(), subnetId));
      boolean usedByApp = users.removeIf(sites::contains);
      if (usedByApp && users.isEmpty()) {
        if (!kept.contains(subnetId)) {
          kept.add(subnetId);
        }
        findings.add(
            Finding.of(
                "LIFE-3",
                Severity.WARNING,
                ImmutableList.of(appId, plan.id(), subnetId),
                "App '"
                    + label(appId)
                    + "' was deleted without disconnecting: plan '"
                    + label(plan.id())
                    + "' keeps its integration with subnet '"
                    + label(subnetId)
                    + "', which stays delegated to "
                    + Subnet.SERVER_FARMS_DELEGATION
                    + " and cannot be updated or deleted.",
                "Release it: " + LifecycleRules.recovery()));
      }
    }
    Estate next =
        Estate.builder()
            .from(estate)
            .apps(estate.apps().stream().filter(a -> !a.id().equals(appId)).toList())
            .build();
    next =
        replacePlan(
            next, plan.id(), p -> AppServicePlan.builder().from(p).vnetIntegrations(kept).build());
    return applied("delete app '" + label(appId) + "'", next, findings);
  }

  /**
   * Deletes the plan {@code planId} together with its apps. Every subnet it was integrated with
   * stays delegated for the deleted plan: an orphaned delegation (LIFE-3).
   *
   * @throws IllegalArgumentException if {@code planId} is not a plan of the estate
   */
  public LifecycleResult deletePlan(Estate estate, ResourceId planId) {
    planId.requireKind(ResourceId.Kind.SERVER_FARM, "planId");
    checkArgument(estate.plan(planId).isPresent(), "plan '%s' is not in the estate", planId);
    ImmutableSortedSet<ResourceId> used = new EstateIndex(estate).integrationsOf(planId);
    List<Finding> findings = new ArrayList<>();
    Estate next =
        Estate.builder()
            .from(estate)
            .plans(estate.plans().stream().filter(p -> !p.id().equals(planId)).toList())
            .apps(estate.apps().stream().filter(a -> !a.planId().equals(planId)).toList())
            .build();
    for (ResourceId subnetId : used) {
      findings.add(LifecycleRules.orphan(subnetId, planId));
      if (next.subnet(subnetId).isPresent()) {
        next =
            replaceSubnet(
                next,
                subnetId,
                s ->
                    s.serviceAssociationLinks().contains(planId)
                        ? s
                        : Subnet.builder().from(s).addServiceAssociationLinks(planId).build());
      }
    }
    return applied("delete plan '" + label(planId) + "' and its apps", next, findings);
  }

  // ------------------------------------------------------------------------------ LIFE-2

  /**
   * Deletes the subnet {@code subnetId}, unless it is in use (LIFE-2) or blocked by a delegation
   * left behind (LIFE-3).
   *
   * @throws IllegalArgumentException if the subnet is not in the estate
   */
  public LifecycleResult deleteSubnet(Estate estate, ResourceId subnetId) {
    Subnet subnet = requireSubnet(estate, subnetId);
    String operation = "delete subnet '" + label(subnetId) + "'";
    List<Finding> blockers = blockers(new EstateIndex(estate), subnet, "delete");
    if (!blockers.isEmpty()) {
      return refused(operation, estate, blockers);
    }
    Estate next =
        replaceVirtualNetwork(
            estate,
            subnet.virtualNetworkId(),
            v ->
                VirtualNetwork.builder()
                    .from(v)
                    .subnets(v.subnets().stream().filter(s -> !s.id().equals(subnetId)).toList())
                    .build());
    return applied(operation, next, ImmutableList.of());
  }

  /**
   * Deletes the virtual network {@code vnetId}, unless one of its subnets is in use (LIFE-2) or
   * blocked by a delegation left behind (LIFE-3).
   *
   * @throws IllegalArgumentException if the virtual network is not in the estate
   */
  public LifecycleResult deleteVirtualNetwork(Estate estate, ResourceId vnetId) {
    vnetId.requireKind(ResourceId.Kind.VIRTUAL_NETWORK, "vnetId");
    VirtualNetwork vnet =
        estate.virtualNetwork(vnetId).orElseThrow(() -> notInEstate("virtual network", vnetId));
    String operation = "delete virtual network '" + label(vnetId) + "'";
    EstateIndex index = new EstateIndex(estate);
    List<Finding> blockers = new ArrayList<>();
    for (Subnet subnet : vnet.subnets()) {
      blockers.addAll(blockers(index, subnet, "delete the virtual network"));
    }
    if (!blockers.isEmpty()) {
      return refused(operation, estate, blockers);
    }
    Estate next =
        Estate.builder()
            .from(estate)
            .virtualNetworks(
                estate.virtualNetworks().stream().filter(v -> !v.id().equals(vnetId)).toList())
            .build();
    return applied(operation, next, ImmutableList.of());
  }

  /**
   * Replaces a subnet's definition (NSG, route table, service endpoints, ...). Refused while a
   * delegation is left behind (LIFE-3), and, while the subnet is in use, for a new prefix (CAP-6)
   * or a removed {@code Microsoft.Web/serverFarms} delegation (NET-3). The platform-managed service
   * association links are kept as they were.
   *
   * @throws IllegalArgumentException if the subnet is not in the estate, or the new definition does
   *     not fit its virtual network (outside the address space, overlapping another subnet)
   */
  public LifecycleResult updateSubnet(Estate estate, Subnet updated) {
    Subnet subnet = requireSubnet(estate, updated.id());
    String operation = "update subnet '" + label(subnet.id()) + "'";
    EstateIndex index = new EstateIndex(estate);
    List<Finding> blockers = new ArrayList<>(orphanBlockers(index, subnet, "update"));
    boolean inUse = !index.plansOn(subnet.id()).isEmpty();
    if (inUse && !updated.addressPrefix().equals(subnet.addressPrefix())) {
      blockers.add(
          Finding.of(
              "CAP-6",
              Severity.ERROR,
              ImmutableList.of(subnet.id()),
              "Subnet '"
                  + label(subnet.id())
                  + "' is in use by "
                  + labels(index.plansOn(subnet.id()))
                  + ", and a subnet's size cannot change after assignment ("
                  + subnet.addressPrefix()
                  + " to "
                  + updated.addressPrefix()
                  + ").",
              "Integrate with a new subnet of the size you need, then disconnect from this one."));
    }
    if (inUse
        && subnet.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)
        && !updated.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)) {
      blockers.add(
          Finding.of(
              "NET-3",
              Severity.ERROR,
              ImmutableList.of(subnet.id()),
              "Subnet '"
                  + label(subnet.id())
                  + "' is in use by "
                  + labels(index.plansOn(subnet.id()))
                  + "; its "
                  + Subnet.SERVER_FARMS_DELEGATION
                  + " delegation cannot be removed while it is.",
              "Disconnect every app from the subnet first."));
    }
    if (!blockers.isEmpty()) {
      return refused(operation, estate, blockers);
    }
    Subnet replacement =
        Subnet.builder()
            .from(updated)
            .serviceAssociationLinks(subnet.serviceAssociationLinks())
            .build();
    return applied(
        operation, replaceSubnet(estate, subnet.id(), s -> replacement), ImmutableList.of());
  }

  // ------------------------------------------------------------------------------ LIFE-4

  /**
   * Moves a plan and its apps to subscription {@code subscriptionId} ({@code appOrPlanId} names the
   * plan or one of its apps), into resource groups of the same names. Refused while an app of the
   * plan uses the integration (LIFE-4).
   *
   * @throws IllegalArgumentException if {@code appOrPlanId} is not an app or plan of the estate, or
   *     {@code subscriptionId} is not a GUID
   */
  public LifecycleResult changeSubscription(
      Estate estate, ResourceId appOrPlanId, String subscriptionId) {
    CheckContext.checkGuid(subscriptionId);
    AppServicePlan plan;
    if (appOrPlanId.kind() == ResourceId.Kind.SITE) {
      plan =
          estate.planOf(estate.app(appOrPlanId).orElseThrow(() -> notInEstate("app", appOrPlanId)));
    } else {
      appOrPlanId.requireKind(ResourceId.Kind.SERVER_FARM, "appOrPlanId");
      plan = estate.plan(appOrPlanId).orElseThrow(() -> notInEstate("plan", appOrPlanId));
    }
    String operation =
        "move plan '" + label(plan.id()) + "' and its apps to subscription " + subscriptionId;
    EstateIndex index = new EstateIndex(estate);
    ImmutableSortedSet<ResourceId> integrations = index.integrationsOf(plan.id());
    if (!integrations.isEmpty()) {
      List<ResourceId> ids = new ArrayList<>();
      ids.add(plan.id());
      integrations.forEach(s -> ids.addAll(index.sitesOf(plan.id(), s)));
      return refused(
          operation,
          estate,
          Finding.of(
              "LIFE-4",
              Severity.ERROR,
              ids,
              "Plan '"
                  + label(plan.id())
                  + "' and its apps cannot change subscription while an"
                  + " app uses virtual network integration (with "
                  + labels(integrations)
                  + ").",
              "Disconnect every app of the plan first, move, then connect again."));
    }
    List<AppServicePlan> plans = new ArrayList<>();
    for (AppServicePlan p : estate.plans()) {
      plans.add(
          p.id().equals(plan.id())
              ? AppServicePlan.builder().from(p).id(moved(p.id(), subscriptionId)).build()
              : p);
    }
    List<App> apps = new ArrayList<>();
    for (App a : estate.apps()) {
      if (!a.planId().equals(plan.id())) {
        apps.add(a);
        continue;
      }
      List<DeploymentSlot> slots =
          a.slots().stream()
              .map(s -> DeploymentSlot.builder().from(s).id(moved(s.id(), subscriptionId)).build())
              .toList();
      apps.add(
          App.builder()
              .from(a)
              .id(moved(a.id(), subscriptionId))
              .planId(moved(a.planId(), subscriptionId))
              .slots(slots)
              .build());
    }
    Estate next = Estate.builder().from(estate).plans(plans).apps(apps).build();
    return applied(operation, next, ImmutableList.of());
  }

  // ------------------------------------------------------------------------------ helpers

  /** LIFE-2 and LIFE-3 findings that stop changing {@code subnet}. */
  private static List<Finding> blockers(EstateIndex index, Subnet subnet, String action) {
    List<Finding> out = new ArrayList<>();
    ImmutableSortedSet<ResourceId> sites = index.sitesOn(subnet.id());
    if (!sites.isEmpty()) {
      out.add(
          Finding.of(
              "LIFE-2",
              Severity.ERROR,
              with(subnet.id(), sites),
              "Cannot "
                  + action
                  + ": "
                  + labels(sites)
                  + (sites.size() == 1 ? " is" : " are")
                  + " integrated with subnet '"
                  + label(subnet.id())
                  + "'.",
              "Disconnect " + labels(sites) + " first."));
    }
    out.addAll(orphanBlockers(index, subnet, action));
    return out;
  }

  /** LIFE-3 findings: a delegation left behind by a deleted plan or app. */
  private static List<Finding> orphanBlockers(EstateIndex index, Subnet subnet, String action) {
    List<Finding> out = new ArrayList<>();
    ImmutableSortedSet<ResourceId> heldBy =
        index.plansOn(subnet.id()).stream()
            .filter(p -> index.sitesOf(p, subnet.id()).isEmpty())
            .collect(ImmutableSortedSet.toImmutableSortedSet(ResourceId::compareTo));
    if (!heldBy.isEmpty()) {
      out.add(
          Finding.of(
              "LIFE-3",
              Severity.ERROR,
              with(subnet.id(), heldBy),
              "Cannot "
                  + action
                  + ": subnet '"
                  + label(subnet.id())
                  + "' is still delegated for plans "
                  + labels(heldBy)
                  + ", whose integration no app uses any more (an app was deleted without"
                  + " disconnecting).",
              "Release it: " + LifecycleRules.recovery()));
    }
    for (ResourceId link : ImmutableSortedSet.copyOf(subnet.serviceAssociationLinks())) {
      if (index.plan(link).isEmpty()) {
        out.add(
            Finding.of(
                "LIFE-3",
                Severity.ERROR,
                ImmutableList.of(subnet.id(), link),
                "Cannot "
                    + action
                    + ": subnet '"
                    + label(subnet.id())
                    + "' is still delegated for deleted plan '"
                    + label(link)
                    + "' (an orphaned delegation).",
                "Release it: " + LifecycleRules.recovery()));
      }
    }
    return out;
  }

  private LifecycleResult applied(String operation, Estate next, List<Finding> findings) {
    return LifecycleResult.of(operation, true, next, findings, checker.check(next));
  }

  private LifecycleResult refused(String operation, Estate estate, Finding finding) {
    return refused(operation, estate, ImmutableList.of(finding));
  }

  private LifecycleResult refused(String operation, Estate estate, List<Finding> findings) {
    return LifecycleResult.of(operation, false, estate, findings, checker.check(estate));
  }

  private static Site requireSite(Estate estate, ResourceId siteId) {
    if (siteId.kind() == ResourceId.Kind.SLOT) {
      ResourceId appId = siteId.parent().orElseThrow();
      return estate
          .app(appId)
          .flatMap(a -> a.slots().stream().filter(s -> s.id().equals(siteId)).findFirst())
          .map(Site.class::cast)
          .orElseThrow(() -> notInEstate("slot", siteId));
    }
    siteId.requireKind(ResourceId.Kind.SITE, "siteId");
    return estate.app(siteId).orElseThrow(() -> notInEstate("app", siteId));
  }

  private static Subnet requireSubnet(Estate estate, ResourceId subnetId) {
    subnetId.requireKind(ResourceId.Kind.SUBNET, "subnetId");
    return estate.subnet(subnetId).orElseThrow(() -> notInEstate("subnet", subnetId));
  }

  private static AppServicePlan planOfSite(Estate estate, ResourceId siteId) {
    ResourceId appId =
        siteId.kind() == ResourceId.Kind.SLOT ? siteId.parent().orElseThrow() : siteId;
    return estate.planOf(estate.app(appId).orElseThrow());
  }

  private static IllegalArgumentException notInEstate(String what, ResourceId id) {
    return new IllegalArgumentException(what + " '" + id + "' is not in the estate");
  }

  private static Estate withSiteSubnet(
      Estate estate, ResourceId siteId, Optional<ResourceId> subnetId) {
    ResourceId appId =
        siteId.kind() == ResourceId.Kind.SLOT ? siteId.parent().orElseThrow() : siteId;
    List<App> apps = new ArrayList<>();
    for (App app : estate.apps()) {
      if (!app.id().equals(appId)) {
        apps.add(app);
      } else if (siteId.kind() == ResourceId.Kind.SITE) {
        apps.add(App.builder().from(app).virtualNetworkSubnetId(subnetId).build());
      } else {
        List<DeploymentSlot> slots =
            app.slots().stream()
                .map(
                    s ->
                        s.id().equals(siteId)
                            ? DeploymentSlot.builder()
                                .from(s)
                                .virtualNetworkSubnetId(subnetId)
                                .build()
                            : s)
                .toList();
        apps.add(App.builder().from(app).slots(slots).build());
      }
    }
    return Estate.builder().from(estate).apps(apps).build();
  }

  private static Estate replacePlan(
      Estate estate, ResourceId planId, UnaryOperator<AppServicePlan> change) {
    return estate.withPlan(change.apply(estate.plan(planId).orElseThrow()));
  }

  private static Estate replaceVirtualNetwork(
      Estate estate, ResourceId vnetId, UnaryOperator<VirtualNetwork> change) {
    return estate.withVirtualNetwork(change.apply(estate.virtualNetwork(vnetId).orElseThrow()));
  }

  private static Estate replaceSubnet(
      Estate estate, ResourceId subnetId, UnaryOperator<Subnet> change) {
    return estate.withSubnet(change.apply(estate.subnet(subnetId).orElseThrow()));
  }

  private static List<ResourceId> without(List<ResourceId> ids, ResourceId removed) {
    return ids.stream().filter(id -> !id.equals(removed)).toList();
  }

  private static List<ResourceId> with(ResourceId first, Iterable<ResourceId> rest) {
    ImmutableList.Builder<ResourceId> b = ImmutableList.<ResourceId>builder().add(first);
    return b.addAll(rest).build();
  }

  /** The same resource in another subscription (same resource group name). */
  private static ResourceId moved(ResourceId id, String subscriptionId) {
    List<String> typesAndNames = new ArrayList<>();
    for (int i = 0; i < id.types().size(); i++) {
      typesAndNames.add(id.types().get(i));
      typesAndNames.add(id.names().get(i));
    }
    return ResourceId.of(
        subscriptionId,
        id.resourceGroup(),
        id.providerNamespace(),
        typesAndNames.toArray(new String[0]));
  }
}

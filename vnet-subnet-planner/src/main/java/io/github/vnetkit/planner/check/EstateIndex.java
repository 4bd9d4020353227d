package io.github.vnetkit.planner.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Site;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An order-independent view of an estate for the rules: everything keyed and sorted by resource id,
 * and the integrations resolved.
 *
 * <p>A plan's <em>effective</em> integrations are the subnets it lists ({@code vnetIntegrations})
 * plus the subnets its apps and their slots use: the subnets it takes addresses from and holds
 * delegated. (That an app uses one of the listed ones is NET-6's concern.) Building the index costs
 * O(n log n) in the number of resources; it is immutable and thread-safe.
 */
final class EstateIndex {

  private final Estate estate;
  private final ImmutableSortedMap<ResourceId, AppServicePlan> plans;
  private final ImmutableSortedMap<ResourceId, App> apps;
  private final ImmutableSortedMap<ResourceId, VirtualNetwork> vnets;
  private final ImmutableSortedMap<ResourceId, Site> sites;
  private final ImmutableSortedMap<ResourceId, ResourceId> planOfSite;
  private final ImmutableSortedMap<ResourceId, ImmutableSortedSet<ResourceId>> integrationsOfPlan;
  private final ImmutableSortedMap<ResourceId, ImmutableSortedSet<ResourceId>> plansOnSubnet;
  private final ImmutableSortedMap<ResourceId, ImmutableSortedSet<ResourceId>> sitesOnSubnet;

  EstateIndex(Estate estate) {
    this.estate = estate;
    this.plans = byId(estate.plans(), AppServicePlan::id);
    this.apps = byId(estate.apps(), App::id);
    this.vnets = byId(estate.virtualNetworks(), VirtualNetwork::id);
    Map<ResourceId, Site> siteMap = new TreeMap<>();
    Map<ResourceId, ResourceId> sitePlan = new TreeMap<>();
    for (App app : apps.values()) {
      siteMap.put(app.id(), app);
      sitePlan.put(app.id(), app.planId());
      for (DeploymentSlot slot : app.slots()) {
        siteMap.put(slot.id(), slot);
        sitePlan.put(slot.id(), app.planId());
      }
    }
    this.sites = ImmutableSortedMap.copyOf(siteMap);
    this.planOfSite = ImmutableSortedMap.copyOf(sitePlan);

    Map<ResourceId, SortedSet<ResourceId>> planSubnets = new TreeMap<>();
    for (AppServicePlan plan : plans.values()) {
      planSubnets.put(plan.id(), new TreeSet<>(plan.vnetIntegrations()));
    }
    Map<ResourceId, SortedSet<ResourceId>> subnetSites = new TreeMap<>();
    for (Site site : sites.values()) {
      site.virtualNetworkSubnetId()
          .ifPresent(
              subnet -> {
                requireNonNull(planSubnets.get(sitePlan.get(site.id()))).add(subnet);
                subnetSites.computeIfAbsent(subnet, k -> new TreeSet<>()).add(site.id());
              });
    }
    Map<ResourceId, SortedSet<ResourceId>> subnetPlans = new TreeMap<>();
    planSubnets.forEach(
        (plan, subnets) ->
            subnets.forEach(s -> subnetPlans.computeIfAbsent(s, k -> new TreeSet<>()).add(plan)));
    this.integrationsOfPlan = freeze(planSubnets);
    this.plansOnSubnet = freeze(subnetPlans);
    this.sitesOnSubnet = freeze(subnetSites);
  }

  Estate estate() {
    return estate;
  }

  /** The plans, sorted by id. */
  Collection<AppServicePlan> plans() {
    return plans.values();
  }

  /** The apps, sorted by id. */
  Collection<App> apps() {
    return apps.values();
  }

  /** The virtual networks, sorted by id. */
  Collection<VirtualNetwork> virtualNetworks() {
    return vnets.values();
  }

  Optional<AppServicePlan> plan(ResourceId id) {
    return Optional.ofNullable(plans.get(id));
  }

  AppServicePlan planOf(App app) {
    return estate.planOf(app);
  }

  Optional<VirtualNetwork> virtualNetwork(ResourceId id) {
    return Optional.ofNullable(vnets.get(id));
  }

  /** The VNet of a subnet id, if it is in the estate. */
  Optional<VirtualNetwork> virtualNetworkOf(ResourceId subnetId) {
    return subnetId.parent().flatMap(this::virtualNetwork);
  }

  Optional<Subnet> subnet(ResourceId subnetId) {
    return virtualNetworkOf(subnetId).flatMap(v -> v.subnet(subnetId));
  }

  /** The plan's effective integrations: listed or used by its apps and slots, sorted. */
  ImmutableSortedSet<ResourceId> integrationsOf(ResourceId planId) {
    return integrationsOfPlan.getOrDefault(planId, ImmutableSortedSet.of());
  }

  /** Every subnet some plan is integrated with, sorted. */
  ImmutableSortedSet<ResourceId> integratedSubnets() {
    return plansOnSubnet.keySet();
  }

  /** The plans integrated with a subnet, sorted. */
  ImmutableSortedSet<ResourceId> plansOn(ResourceId subnetId) {
    return plansOnSubnet.getOrDefault(subnetId, ImmutableSortedSet.of());
  }

  /** The apps and slots integrated with a subnet, sorted. */
  ImmutableSortedSet<ResourceId> sitesOn(ResourceId subnetId) {
    return sitesOnSubnet.getOrDefault(subnetId, ImmutableSortedSet.of());
  }

  /** The apps and slots of {@code planId} integrated with {@code subnetId}, sorted. */
  ImmutableSortedSet<ResourceId> sitesOf(ResourceId planId, ResourceId subnetId) {
    return sitesOn(subnetId).stream()
        .filter(site -> planIdOf(site).equals(planId))
        .collect(ImmutableSortedSet.toImmutableSortedSet(ResourceId::compareTo));
  }

  /** The apps and slots of a plan, sorted. */
  ImmutableList<Site> sitesOf(ResourceId planId) {
    return sites.values().stream()
        .filter(site -> planIdOf(site.id()).equals(planId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The plan of an app or slot of the estate. */
  ResourceId planIdOf(ResourceId siteId) {
    return requireNonNull(planOfSite.get(siteId), "site");
  }

  /** The plans integrated with any subnet of a VNet, sorted. */
  ImmutableSortedSet<ResourceId> plansOnVirtualNetwork(ResourceId vnetId) {
    return plansOnSubnet.entrySet().stream()
        .filter(e -> e.getKey().parent().map(vnetId::equals).orElse(false))
        .flatMap(e -> e.getValue().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(ResourceId::compareTo));
  }

  /** The VNets (ids) some plan is integrated with, sorted. */
  ImmutableSortedSet<ResourceId> integratedVirtualNetworks() {
    return integratedSubnets().stream()
        .map(s -> s.parent().orElseThrow())
        .collect(ImmutableSortedSet.toImmutableSortedSet(ResourceId::compareTo));
  }

  /** Whether the app or one of its slots is integrated. */
  static boolean integrated(App app) {
    return app.virtualNetworkSubnetId().isPresent()
        || app.slots().stream().anyMatch(s -> s.virtualNetworkSubnetId().isPresent());
  }

  /** Whether any subscription of a plan or app of the estate is {@code subscriptionId}. */
  boolean holdsWebResourcesIn(String subscriptionId) {
    return plans.keySet().stream()
            .anyMatch(p -> p.subscriptionId().equalsIgnoreCase(subscriptionId))
        || apps.keySet().stream()
            .anyMatch(a -> a.subscriptionId().equalsIgnoreCase(subscriptionId));
  }

  /** A short readable name: {@code plan1}, {@code vnet1/apps}, {@code shop/staging}. */
  static String label(ResourceId id) {
    return String.join("/", id.names());
  }

  /** Labels of several ids, quoted and joined: {@code 'a', 'b'}. */
  static String labels(Collection<ResourceId> ids) {
    return ids.stream().sorted().map(id -> "'" + label(id) + "'").collect(Collectors.joining(", "));
  }

  private static <T> ImmutableSortedMap<ResourceId, T> byId(
      Iterable<T> values, java.util.function.Function<T, ResourceId> id) {
    Map<ResourceId, T> map = new TreeMap<>();
    for (T value : values) {
      map.put(id.apply(value), value);
    }
    return ImmutableSortedMap.copyOf(map);
  }

  private static ImmutableSortedMap<ResourceId, ImmutableSortedSet<ResourceId>> freeze(
      Map<ResourceId, SortedSet<ResourceId>> map) {
    Map<ResourceId, ImmutableSortedSet<ResourceId>> out = new TreeMap<>();
    map.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            out.put(k, ImmutableSortedSet.copyOfSorted(v));
          }
        });
    return ImmutableSortedMap.copyOf(out);
  }
}

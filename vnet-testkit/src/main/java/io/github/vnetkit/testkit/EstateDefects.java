package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random defects applied to an estate (a valid or a one-rule-broken one), one after the other, for
 * {@link EstateArbitrary#withDefects(int)}. A defect is a plain gene (what to change, which
 * resource, which value) so that jqwik shrinks it like any number; applying it always gives an
 * estate the model accepts: subnets only shrink inside their own block, references are rewritten
 * together when a VNet changes subscription, and a defect whose target does not exist changes
 * nothing.
 */
final class EstateDefects {

  private EstateDefects() {}

  /** What a defect changes; the comment names the rules it usually breaks. */
  enum Kind {
    /** Any known SKU, every tier equally likely (TIER-1, TIER-3, FN-1, FN-4). */
    PLAN_SKU,
    /** Linux to Windows, Windows to Linux, Windows container to plain Windows (NET-6, FN-3). */
    PLAN_OPERATING_SYSTEM,
    /** Any deployment generation (TIER-2). */
    PLAN_GENERATION,
    /** Multi-plan subnet join switched (NET-5). */
    PLAN_MULTI_PLAN_SUBNET_JOIN,
    /** maxInstances between 1 and 60, currentInstances kept at or below it (CAP-5). */
    PLAN_MAX_INSTANCES,
    /** Another region from the pool (NET-1). */
    PLAN_REGION,
    /** One more integration: any subnet of the estate, or one outside it (NET-5, NET-6). */
    PLAN_INTEGRATION,
    /** Another region from the pool (NET-1). */
    VNET_REGION,
    /** Classic switched (NET-1). */
    VNET_CLASSIC,
    /** An IPv6 address space added (NET-2). */
    VNET_IPV6,
    /** A peering to another VNet of the estate or to a hub VNet, classic or not (NET-9). */
    VNET_PEERING,
    /** The VNet, and every reference to it, moved to another subscription (NET-8). */
    VNET_SUBSCRIPTION,
    /** No delegation, another service's, or both (NET-3). */
    SUBNET_DELEGATIONS,
    /** Service endpoint policies (NET-4). */
    SUBNET_POLICIES,
    /** A service association link left by a deleted plan (LIFE-3). */
    SUBNET_ORPHANED_LINK,
    /** One to three bits longer, inside its own block (CAP-5, CAP-7). */
    SUBNET_SHRUNK,
    /** None, any subnet of the estate, or one outside it (NET-6, NET-3). */
    APP_SUBNET,
    /** Another plan of the estate (NET-6, TIER-4). */
    APP_PLAN,
    /** A Docker Compose app (TIER-5). */
    APP_DOCKER_COMPOSE,
    /** Web, function or logic app (FN rules). */
    APP_KIND,
    /** The first slot's integration changed, or a slot added (NET-10). */
    APP_SLOT_SUBNET,
    /**
     * A function app now, with new Functions settings: triggers, Hybrid Connections, restricted
     * storage (FN-1..FN-4).
     */
    APP_FUNCTIONS,
    /** The FUNCTIONS_EXTENSION_VERSION app setting set or removed (FN-2). */
    APP_FUNCTIONS_RUNTIME
  }

  /** One defect: its kind, a target index (modulo the candidates) and a value choice. */
  record Defect(Kind kind, int target, int choice, FunctionsSettings functions) {}

  static final String OTHER_SUBSCRIPTION = Genes.guid(0, 0xdef);

  /** Runtime versions FN-2 accepts, one it does not, and one that is no version at all. */
  private static final ImmutableList<String> RUNTIMES =
      ImmutableList.<String>builder()
          .addAll(FunctionsFacts.SUPPORTED_RUNTIMES)
          .add(FunctionsFacts.RUNTIME_1X, "beta")
          .build();

  static Arbitrary<Defect> defects() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, 99),
            Arbitraries.integers().between(0, 99),
            new FunctionsSettingsArbitrary().withNearMissVersions())
        .as(Defect::new);
  }

  static Estate apply(Estate estate, List<Defect> defects) {
    Estate next = estate;
    for (Defect d : defects) {
      next = apply(next, d);
    }
    return next;
  }

  static Estate apply(Estate e, Defect d) {
    int c = d.choice();
    return switch (d.kind()) {
      case PLAN_SKU -> plan(e, d, p -> p.sku(anySku(c)));
      case PLAN_OPERATING_SYSTEM -> plan(e, d, EstateDefects::otherOperatingSystem);
      case PLAN_GENERATION -> plan(e, d, p -> p.deploymentGeneration(Genes.pick(GENERATIONS, c)));
      case PLAN_MULTI_PLAN_SUBNET_JOIN ->
          plan(e, d, p -> p.multiPlanSubnetJoin(!p.build().multiPlanSubnetJoin()));
      case PLAN_MAX_INSTANCES ->
          plan(
              e,
              d,
              p -> {
                int max = 1 + Math.floorMod(c, 60);
                int current = Math.min(max, p.build().currentInstances());
                return p.maxInstances(max).currentInstances(current);
              });
      case PLAN_REGION -> plan(e, d, p -> p.region(Genes.pick(Genes.REGIONS, c)));
      case PLAN_INTEGRATION ->
          plan(
              e,
              d,
              p -> {
                ResourceId subnet = anySubnet(e, c);
                return p.build().vnetIntegrations().contains(subnet)
                    ? p
                    : p.addVnetIntegrations(subnet);
              });
      case VNET_REGION -> vnet(e, d, v -> v.region(Genes.pick(Genes.REGIONS, c)));
      case VNET_CLASSIC -> vnet(e, d, v -> v.classic(!v.build().classic()));
      case VNET_IPV6 ->
          vnet(
              e,
              d,
              v ->
                  v.build().addressSpaces().stream().anyMatch(s -> !s.isIpv4())
                      ? v
                      : v.addAddressSpaces(Genes.pick(VirtualNetworkArbitrary.IPV6_SPACES, c)));
      case VNET_PEERING -> vnet(e, d, v -> peer(e, v, c));
      case VNET_SUBSCRIPTION -> moveToOtherSubscription(e, d);
      case SUBNET_DELEGATIONS -> subnet(e, d, s -> s.delegations(delegations(c)));
      case SUBNET_POLICIES -> subnet(e, d, s -> s.hasServiceEndpointPolicies(true));
      case SUBNET_ORPHANED_LINK ->
          subnet(
              e,
              d,
              s -> {
                ResourceId id = s.build().id();
                ResourceId deleted =
                    ResourceId.serverFarm(
                        id.subscriptionId(), id.resourceGroup(), "deleted" + (1 + c % 3));
                return s.build().serviceAssociationLinks().contains(deleted)
                    ? s
                    : s.addServiceAssociationLinks(deleted);
              });
      case SUBNET_SHRUNK ->
          subnet(
              e,
              d,
              s -> {
                Cidr prefix = s.build().addressPrefix();
                int longer = Math.min(29, prefix.prefixLength() + 1 + Math.floorMod(c, 3));
                return s.addressPrefix(Cidr.containing(prefix.networkAddress(), longer));
              });
      case APP_SUBNET -> app(e, d, a -> a.virtualNetworkSubnetId(subnetOrNone(e, c)));
      case APP_PLAN -> app(e, d, a -> a.planId(Genes.pick(e.plans(), c).id()));
      case APP_DOCKER_COMPOSE -> app(e, d, a -> a.dockerCompose(true));
      case APP_KIND -> app(e, d, a -> a.kind(Genes.pick(KINDS, c)));
      case APP_SLOT_SUBNET -> app(e, d, a -> slotSubnet(e, a, c));
      case APP_FUNCTIONS ->
          app(e, d, a -> a.kind(AppKind.FUNCTION_APP).functionsSettings(d.functions()));
      case APP_FUNCTIONS_RUNTIME ->
          app(
              e,
              d,
              a -> {
                AppSettings settings = a.build().appSettings();
                int i = Math.floorMod(c, RUNTIMES.size() + 1);
                return a.appSettings(
                    i == RUNTIMES.size()
                        ? settings.without(FunctionsFacts.RUNTIME_VERSION_SETTING)
                        : settings.with(FunctionsFacts.RUNTIME_VERSION_SETTING, RUNTIMES.get(i)));
              });
    };
  }

  private static final ImmutableList<DeploymentGeneration> GENERATIONS =
      ImmutableList.copyOf(DeploymentGeneration.values());
  private static final ImmutableList<AppKind> KINDS = ImmutableList.copyOf(AppKind.values());

  /** Known SKUs by tier, so that a choice picks every tier equally often (Consumption too). */
  private static final ImmutableList<ImmutableList<Sku>> SKUS_BY_TIER =
      Sku.allKnown().stream()
          .collect(Collectors.groupingBy(Sku::tier, TreeMap::new, Collectors.toList()))
          .values()
          .stream()
          .map(ImmutableList::copyOf)
          .collect(ImmutableList.toImmutableList());

  private static Sku anySku(int choice) {
    return Genes.pick(Genes.pick(SKUS_BY_TIER, choice), choice / SKUS_BY_TIER.size());
  }

  private static AppServicePlan.Builder otherOperatingSystem(AppServicePlan.Builder p) {
    AppServicePlan plan = p.build();
    if (plan.hyperV()) {
      return p.hyperV(false);
    }
    return p.operatingSystem(
        plan.operatingSystem() == OperatingSystem.LINUX
            ? OperatingSystem.WINDOWS
            : OperatingSystem.LINUX);
  }

  private static List<String> delegations(int choice) {
    String foreign = Genes.pick(SubnetTraits.FOREIGN_DELEGATIONS, choice / 3);
    return switch (Math.floorMod(choice, 3)) {
      case 0 -> ImmutableList.of();
      case 1 -> ImmutableList.of(foreign);
      default -> ImmutableList.of(Subnet.SERVER_FARMS_DELEGATION, foreign);
    };
  }

  // ------------------------------------------------------------------------ subnets to point at

  private static List<ResourceId> subnetIds(Estate e) {
    return e.virtualNetworks().stream().flatMap(v -> v.subnets().stream()).map(Subnet::id).toList();
  }

  /** A subnet of the estate, or (one time in five) a subnet of a VNet outside it. */
  private static ResourceId anySubnet(Estate e, int choice) {
    List<ResourceId> ids = subnetIds(e);
    ResourceId outside =
        ResourceId.subnet(e.plans().get(0).id().subscriptionId(), "elsewhere", "outside", "apps");
    return ids.isEmpty() || Math.floorMod(choice, 5) == 4 ? outside : Genes.pick(ids, choice / 5);
  }

  /** No integration (one time in five), else {@link #anySubnet}. */
  private static Optional<ResourceId> subnetOrNone(Estate e, int choice) {
    return Math.floorMod(choice, 5) == 0 ? Optional.empty() : Optional.of(anySubnet(e, choice));
  }

  private static App.Builder slotSubnet(Estate e, App.Builder a, int choice) {
    App app = a.build();
    Optional<ResourceId> subnet = subnetOrNone(e, choice);
    if (app.slots().isEmpty()) {
      return a.addSlots(
          DeploymentSlot.builder()
              .id(app.id().child("slots", "staging"))
              .virtualNetworkSubnetId(subnet)
              .build());
    }
    List<DeploymentSlot> slots = new ArrayList<>(app.slots());
    slots.set(
        0, DeploymentSlot.builder().from(slots.get(0)).virtualNetworkSubnetId(subnet).build());
    return a.slots(slots);
  }

  private static VirtualNetwork.Builder peer(Estate e, VirtualNetwork.Builder v, int choice) {
    VirtualNetwork self = v.build();
    List<VirtualNetwork> others =
        e.virtualNetworks().stream().filter(o -> !o.id().equals(self.id())).toList();
    Peering peering;
    if (others.isEmpty() || Math.floorMod(choice, 2) == 0) {
      ResourceId hub =
          ResourceId.virtualNetwork(self.id().subscriptionId(), "hub", "hub" + (1 + choice % 3));
      peering =
          Peering.builder()
              .remoteVirtualNetworkId(hub)
              .addRemoteAddressSpaces(Cidr.parse("10.200.0.0/16"))
              .remoteClassic(Math.floorMod(choice, 4) == 0)
              .build();
    } else {
      VirtualNetwork remote = Genes.pick(others, choice / 2);
      peering =
          Peering.builder()
              .remoteVirtualNetworkId(remote.id())
              .addAllRemoteAddressSpaces(remote.addressSpaces())
              .remoteClassic(remote.classic())
              .build();
    }
    boolean known =
        self.peerings().stream()
            .anyMatch(p -> p.remoteVirtualNetworkId().equals(peering.remoteVirtualNetworkId()));
    return known ? v : v.addPeerings(peering);
  }

  /** Moves the target VNet to {@link #OTHER_SUBSCRIPTION}, rewriting every reference to it. */
  private static Estate moveToOtherSubscription(Estate e, Defect d) {
    if (e.virtualNetworks().isEmpty()) {
      return e;
    }
    VirtualNetwork vnet = Genes.pick(e.virtualNetworks(), d.target());
    ResourceId from = vnet.id();
    ResourceId to =
        ResourceId.virtualNetwork(OTHER_SUBSCRIPTION, from.resourceGroup(), from.name());
    if (from.equals(to) || e.virtualNetwork(to).isPresent()) {
      return e;
    }
    UnaryOperator<ResourceId> move =
        id -> {
          if (id.equals(from)) {
            return to;
          }
          if (id.kind() == ResourceId.Kind.SUBNET && id.parent().orElseThrow().equals(from)) {
            return to.child("subnets", id.name());
          }
          return id;
        };
    List<VirtualNetwork> vnets =
        e.virtualNetworks().stream()
            .map(
                v ->
                    VirtualNetwork.builder()
                        .from(v)
                        .id(move.apply(v.id()))
                        .subnets(
                            v.subnets().stream()
                                .map(s -> Subnet.builder().from(s).id(move.apply(s.id())).build())
                                .toList())
                        .peerings(
                            v.peerings().stream()
                                .map(
                                    p ->
                                        Peering.builder()
                                            .from(p)
                                            .remoteVirtualNetworkId(
                                                move.apply(p.remoteVirtualNetworkId()))
                                            .build())
                                .toList())
                        .build())
            .toList();
    List<AppServicePlan> plans =
        e.plans().stream()
            .map(
                p ->
                    AppServicePlan.builder()
                        .from(p)
                        .vnetIntegrations(p.vnetIntegrations().stream().map(move).toList())
                        .build())
            .toList();
    List<App> apps =
        e.apps().stream()
            .map(
                a ->
                    App.builder()
                        .from(a)
                        .virtualNetworkSubnetId(a.virtualNetworkSubnetId().map(move))
                        .slots(
                            a.slots().stream()
                                .map(
                                    s ->
                                        DeploymentSlot.builder()
                                            .from(s)
                                            .virtualNetworkSubnetId(
                                                s.virtualNetworkSubnetId().map(move))
                                            .build())
                                .toList())
                        .build())
            .toList();
    return Estate.builder().plans(plans).apps(apps).virtualNetworks(vnets).build();
  }

  // ------------------------------------------------------------------------ one resource changed

  private static Estate plan(Estate e, Defect d, UnaryOperator<AppServicePlan.Builder> f) {
    AppServicePlan target = Genes.pick(e.plans(), d.target());
    return e.withPlan(f.apply(AppServicePlan.builder().from(target)).build());
  }

  private static Estate app(Estate e, Defect d, UnaryOperator<App.Builder> f) {
    if (e.apps().isEmpty()) {
      return e;
    }
    App target = Genes.pick(e.apps(), d.target());
    return e.withApp(f.apply(App.builder().from(target)).build());
  }

  private static Estate vnet(Estate e, Defect d, UnaryOperator<VirtualNetwork.Builder> f) {
    if (e.virtualNetworks().isEmpty()) {
      return e;
    }
    VirtualNetwork target = Genes.pick(e.virtualNetworks(), d.target());
    return e.withVirtualNetwork(f.apply(VirtualNetwork.builder().from(target)).build());
  }

  private static Estate subnet(Estate e, Defect d, UnaryOperator<Subnet.Builder> f) {
    List<Subnet> subnets = e.virtualNetworks().stream().flatMap(v -> v.subnets().stream()).toList();
    if (subnets.isEmpty()) {
      return e;
    }
    Subnet target = Genes.pick(subnets, d.target());
    return e.withSubnet(f.apply(Subnet.builder().from(target)).build());
  }
}

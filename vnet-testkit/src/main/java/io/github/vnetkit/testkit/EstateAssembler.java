package io.github.vnetkit.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Turns estate genes (plain numbers and flags that jqwik generates and shrinks) into an {@link
 * Estate}, deterministically. Every gene value maps to a valid estate (or, with a configured rule,
 * a {@link BrokenEstate} breaking exactly that rule), so shrinking can never produce an invalid
 * value. Subnet sizes follow CAP-1/CAP-3/CAP-5: a plan's maxInstances is clamped to {@code
 * (2^(32-p) - 5) / (2c)} for each of its subnets.
 */
final class EstateAssembler {

  /** The smallest maxInstances bound with which CAP-5 can be broken at /28 (usable 11). */
  static final int CAP_5_MIN_INSTANCES = (int) (Capacity.usable(28) / 2 + 1);

  private static final List<PlanForm> FORMS =
      ImmutableList.of(PlanForm.LINUX, PlanForm.WINDOWS, PlanForm.WINDOWS_CONTAINER);

  private static final Set<PricingTier> CONTAINER_TIERS =
      EnumSet.of(
          PricingTier.PREMIUM_V3,
          PricingTier.PREMIUM_MV3,
          PricingTier.PREMIUM_V4,
          PricingTier.PREMIUM_MV4);

  /** Eligible SKUs, PremiumV3 first (the shrink target), then the others in tier order. */
  static final ImmutableList<Sku> ELIGIBLE_SKUS =
      ImmutableList.<Sku>builder()
          .addAll(skus(EnumSet.of(PricingTier.PREMIUM_V3)))
          .addAll(
              Sku.allKnown().stream()
                  .filter(s -> SkuArbitrary.ELIGIBLE.contains(s.tier().regionalIntegration()))
                  .filter(s -> s.tier() != PricingTier.PREMIUM_V3)
                  .iterator())
          .build();

  static final ImmutableList<Sku> CONTAINER_SKUS = skus(CONTAINER_TIERS);
  static final ImmutableList<Sku> FREE_SHARED_SKUS =
      skus(EnumSet.of(PricingTier.FREE, PricingTier.SHARED));
  static final ImmutableList<Sku> OLDER_DEPLOYMENT_SKUS =
      skus(EnumSet.of(PricingTier.BASIC, PricingTier.STANDARD, PricingTier.PREMIUM));
  static final ImmutableList<Sku> ISOLATED_SKUS =
      skus(EnumSet.of(PricingTier.ISOLATED, PricingTier.ISOLATED_V2, PricingTier.ISOLATED_MV2));

  private static ImmutableList<Sku> skus(Set<PricingTier> tiers) {
    return Sku.allKnown().stream()
        .filter(s -> tiers.contains(s.tier()))
        .collect(ImmutableList.toImmutableList());
  }

  record AppGene(
      int plan,
      int kind,
      boolean integrated,
      int integration,
      Routing routing,
      boolean slot,
      boolean slotIntegrated,
      int slotIntegration) {}

  /** An app added only to make a CAP-3 break work: nothing set, not integrated. */
  private static final AppGene PLAIN_APP =
      new AppGene(0, 0, false, 0, Routing.UNSET, false, false, 0);

  record PlanShape(
      int form,
      int sku,
      int generation,
      int rawMax,
      int rawCurrent,
      boolean full,
      int integrations) {}

  record PlanGene(PlanShape shape, List<Integer> offsets, List<Integer> vnets) {}

  record EstateGene(
      String subscription,
      int region,
      int otherRegion,
      int vnetCount,
      List<Boolean> defaultSubnets,
      List<PlanGene> plans,
      List<AppGene> apps,
      int breakChoice) {}

  static Arbitrary<AppGene> appGenes() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 1),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 1),
            Routing.conflictFree(Routing.Form.MIXED, false),
            Arbitraries.of(false, true),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 1))
        .as(AppGene::new);
  }

  static Arbitrary<PlanGene> planGenes(EstateArbitrary.Config config) {
    Arbitrary<PlanShape> shapes =
        Combinators.combine(
                Arbitraries.integers().between(0, FORMS.size() - 1),
                Arbitraries.integers().between(0, 63),
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, config.maxInstancesUpTo()),
                Arbitraries.integers().between(1, config.maxInstancesUpTo()),
                Arbitraries.frequency(
                    List.of(Tuple2s.weighted(3, false), Tuple2s.weighted(1, true))),
                Arbitraries.integers().between(0, 2).shrinkTowards(1))
            .as(PlanShape::new);
    Arbitrary<List<Integer>> offsets = Arbitraries.integers().between(0, 4).list().ofSize(3);
    Arbitrary<List<Integer>> vnets = Arbitraries.integers().between(0, 7).list().ofSize(3);
    return Combinators.combine(shapes, offsets, vnets).as(PlanGene::new);
  }

  /** A subnet being planned: its prefix length, VNet index and traits; id once named. */
  private static final class SubnetDraft {
    int prefix;
    final int vnet;
    List<String> delegations = ImmutableList.of(Subnet.SERVER_FARMS_DELEGATION);
    boolean serviceEndpointPolicies;
    @Nullable ResourceId id;

    SubnetDraft(int prefix, int vnet) {
      this.prefix = prefix;
      this.vnet = vnet;
    }

    ResourceId id() {
      return requireNonNull(id, "subnet not named yet");
    }
  }

  /** A plan being planned. */
  private static final class PlanDraft {
    final int index;
    final PlanGene gene;
    final List<AppGene> appGenes;
    PlanForm form = PlanForm.LINUX;
    Sku sku = ELIGIBLE_SKUS.get(0);
    DeploymentGeneration generation = DeploymentGeneration.UNKNOWN;
    int apps;
    int cost = 1;
    int max = 1;
    int current = 1;
    final List<SubnetDraft> integrations = new ArrayList<>();

    PlanDraft(int index, PlanGene gene, List<AppGene> appGenes) {
      this.index = index;
      this.gene = gene;
      this.appGenes = appGenes;
    }
  }

  private final EstateArbitrary.Config config;
  private final @Nullable EstateRule rule;

  EstateAssembler(EstateArbitrary.Config config) {
    this.config = config;
    this.rule = config.rule();
  }

  /** A valid estate; the configuration has no rule to break. */
  Estate assemble(EstateGene g) {
    if (rule != null) {
      throw new IllegalStateException("configured to break " + rule + "; use assembleBroken");
    }
    return build(g).estate();
  }

  /** An estate breaking the configured rule. */
  BrokenEstate assembleBroken(EstateGene g) {
    Built built = build(g);
    return BrokenEstate.of(
        built.estate(), requireNonNull(rule, "rule"), requireNonNull(built.brokenResource()));
  }

  private record Built(Estate estate, @Nullable ResourceId brokenResource) {}

  private Built build(EstateGene g) {
    Region configured = config.region();
    Region region = configured != null ? configured : Genes.REGIONS.get(g.region());
    List<Region> elsewhere = Genes.REGIONS.stream().filter(r -> !r.equals(region)).toList();
    Region otherRegion = Genes.pick(elsewhere, g.otherRegion());
    int vnetCount = g.vnetCount();
    int dedicatedVnet = vnetCount;

    List<PlanGene> genes = g.plans();
    List<List<AppGene>> appsByPlan = assignApps(g.apps(), genes.size());
    List<PlanDraft> plans = new ArrayList<>();
    for (int i = 0; i < genes.size(); i++) {
      plans.add(shape(i, genes.get(i), appsByPlan.get(i), vnetCount));
    }
    PlanDraft first = plans.get(0);
    SubnetDraft target = first.integrations.isEmpty() ? null : first.integrations.get(0);
    SubnetDraft outside = null;
    if (rule != null && target != null) {
      switch (rule) {
        case NET_1_REGION_MISMATCH, NET_1_CLASSIC_VNET, NET_2_IPV6_ADDRESS_SPACE -> {
          SubnetDraft moved = new SubnetDraft(target.prefix, dedicatedVnet);
          first.integrations.set(0, moved);
          target = moved;
        }
        case NET_3_UNDELEGATED_SUBNET -> target.delegations = ImmutableList.of();
        case NET_3_FOREIGN_DELEGATION ->
            target.delegations =
                ImmutableList.of(Genes.pick(SubnetTraits.FOREIGN_DELEGATIONS, g.breakChoice()));
        case NET_4_SERVICE_ENDPOINT_POLICIES -> target.serviceEndpointPolicies = true;
        case NET_5_SHARED_SUBNET -> {
          PlanDraft second = plans.get(1);
          long need =
              Capacity.needWithHeadroom(first.max, first.cost)
                  + Capacity.needWithHeadroom(second.max, second.cost);
          int longest = Capacity.longestPrefixFor(need, Capacity.MPSJ_MIN_PREFIX);
          target.prefix = longest - Math.min(first.gene.offsets().get(0), 2);
          second.integrations.set(0, target);
        }
        case NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS ->
            outside =
                new SubnetDraft(target.prefix, Math.floorMod(first.gene.vnets().get(2), vnetCount));
        default -> {}
      }
    }

    // Name the subnets: snet1, snet2, ... in plan order, then the outside one, then defaults.
    List<SubnetDraft> all = new ArrayList<>();
    for (PlanDraft p : plans) {
      for (SubnetDraft s : p.integrations) {
        if (!all.contains(s)) {
          all.add(s);
        }
      }
    }
    if (outside != null) {
      all.add(outside);
    }
    int vnets = all.stream().anyMatch(s -> s.vnet == dedicatedVnet) ? vnetCount + 1 : vnetCount;
    for (int i = 0; i < all.size(); i++) {
      SubnetDraft s = all.get(i);
      s.id = vnetId(g.subscription(), s.vnet).child("subnets", "snet" + (i + 1));
    }
    for (int v = 0; v < vnets; v++) {
      if (g.defaultSubnets().get(v)) {
        SubnetDraft d = new SubnetDraft(24, v);
        d.delegations = ImmutableList.of();
        d.id = vnetId(g.subscription(), v).child("subnets", "default");
        all.add(d);
      }
    }

    List<VirtualNetwork> networks = new ArrayList<>();
    for (int v = 0; v < vnets; v++) {
      boolean elsewhereVnet = v == dedicatedVnet && rule == EstateRule.NET_1_REGION_MISMATCH;
      networks.add(network(g, v, elsewhereVnet ? otherRegion : region, all));
    }
    ResourceId vnetOfTarget = target == null ? null : vnetId(g.subscription(), target.vnet);

    List<AppServicePlan> builtPlans = new ArrayList<>();
    List<App> apps = new ArrayList<>();
    for (PlanDraft p : plans) {
      ResourceId planId =
          ResourceId.serverFarm(g.subscription(), Genes.RESOURCE_GROUP, "plan" + (p.index + 1));
      List<ResourceId> integrationIds = p.integrations.stream().map(SubnetDraft::id).toList();
      builtPlans.add(
          AppServicePlan.builder()
              .id(planId)
              .region(region)
              .sku(p.sku)
              .operatingSystem(p.form.os())
              .hyperV(p.form.hyperV())
              .maxInstances(p.max)
              .currentInstances(p.current)
              .deploymentGeneration(p.generation)
              .addAllVnetIntegrations(integrationIds)
              .build());
      List<AppGene> appGenes = new ArrayList<>(p.appGenes);
      while (appGenes.size() < p.apps) {
        appGenes.add(PLAIN_APP);
      }
      for (int a = 0; a < appGenes.size(); a++) {
        boolean target0 = rule != null && p.index == 0 && a == 0;
        ResourceId outsideId = outside == null ? null : outside.id();
        apps.add(
            app(
                g.subscription(),
                apps.size() + 1,
                planId,
                p,
                appGenes.get(a),
                integrationIds,
                target0,
                target0 ? outsideId : null));
      }
    }

    Estate estate =
        Estate.builder()
            .addAllPlans(builtPlans)
            .addAllApps(apps)
            .addAllVirtualNetworks(networks)
            .build();
    return new Built(
        estate, rule == null ? null : brokenResource(builtPlans, apps, target, vnetOfTarget));
  }

  private ResourceId brokenResource(
      List<AppServicePlan> plans,
      List<App> apps,
      @Nullable SubnetDraft target,
      @Nullable ResourceId vnetOfTarget) {
    EstateRule r = requireNonNull(rule);
    return switch (r) {
      case TIER_1_INELIGIBLE_TIER,
          TIER_2_OLDER_DEPLOYMENT,
          TIER_3_ISOLATED_PLAN,
          NET_6_TOO_MANY_PLAN_INTEGRATIONS ->
          plans.get(0).id();
      case TIER_5_DOCKER_COMPOSE, NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS -> apps.get(0).id();
      case NET_1_REGION_MISMATCH, NET_1_CLASSIC_VNET, NET_2_IPV6_ADDRESS_SPACE ->
          requireNonNull(vnetOfTarget);
      case NET_3_UNDELEGATED_SUBNET,
          NET_3_FOREIGN_DELEGATION,
          NET_4_SERVICE_ENDPOINT_POLICIES,
          NET_5_SHARED_SUBNET,
          CAP_3_CONTAINER_ADDRESSES,
          CAP_5_NO_SCALE_HEADROOM,
          CAP_7_SUBNET_TOO_SMALL ->
          requireNonNull(target).id();
    };
  }

  private static ResourceId vnetId(String subscription, int index) {
    return ResourceId.virtualNetwork(subscription, Genes.RESOURCE_GROUP, "vnet" + (index + 1));
  }

  /** Decides a plan's form, SKU, generation, integrations, subnet sizes and instance counts. */
  /**
   * Puts each app on the plan its gene names (modulo the plan count), skipping apps that would
   * exceed the per-plan maximum; in a broken estate the first app is on the first plan.
   */
  private List<List<AppGene>> assignApps(List<AppGene> apps, int planCount) {
    List<List<AppGene>> byPlan = new ArrayList<>();
    for (int i = 0; i < planCount; i++) {
      byPlan.add(new ArrayList<>());
    }
    for (int k = 0; k < apps.size(); k++) {
      boolean first = rule != null && k == 0;
      int plan = first ? 0 : Math.floorMod(apps.get(k).plan(), planCount);
      if (first || byPlan.get(plan).size() < config.maxAppsPerPlan()) {
        byPlan.get(plan).add(apps.get(k));
      }
    }
    return byPlan;
  }

  private PlanDraft shape(int index, PlanGene gene, List<AppGene> apps, int vnetCount) {
    PlanDraft d = new PlanDraft(index, gene, apps);
    PlanShape s = gene.shape();
    @Nullable EstateRule r = index == 0 ? rule : null;
    PlanForm form = Genes.pick(FORMS, s.form());
    if (r != null) {
      switch (r) {
        case TIER_5_DOCKER_COMPOSE -> form = PlanForm.LINUX;
        case CAP_3_CONTAINER_ADDRESSES -> form = PlanForm.WINDOWS_CONTAINER;
        case TIER_1_INELIGIBLE_TIER,
            TIER_2_OLDER_DEPLOYMENT,
            TIER_3_ISOLATED_PLAN,
            CAP_5_NO_SCALE_HEADROOM,
            CAP_7_SUBNET_TOO_SMALL -> {
          if (form == PlanForm.WINDOWS_CONTAINER) {
            form = PlanForm.WINDOWS;
          }
        }
        default -> {}
      }
    }
    d.form = form;
    List<Sku> skus = form == PlanForm.WINDOWS_CONTAINER ? CONTAINER_SKUS : ELIGIBLE_SKUS;
    if (r == EstateRule.TIER_1_INELIGIBLE_TIER) {
      skus = FREE_SHARED_SKUS;
    } else if (r == EstateRule.TIER_2_OLDER_DEPLOYMENT) {
      skus = OLDER_DEPLOYMENT_SKUS;
    } else if (r == EstateRule.TIER_3_ISOLATED_PLAN) {
      skus = ISOLATED_SKUS;
    }
    d.sku = Genes.pick(skus, s.sku());
    if (r == EstateRule.TIER_2_OLDER_DEPLOYMENT) {
      d.generation = DeploymentGeneration.OLDER;
    } else if (r == EstateRule.TIER_1_INELIGIBLE_TIER || r == EstateRule.TIER_3_ISOLATED_PLAN) {
      d.generation = DeploymentGeneration.UNKNOWN;
    } else {
      d.generation = Genes.pick(PlanArbitrary.generationsFor(d.sku.tier(), true), s.generation());
    }

    int n = Math.min(s.integrations(), form.integrationLimit());
    if (index == 0 && rule != null) {
      n = Math.max(n, 1);
    }
    boolean shared = rule == EstateRule.NET_5_SHARED_SUBNET && index <= 1;
    if (shared) {
      n = Math.max(n, 1);
    }
    if (r != null) {
      switch (r) {
        case CAP_3_CONTAINER_ADDRESSES,
            CAP_5_NO_SCALE_HEADROOM,
            CAP_7_SUBNET_TOO_SMALL,
            TIER_5_DOCKER_COMPOSE ->
            n = 1;
        case NET_6_TOO_MANY_PLAN_INTEGRATIONS -> n = form.integrationLimit() + 1;
        default -> {}
      }
    }

    int upTo = config.maxInstancesUpTo();
    d.apps = apps.size();
    List<Integer> offsets = gene.offsets();
    if (r == EstateRule.CAP_7_SUBNET_TOO_SMALL) {
      d.cost = 1;
      d.max = 1;
      d.current = 1;
      d.integrations.add(draft(Capacity.AZURE_MIN_PREFIX, gene, 0, vnetCount));
      return d;
    }
    if (r == EstateRule.CAP_5_NO_SCALE_HEADROOM) {
      List<Integer> candidates = new ArrayList<>();
      for (int p = Capacity.MIN_INTEGRATION_PREFIX; p >= 24; p--) {
        if (Capacity.usable(p) / 2 + 1 <= upTo) {
          candidates.add(p);
        }
      }
      int p = candidates.get(Math.min(offsets.get(0), candidates.size() - 1));
      long usable = Capacity.usable(p);
      long lowest = usable / 2 + 1;
      long highest = Math.min(usable, upTo);
      d.cost = 1;
      d.max = (int) Math.min(lowest + s.rawMax() - 1, highest);
      d.current = Math.min(s.rawCurrent(), d.max);
      d.integrations.add(draft(p, gene, 0, vnetCount));
      return d;
    }
    if (r == EstateRule.CAP_3_CONTAINER_ADDRESSES) {
      int max = Math.min(s.rawMax(), upTo);
      int p = Capacity.longestPrefixFor(2L * max, Capacity.MIN_INTEGRATION_PREFIX);
      int needed = (int) (Capacity.usable(p) / (2L * max));
      d.apps = Math.max(d.apps, Math.max(1, needed));
      d.cost = Capacity.costPerInstance(true, d.apps);
      d.max = max;
      d.current = Math.min(s.rawCurrent(), max);
      d.integrations.add(draft(p, gene, 0, vnetCount));
      return d;
    }

    d.cost = Capacity.costPerInstance(form.hyperV(), d.apps);
    int longest = Capacity.longestPrefixFor(2L * d.cost, Capacity.MIN_INTEGRATION_PREFIX);
    int floor = Math.min(24, longest);
    long cap = upTo;
    for (int j = 0; j < n; j++) {
      int p = Math.max(longest - offsets.get(Math.min(j, offsets.size() - 1)), floor);
      d.integrations.add(draft(p, gene, j, vnetCount));
      if (!(shared && j == 0)) {
        cap = Math.min(cap, Capacity.headroomLimit(p, d.cost));
      }
    }
    d.max = (int) (s.full() ? cap : Math.min(s.rawMax(), cap));
    d.current = Math.min(s.rawCurrent(), d.max);
    return d;
  }

  private static SubnetDraft draft(int prefix, PlanGene gene, int j, int vnetCount) {
    List<Integer> vnets = gene.vnets();
    return new SubnetDraft(prefix, Math.floorMod(vnets.get(j % vnets.size()), vnetCount));
  }

  private VirtualNetwork network(EstateGene g, int v, Region region, List<SubnetDraft> all) {
    ResourceId id = vnetId(g.subscription(), v);
    Cidr space = Cidr.parse("10." + v + ".0.0/16");
    List<SubnetDraft> mine = all.stream().filter(s -> s.vnet == v).toList();
    List<Cidr> blocks =
        SubnetAllocator.allocate(
            space, mine.stream().map(s -> s.prefix).toList(), ImmutableList.of());
    VirtualNetwork.Builder b =
        VirtualNetwork.builder().id(id).region(region).addAddressSpaces(space);
    boolean dedicated = v == g.vnetCount();
    if (dedicated && rule == EstateRule.NET_1_CLASSIC_VNET) {
      b.classic(true);
    }
    if (dedicated && rule == EstateRule.NET_2_IPV6_ADDRESS_SPACE) {
      b.addAddressSpaces(Genes.pick(VirtualNetworkArbitrary.IPV6_SPACES, g.breakChoice()));
    }
    for (int i = 0; i < mine.size(); i++) {
      SubnetDraft s = mine.get(i);
      b.addSubnets(
          Subnet.builder()
              .id(s.id())
              .addressPrefix(blocks.get(i))
              .addAllDelegations(s.delegations)
              .hasServiceEndpointPolicies(s.serviceEndpointPolicies)
              .build());
    }
    return b.build();
  }

  private App app(
      String subscription,
      int number,
      ResourceId planId,
      PlanDraft plan,
      AppGene gene,
      List<ResourceId> integrations,
      boolean target,
      @Nullable ResourceId outside) {
    ResourceId id = ResourceId.site(subscription, Genes.RESOURCE_GROUP, "app" + number);
    App.Builder b = App.builder().id(id).kind(kind(plan, gene)).planId(planId);
    AppArbitrary.apply(b, gene.routing());
    if (target) {
      b.virtualNetworkSubnetId(outside != null ? outside : integrations.get(0));
      b.dockerCompose(rule == EstateRule.TIER_5_DOCKER_COMPOSE);
    } else if (gene.integrated() && !integrations.isEmpty()) {
      b.virtualNetworkSubnetId(Genes.pick(integrations, gene.integration()));
    }
    if (gene.slot() && !plan.form.hyperV()) {
      DeploymentSlot.Builder slot = DeploymentSlot.builder().id(id.child("slots", "staging"));
      if (gene.slotIntegrated() && !integrations.isEmpty()) {
        slot.virtualNetworkSubnetId(Genes.pick(integrations, gene.slotIntegration()));
      }
      b.addSlots(slot.build());
    }
    return b.build();
  }

  /**
   * Function apps on ElasticPremium, logic apps on WorkflowStandard, web apps on Free/Shared/ASE.
   */
  private static AppKind kind(PlanDraft plan, AppGene gene) {
    PricingTier tier = plan.sku.tier();
    if (tier == PricingTier.ELASTIC_PREMIUM) {
      return AppKind.FUNCTION_APP;
    }
    if (tier == PricingTier.WORKFLOW_STANDARD) {
      return AppKind.LOGIC_APP;
    }
    if (FREE_SHARED_SKUS.contains(plan.sku) || ISOLATED_SKUS.contains(plan.sku)) {
      return AppKind.WEB_APP;
    }
    return gene.kind() == 0 ? AppKind.WEB_APP : AppKind.FUNCTION_APP;
  }
}

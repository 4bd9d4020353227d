package io.github.vnetkit.testkit;

import static java.util.Objects.requireNonNull;

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
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PeeringScope;
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
 * (2^(32-p) - 5) / (2c)} for each of its own subnets; plans that share a subnet through multi-plan
 * subnet join are clamped so that the sum of their needs fits (CAP-8).
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
  static final ImmutableList<Sku> ELASTIC_PREMIUM_SKUS =
      skus(EnumSet.of(PricingTier.ELASTIC_PREMIUM));
  static final ImmutableList<Sku> CONSUMPTION_SKUS = skus(EnumSet.of(PricingTier.DYNAMIC));

  /** Eligible SKUs with a Functions hosting option (Dedicated or Premium): not WorkflowStandard. */
  static final ImmutableList<Sku> FUNCTION_SKUS =
      ELIGIBLE_SKUS.stream()
          .filter(s -> s.tier().functionsHosting().isPresent())
          .collect(ImmutableList.toImmutableList());

  /** The remote VNet of the peering valid estates sometimes have (not in the estate). */
  private static final String HUB_VNET = "hub";

  /** The classic VNet a {@link EstateRule#NET_9_CLASSIC_PEERING} break peers with. */
  private static final String CLASSIC_VNET = "classic1";

  private static ImmutableList<Sku> skus(Set<PricingTier> tiers) {
    return Sku.allKnown().stream()
        .filter(s -> tiers.contains(s.tier()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether an app has a slot, whether the slot is integrated and with which integration. */
  record SlotGene(boolean present, boolean integrated, int integration) {}

  /**
   * A function app's settings and its runtime version: an index into the supported ones, or none.
   */
  record FunctionsGene(FunctionsSettingsArbitrary.Gene settings, int runtime) {

    static final FunctionsGene NONE = new FunctionsGene(FunctionsSettingsArbitrary.Gene.NONE, 0);
  }

  record AppGene(
      int plan,
      int kind,
      boolean integrated,
      int integration,
      Routing routing,
      SlotGene slot,
      FunctionsGene functions) {}

  /** An app added only to make a CAP-3 break work: nothing set, not integrated. */
  private static final AppGene PLAIN_APP =
      new AppGene(0, 0, false, 0, Routing.UNSET, new SlotGene(false, false, 0), FunctionsGene.NONE);

  record PlanShape(
      int form,
      int sku,
      int generation,
      int rawMax,
      int rawCurrent,
      boolean full,
      int integrations) {}

  /**
   * A plan's genes: its shape, subnet size offsets, VNet choices, whether it joins the estate's
   * multi-plan subnet (it does when at least one other plan does too), and whether its integration
   * subnets record its service association link.
   */
  record PlanGene(
      PlanShape shape, List<Integer> offsets, List<Integer> vnets, boolean joins, boolean links) {}

  /**
   * The estate's genes. {@code choice} picks among the ways to break a rule (which foreign
   * delegation, which IPv6 space, which trigger extension...); in a valid estate it decides whether
   * the first VNet is peered with a hub VNet.
   */
  record EstateGene(
      String subscription,
      int region,
      int otherRegion,
      int vnetCount,
      List<Boolean> defaultSubnets,
      List<PlanGene> plans,
      List<AppGene> apps,
      int choice) {}

  static Arbitrary<AppGene> appGenes() {
    Arbitrary<SlotGene> slots =
        Combinators.combine(
                Arbitraries.of(false, true),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1))
            .as(SlotGene::new);
    Arbitrary<FunctionsGene> functions =
        Combinators.combine(
                FunctionsSettingsArbitrary.genes(
                    FunctionsSettingsArbitrary.Use.SOMETIMES,
                    FunctionsSettingsArbitrary.Use.SOMETIMES),
                Arbitraries.integers().between(0, FunctionsFacts.SUPPORTED_RUNTIMES.size()))
            .as(FunctionsGene::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 19),
            Arbitraries.integers().between(0, 1),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 1),
            Routing.conflictFree(Routing.Form.MIXED, false),
            slots,
            functions)
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
    return Combinators.combine(
            shapes, offsets, vnets, Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as(PlanGene::new);
  }

  /** A subnet being planned: its prefix length, VNet index and traits; id once named. */
  private static final class SubnetDraft {
    int prefix;
    final int vnet;
    List<String> delegations = ImmutableList.of(Subnet.SERVER_FARMS_DELEGATION);
    boolean serviceEndpointPolicies;
    final List<ResourceId> links = new ArrayList<>();
    @Nullable ResourceId id;

    SubnetDraft(int prefix, int vnet) {
      this.prefix = prefix;
      this.vnet = vnet;
    }

    ResourceId id() {
      return requireNonNull(id, "subnet not named yet");
    }

    boolean delegatedToServerFarmsOnly() {
      return delegations.equals(ImmutableList.of(Subnet.SERVER_FARMS_DELEGATION));
    }
  }

  /** A plan being planned. */
  private static final class PlanDraft {
    final int index;
    final PlanGene gene;
    final List<AppGene> appGenes;
    String subscription;
    PlanForm form = PlanForm.LINUX;
    Sku sku = ELIGIBLE_SKUS.get(0);
    DeploymentGeneration generation = DeploymentGeneration.UNKNOWN;
    boolean multiPlanSubnetJoin;
    int apps;
    int cost = 1;

    /** The most instances its own subnets (not a shared one) and the knob allow. */
    long cap = 1;

    int max = 1;
    int current = 1;
    final List<SubnetDraft> integrations = new ArrayList<>();
    @Nullable ResourceId id;

    PlanDraft(int index, PlanGene gene, List<AppGene> appGenes, String subscription) {
      this.index = index;
      this.gene = gene;
      this.appGenes = appGenes;
      this.subscription = subscription;
    }

    ResourceId id() {
      return requireNonNull(id, "plan not named yet");
    }

    void setMax(int max) {
      this.max = max;
      this.current = Math.min(gene.shape().rawCurrent(), max);
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

  /** Whether the rule moves the first plan's first integration into a VNet of its own. */
  private boolean dedicatedVnet() {
    return rule == EstateRule.NET_1_REGION_MISMATCH
        || rule == EstateRule.NET_1_CLASSIC_VNET
        || rule == EstateRule.NET_2_IPV6_ADDRESS_SPACE
        || rule == EstateRule.NET_8_VNET_IN_OTHER_SUBSCRIPTION
        || rule == EstateRule.NET_9_CLASSIC_PEERING;
  }

  private Built build(EstateGene g) {
    Region configured = config.region();
    Region region = configured != null ? configured : Genes.REGIONS.get(g.region());
    List<Region> elsewhere = Genes.REGIONS.stream().filter(r -> !r.equals(region)).toList();
    Region otherRegion = Genes.pick(elsewhere, g.otherRegion());
    String subscription = g.subscription();
    String otherSubscription = otherSubscription(subscription);
    int vnetCount = g.vnetCount();
    int dedicatedVnet = vnetCount;

    List<PlanGene> genes = g.plans();
    List<List<AppGene>> appsByPlan = assignApps(g.apps(), genes.size());
    List<Integer> group = multiPlanGroup(genes);
    List<PlanDraft> plans = new ArrayList<>();
    for (int i = 0; i < genes.size(); i++) {
      PlanDraft d = new PlanDraft(i, genes.get(i), appsByPlan.get(i), subscription);
      shape(d, vnetCount, group.contains(i));
      plans.add(d);
    }
    PlanDraft first = plans.get(0);
    SubnetDraft target = first.integrations.isEmpty() ? null : first.integrations.get(0);
    SubnetDraft extra = null;
    if (rule != null && target != null) {
      int offset = first.gene.offsets().get(0);
      switch (rule) {
        case NET_1_REGION_MISMATCH,
            NET_1_CLASSIC_VNET,
            NET_2_IPV6_ADDRESS_SPACE,
            NET_8_VNET_IN_OTHER_SUBSCRIPTION,
            NET_9_CLASSIC_PEERING -> {
          SubnetDraft moved = new SubnetDraft(target.prefix, dedicatedVnet);
          first.integrations.set(0, moved);
          target = moved;
        }
        case NET_3_UNDELEGATED_SUBNET -> target.delegations = ImmutableList.of();
        case NET_3_FOREIGN_DELEGATION ->
            target.delegations =
                ImmutableList.of(Genes.pick(SubnetTraits.FOREIGN_DELEGATIONS, g.choice()));
        case NET_4_SERVICE_ENDPOINT_POLICIES -> target.serviceEndpointPolicies = true;
        case NET_5_SHARED_SUBNET,
            NET_5_SHARED_SUBNET_TOO_SMALL,
            NET_5_SHARED_ACROSS_SUBSCRIPTIONS -> {
          List<PlanDraft> pair = plans.subList(0, 2);
          target.prefix =
              rule == EstateRule.NET_5_SHARED_SUBNET_TOO_SMALL
                  ? Capacity.MIN_INTEGRATION_PREFIX - Math.min(offset, 1)
                  : sharedPrefix(pair, offset);
          share(pair, target, false);
          boolean mpsj = rule != EstateRule.NET_5_SHARED_SUBNET;
          pair.forEach(p -> p.multiPlanSubnetJoin = mpsj);
          if (rule == EstateRule.NET_5_SHARED_ACROSS_SUBSCRIPTIONS) {
            plans.get(1).subscription = otherSubscription;
          }
        }
        case NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS ->
            extra =
                new SubnetDraft(target.prefix, Math.floorMod(first.gene.vnets().get(2), vnetCount));
        case LIFE_3_ORPHANED_DELEGATION ->
            extra = new SubnetDraft(Capacity.MIN_INTEGRATION_PREFIX, target.vnet);
        default -> {}
      }
    }
    if (group.size() >= 2) {
      List<PlanDraft> members = group.stream().map(plans::get).toList();
      PlanDraft lead = members.get(0);
      SubnetDraft shared = lead.integrations.get(0);
      shared.prefix = sharedPrefix(members, lead.gene.offsets().get(0));
      share(members, shared, lead.gene.shape().full());
      members.forEach(p -> p.multiPlanSubnetJoin = true);
    }

    for (PlanDraft p : plans) {
      p.id = ResourceId.serverFarm(p.subscription, Genes.RESOURCE_GROUP, "plan" + (p.index + 1));
    }
    // Name the subnets: snet1, snet2, ... in plan order, then the extra one, then defaults.
    List<SubnetDraft> all = new ArrayList<>();
    for (PlanDraft p : plans) {
      for (SubnetDraft s : p.integrations) {
        if (!all.contains(s)) {
          all.add(s);
        }
        if (p.gene.links() && s.delegatedToServerFarmsOnly()) {
          s.links.add(p.id());
        }
      }
    }
    if (extra != null) {
      if (rule == EstateRule.LIFE_3_ORPHANED_DELEGATION) {
        extra.links.add(
            ResourceId.serverFarm(subscription, Genes.RESOURCE_GROUP, "plan" + (plans.size() + 1)));
      }
      all.add(extra);
    }
    int vnets = all.stream().anyMatch(s -> s.vnet == dedicatedVnet) ? vnetCount + 1 : vnetCount;
    String dedicatedSubscription =
        rule == EstateRule.NET_8_VNET_IN_OTHER_SUBSCRIPTION ? otherSubscription : subscription;
    List<ResourceId> vnetIds = new ArrayList<>();
    for (int v = 0; v < vnets; v++) {
      vnetIds.add(vnetId(v == dedicatedVnet ? dedicatedSubscription : subscription, v));
    }
    for (int i = 0; i < all.size(); i++) {
      SubnetDraft s = all.get(i);
      s.id = vnetIds.get(s.vnet).child("subnets", "snet" + (i + 1));
    }
    for (int v = 0; v < vnets; v++) {
      if (g.defaultSubnets().get(v)) {
        SubnetDraft d = new SubnetDraft(24, v);
        d.delegations = ImmutableList.of();
        d.id = vnetIds.get(v).child("subnets", "default");
        all.add(d);
      }
    }

    List<VirtualNetwork> networks = new ArrayList<>();
    for (int v = 0; v < vnets; v++) {
      boolean elsewhereVnet = v == dedicatedVnet && rule == EstateRule.NET_1_REGION_MISMATCH;
      networks.add(
          network(g, v, vnetIds.get(v), elsewhereVnet ? otherRegion : region, all, dedicatedVnet));
    }
    ResourceId vnetOfTarget = target == null ? null : vnetIds.get(target.vnet);

    List<AppServicePlan> builtPlans = new ArrayList<>();
    List<App> apps = new ArrayList<>();
    for (PlanDraft p : plans) {
      List<ResourceId> integrationIds = p.integrations.stream().map(SubnetDraft::id).toList();
      builtPlans.add(
          AppServicePlan.builder()
              .id(p.id())
              .region(region)
              .sku(p.sku)
              .operatingSystem(p.form.os())
              .hyperV(p.form.hyperV())
              .maxInstances(p.max)
              .currentInstances(p.current)
              .deploymentGeneration(p.generation)
              .multiPlanSubnetJoin(p.multiPlanSubnetJoin)
              .addAllVnetIntegrations(integrationIds)
              .build());
      List<AppGene> appGenes = new ArrayList<>(p.appGenes);
      while (appGenes.size() < p.apps) {
        appGenes.add(PLAIN_APP);
      }
      for (int a = 0; a < appGenes.size(); a++) {
        boolean target0 = rule != null && p.index == 0 && a == 0;
        ResourceId outsideId =
            target0 && rule == EstateRule.NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS && extra != null
                ? extra.id()
                : null;
        apps.add(
            app(
                apps.size() + 1,
                p,
                appGenes.get(a),
                integrationIds,
                target0,
                outsideId,
                g.choice()));
      }
    }

    Estate estate =
        Estate.builder()
            .addAllPlans(builtPlans)
            .addAllApps(apps)
            .addAllVirtualNetworks(networks)
            .build();
    return new Built(
        estate,
        rule == null ? null : brokenResource(builtPlans, apps, target, vnetOfTarget, extra));
  }

  private ResourceId brokenResource(
      List<AppServicePlan> plans,
      List<App> apps,
      @Nullable SubnetDraft target,
      @Nullable ResourceId vnetOfTarget,
      @Nullable SubnetDraft extra) {
    EstateRule r = requireNonNull(rule);
    return switch (r) {
      case TIER_1_INELIGIBLE_TIER,
          TIER_2_OLDER_DEPLOYMENT,
          TIER_2_UNKNOWN_DEPLOYMENT,
          TIER_3_ISOLATED_PLAN,
          NET_6_TOO_MANY_PLAN_INTEGRATIONS ->
          plans.get(0).id();
      case TIER_5_DOCKER_COMPOSE,
          NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS,
          NET_10_SLOT_ONLY_INTEGRATION,
          FN_1_VNET_TRIGGERS_ON_CONSUMPTION,
          FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION,
          FN_2_SCALE_MONITORING_OFF,
          FN_2_RUNTIME_TOO_OLD,
          FN_2_EXTENSION_BELOW_MINIMUM,
          FN_3_HYBRID_CONNECTIONS_ON_LINUX,
          FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION ->
          apps.get(0).id();
      case NET_1_REGION_MISMATCH,
          NET_1_CLASSIC_VNET,
          NET_2_IPV6_ADDRESS_SPACE,
          NET_8_VNET_IN_OTHER_SUBSCRIPTION,
          NET_9_CLASSIC_PEERING ->
          requireNonNull(vnetOfTarget);
      case NET_3_UNDELEGATED_SUBNET,
          NET_3_FOREIGN_DELEGATION,
          NET_4_SERVICE_ENDPOINT_POLICIES,
          NET_5_SHARED_SUBNET,
          NET_5_SHARED_SUBNET_TOO_SMALL,
          NET_5_SHARED_ACROSS_SUBSCRIPTIONS,
          CAP_3_CONTAINER_ADDRESSES,
          CAP_5_NO_SCALE_HEADROOM,
          CAP_7_SUBNET_TOO_SMALL ->
          requireNonNull(target).id();
      case LIFE_3_ORPHANED_DELEGATION -> requireNonNull(extra).id();
    };
  }

  private static ResourceId vnetId(String subscription, int index) {
    return ResourceId.virtualNetwork(subscription, Genes.RESOURCE_GROUP, "vnet" + (index + 1));
  }

  /** A subscription id other than {@code subscription}: its first hex digit moved on by one. */
  static String otherSubscription(String subscription) {
    int digit = Character.digit(subscription.charAt(0), 16);
    return Character.forDigit((digit + 1) % 16, 16) + subscription.substring(1);
  }

  /**
   * The plans that share one subnet through multi-plan subnet join: those whose gene joins, if at
   * least two do. In a broken estate the broken plan (and a NET-5 break's second plan) never joins.
   */
  private List<Integer> multiPlanGroup(List<PlanGene> genes) {
    List<Integer> members = new ArrayList<>();
    int firstFree = rule == null ? 0 : rule.sharesSubnet() ? 2 : 1;
    for (int i = firstFree; i < genes.size(); i++) {
      if (genes.get(i).joins()) {
        members.add(i);
      }
    }
    return members.size() >= 2 ? members : ImmutableList.of();
  }

  /**
   * The prefix of a subnet shared through MPSJ: /26 or larger (CAP-7), large enough for the plans'
   * summed need with headroom (CAP-8) when that is /24 or smaller, up to two sizes larger as {@code
   * offset} says; never larger than /24 unless one instance of each plan needs it.
   */
  private static int sharedPrefix(List<PlanDraft> plans, int offset) {
    long need = 0;
    long minimal = 0;
    for (PlanDraft p : plans) {
      need += Capacity.needWithHeadroom(p.max, p.cost);
      minimal += Capacity.needWithHeadroom(1, p.cost);
    }
    int fit = Capacity.longestPrefixFor(need, Capacity.MPSJ_MIN_PREFIX);
    int floor = Math.min(24, Capacity.longestPrefixFor(minimal, Capacity.MPSJ_MIN_PREFIX));
    return Math.max(fit - Math.min(offset, 2), floor);
  }

  /**
   * Makes {@code plans} share {@code subnet} as their first integration, lowering their
   * maxInstances in turn so that the sum of their needs with headroom fits (CAP-8), each keeping at
   * least one instance; with {@code full}, the last plan takes what is left, as far as its own
   * subnets allow.
   */
  private static void share(List<PlanDraft> plans, SubnetDraft subnet, boolean full) {
    long remaining = Capacity.usable(subnet.prefix);
    long reserved = 0;
    for (PlanDraft p : plans) {
      reserved += Capacity.needWithHeadroom(1, p.cost);
    }
    for (int i = 0; i < plans.size(); i++) {
      PlanDraft p = plans.get(i);
      reserved -= Capacity.needWithHeadroom(1, p.cost);
      long room = (remaining - reserved) / Capacity.needWithHeadroom(1, p.cost);
      long max = full && i == plans.size() - 1 ? Math.min(room, p.cap) : Math.min(room, p.max);
      p.setMax((int) max);
      remaining -= Capacity.needWithHeadroom(p.max, p.cost);
      p.integrations.set(0, subnet);
    }
  }

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

  /**
   * The form the rule gives the broken plan ({@code null} for the others): as generated, or not.
   */
  private static PlanForm formFor(@Nullable EstateRule r, boolean pairedTooSmall, PlanForm form) {
    if (r == null) {
      return pairedTooSmall && form.hyperV() ? PlanForm.WINDOWS : form;
    }
    return switch (r) {
      case TIER_5_DOCKER_COMPOSE, FN_3_HYBRID_CONNECTIONS_ON_LINUX -> PlanForm.LINUX;
      case CAP_3_CONTAINER_ADDRESSES -> PlanForm.WINDOWS_CONTAINER;
      case FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION -> PlanForm.WINDOWS;
      case TIER_1_INELIGIBLE_TIER,
          TIER_2_OLDER_DEPLOYMENT,
          TIER_2_UNKNOWN_DEPLOYMENT,
          TIER_3_ISOLATED_PLAN,
          NET_5_SHARED_SUBNET_TOO_SMALL,
          NET_10_SLOT_ONLY_INTEGRATION,
          CAP_5_NO_SCALE_HEADROOM,
          CAP_7_SUBNET_TOO_SMALL,
          FN_1_VNET_TRIGGERS_ON_CONSUMPTION,
          FN_2_SCALE_MONITORING_OFF,
          FN_2_RUNTIME_TOO_OLD,
          FN_2_EXTENSION_BELOW_MINIMUM,
          FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION ->
          form.hyperV() ? PlanForm.WINDOWS : form;
      default -> form;
    };
  }

  /** The SKUs the broken plan picks from, or {@code null} for the form's usual ones. */
  private static @Nullable List<Sku> skusFor(@Nullable EstateRule r) {
    if (r == null) {
      return null;
    }
    return switch (r) {
      case TIER_1_INELIGIBLE_TIER -> FREE_SHARED_SKUS;
      case TIER_2_OLDER_DEPLOYMENT, TIER_2_UNKNOWN_DEPLOYMENT -> OLDER_DEPLOYMENT_SKUS;
      case TIER_3_ISOLATED_PLAN -> ISOLATED_SKUS;
      case FN_2_SCALE_MONITORING_OFF, FN_2_RUNTIME_TOO_OLD, FN_2_EXTENSION_BELOW_MINIMUM ->
          ELASTIC_PREMIUM_SKUS;
      case FN_3_HYBRID_CONNECTIONS_ON_LINUX -> FUNCTION_SKUS;
      case FN_1_VNET_TRIGGERS_ON_CONSUMPTION,
          FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION,
          FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION ->
          CONSUMPTION_SKUS;
      default -> null;
    };
  }

  /**
   * Decides a plan's form, SKU, generation, integrations, subnet sizes and instance counts. A plan
   * that shares its first integration ({@code joins} a multi-plan subnet, or is one of a NET-5
   * break's two plans) has at least one integration, and its maxInstances is not clamped by that
   * first one (the shared subnet is sized afterwards).
   */
  private void shape(PlanDraft d, int vnetCount, boolean joins) {
    int index = d.index;
    PlanGene gene = d.gene;
    PlanShape s = gene.shape();
    @Nullable EstateRule r = index == 0 ? rule : null;
    boolean paired = rule != null && rule.sharesSubnet() && index <= 1;
    boolean pairedTooSmall = paired && rule == EstateRule.NET_5_SHARED_SUBNET_TOO_SMALL;
    PlanForm form = formFor(r, pairedTooSmall, Genes.pick(FORMS, s.form()));
    d.form = form;
    List<Sku> ruleSkus = skusFor(r);
    List<Sku> skus =
        ruleSkus != null
            ? ruleSkus
            : form == PlanForm.WINDOWS_CONTAINER ? CONTAINER_SKUS : ELIGIBLE_SKUS;
    d.sku = Genes.pick(skus, s.sku());
    if (r == EstateRule.TIER_2_OLDER_DEPLOYMENT) {
      d.generation = DeploymentGeneration.OLDER;
    } else if (r == EstateRule.TIER_1_INELIGIBLE_TIER
        || r == EstateRule.TIER_2_UNKNOWN_DEPLOYMENT
        || r == EstateRule.TIER_3_ISOLATED_PLAN
        || (r != null && r.onConsumption())) {
      d.generation = DeploymentGeneration.UNKNOWN;
    } else {
      d.generation = Genes.pick(PlanArbitrary.generationsFor(d.sku.tier(), true), s.generation());
    }

    int n = Math.min(s.integrations(), form.integrationLimit());
    if (r != null || paired || joins) {
      n = Math.max(n, 1);
    }
    boolean sharesFirst = paired || joins;
    if (r != null) {
      switch (r) {
        case CAP_3_CONTAINER_ADDRESSES,
            CAP_5_NO_SCALE_HEADROOM,
            CAP_7_SUBNET_TOO_SMALL,
            TIER_5_DOCKER_COMPOSE ->
            n = 1;
        case NET_6_TOO_MANY_PLAN_INTEGRATIONS -> n = form.integrationLimit() + 1;
        case FN_1_VNET_TRIGGERS_ON_CONSUMPTION,
            FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION,
            FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION ->
            n = 0;
        default -> {}
      }
    }

    int upTo = config.maxInstancesUpTo();
    d.apps = d.appGenes.size();
    List<Integer> offsets = gene.offsets();
    if (r == EstateRule.CAP_7_SUBNET_TOO_SMALL) {
      d.cost = 1;
      d.cap = 1;
      d.setMax(1);
      d.integrations.add(draft(Capacity.AZURE_MIN_PREFIX, gene, 0, vnetCount));
      return;
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
      d.cap = highest;
      d.setMax((int) Math.min(lowest + s.rawMax() - 1, highest));
      d.integrations.add(draft(p, gene, 0, vnetCount));
      return;
    }
    if (r == EstateRule.CAP_3_CONTAINER_ADDRESSES) {
      int max = Math.min(s.rawMax(), upTo);
      int p = Capacity.longestPrefixFor(2L * max, Capacity.MIN_INTEGRATION_PREFIX);
      int needed = (int) (Capacity.usable(p) / (2L * max));
      d.apps = Math.max(d.apps, Math.max(1, needed));
      d.cost = Capacity.costPerInstance(true, d.apps);
      d.cap = max;
      d.setMax(max);
      d.integrations.add(draft(p, gene, 0, vnetCount));
      return;
    }

    d.cost = Capacity.costPerInstance(form.hyperV(), d.apps);
    int longest = Capacity.longestPrefixFor(2L * d.cost, Capacity.MIN_INTEGRATION_PREFIX);
    int floor = Math.min(24, longest);
    long cap = upTo;
    for (int j = 0; j < n; j++) {
      int p = Math.max(longest - offsets.get(Math.min(j, offsets.size() - 1)), floor);
      d.integrations.add(draft(p, gene, j, vnetCount));
      if (!(sharesFirst && j == 0)) {
        cap = Math.min(cap, Capacity.headroomLimit(p, d.cost));
      }
    }
    d.cap = cap;
    d.setMax((int) (s.full() ? cap : Math.min(s.rawMax(), cap)));
  }

  private static SubnetDraft draft(int prefix, PlanGene gene, int j, int vnetCount) {
    List<Integer> vnets = gene.vnets();
    return new SubnetDraft(prefix, Math.floorMod(vnets.get(j % vnets.size()), vnetCount));
  }

  private VirtualNetwork network(
      EstateGene g, int v, ResourceId id, Region region, List<SubnetDraft> all, int dedicated) {
    Cidr space = Cidr.parse("10." + v + ".0.0/16");
    List<SubnetDraft> mine = all.stream().filter(s -> s.vnet == v).toList();
    List<Cidr> blocks =
        SubnetAllocator.allocate(
            space, mine.stream().map(s -> s.prefix).toList(), ImmutableList.of());
    VirtualNetwork.Builder b =
        VirtualNetwork.builder().id(id).region(region).addAddressSpaces(space);
    boolean isDedicated = v == dedicated;
    if (isDedicated && rule == EstateRule.NET_1_CLASSIC_VNET) {
      b.classic(true);
    }
    if (isDedicated && rule == EstateRule.NET_2_IPV6_ADDRESS_SPACE) {
      b.addAddressSpaces(Genes.pick(VirtualNetworkArbitrary.IPV6_SPACES, g.choice()));
    }
    if (isDedicated && rule == EstateRule.NET_9_CLASSIC_PEERING) {
      b.addPeerings(
          Peering.builder()
              .remoteVirtualNetworkId(
                  ResourceId.virtualNetwork(
                      id.subscriptionId(), Genes.RESOURCE_GROUP, CLASSIC_VNET))
              .addRemoteAddressSpaces(Cidr.parse("10.101.0.0/16"))
              .remoteClassic(true)
              .build());
    }
    int peering = Math.floorMod(g.choice(), 3);
    if (rule == null && v == 0 && peering != 0) {
      b.addPeerings(
          Peering.builder()
              .remoteVirtualNetworkId(
                  ResourceId.virtualNetwork(id.subscriptionId(), Genes.RESOURCE_GROUP, HUB_VNET))
              .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
              .scope(peering == 1 ? PeeringScope.REGIONAL : PeeringScope.GLOBAL)
              .build());
    }
    for (int i = 0; i < mine.size(); i++) {
      SubnetDraft s = mine.get(i);
      b.addSubnets(
          Subnet.builder()
              .id(s.id())
              .addressPrefix(blocks.get(i))
              .addAllDelegations(s.delegations)
              .hasServiceEndpointPolicies(s.serviceEndpointPolicies)
              .addAllServiceAssociationLinks(s.links)
              .build());
    }
    return b.build();
  }

  private App app(
      int number,
      PlanDraft plan,
      AppGene gene,
      List<ResourceId> integrations,
      boolean target,
      @Nullable ResourceId outside,
      int choice) {
    @Nullable EstateRule r = target ? rule : null;
    ResourceId id = ResourceId.site(plan.subscription, Genes.RESOURCE_GROUP, "app" + number);
    AppKind kind = r != null && r.inFunctionsSettings() ? AppKind.FUNCTION_APP : kind(plan, gene);
    App.Builder b = App.builder().id(id).kind(kind).planId(plan.id());
    AppArbitrary.apply(b, gene.routing());
    boolean slotOnly = r == EstateRule.NET_10_SLOT_ONLY_INTEGRATION;
    boolean production = false;
    if (target) {
      if (!slotOnly && !integrations.isEmpty()) {
        b.virtualNetworkSubnetId(outside != null ? outside : integrations.get(0));
        production = true;
      }
      b.dockerCompose(r == EstateRule.TIER_5_DOCKER_COMPOSE);
    } else if (gene.integrated() && !integrations.isEmpty()) {
      b.virtualNetworkSubnetId(Genes.pick(integrations, gene.integration()));
      production = true;
    }
    SlotGene slot = gene.slot();
    if ((slot.present() || slotOnly) && !plan.form.hyperV()) {
      DeploymentSlot.Builder s = DeploymentSlot.builder().id(id.child("slots", "staging"));
      if (slotOnly) {
        s.virtualNetworkSubnetId(integrations.get(0));
      } else if (production && slot.integrated()) {
        // NET-10: a slot is integrated only where production is, so a swap loses nothing.
        s.virtualNetworkSubnetId(Genes.pick(integrations, slot.integration()));
      }
      b.addSlots(s.build());
    }
    if (kind == AppKind.FUNCTION_APP) {
      functions(b, plan, gene, r, choice);
    }
    return b.build();
  }

  /**
   * A function app's settings, valid for its plan (FN-1..FN-4), and its {@code
   * FUNCTIONS_EXTENSION_VERSION} (one of the runtimes 2.x or later, always where FN-2 needs one);
   * then the break, if {@code r} is an FN rule.
   */
  private static void functions(
      App.Builder b, PlanDraft plan, AppGene gene, @Nullable EstateRule r, int choice) {
    FunctionsSettingsArbitrary.Rules rules =
        FunctionsSettingsArbitrary.Rules.forPlan(plan.sku.tier(), plan.form.os());
    FunctionsSettings fs = FunctionsSettingsArbitrary.build(gene.functions().settings(), rules);
    int runtimeGene = gene.functions().runtime();
    String runtime =
        runtimeGene < FunctionsFacts.SUPPORTED_RUNTIMES.size()
            ? FunctionsFacts.SUPPORTED_RUNTIMES.get(runtimeGene)
            : null;
    if (r != null) {
      switch (r) {
        case FN_1_VNET_TRIGGERS_ON_CONSUMPTION ->
            fs = FunctionsSettingsArbitrary.withTrigger(fs, choice);
        case FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION, FN_3_HYBRID_CONNECTIONS_ON_LINUX ->
            fs = FunctionsSettingsArbitrary.withHybridConnection(fs, choice);
        case FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION ->
            fs = FunctionsSettings.builder().from(fs).storageAccountVnetRestricted(true).build();
        case FN_2_SCALE_MONITORING_OFF ->
            fs =
                FunctionsSettings.builder()
                    .from(FunctionsSettingsArbitrary.withTrigger(fs, choice))
                    .runtimeScaleMonitoringEnabled(false)
                    .build();
        case FN_2_RUNTIME_TOO_OLD -> {
          fs = withScaleMonitoring(FunctionsSettingsArbitrary.withTrigger(fs, choice));
          runtime = FunctionsFacts.RUNTIME_1X;
        }
        case FN_2_EXTENSION_BELOW_MINIMUM ->
            fs =
                withScaleMonitoring(FunctionsSettingsArbitrary.withTriggerBelowMinimum(fs, choice));
        default -> {}
      }
    }
    b.functionsSettings(fs);
    AppSettings settings = gene.routing().settings();
    boolean needsRuntime = rules.premium() && fs.hasVnetTriggers();
    if (runtime == null
        && needsRuntime
        && settings.get(FunctionsFacts.RUNTIME_VERSION_SETTING).isEmpty()) {
      runtime = FunctionsFacts.SUPPORTED_RUNTIMES.get(0);
    }
    if (runtime != null) {
      b.appSettings(settings.with(FunctionsFacts.RUNTIME_VERSION_SETTING, runtime));
    }
  }

  private static FunctionsSettings withScaleMonitoring(FunctionsSettings fs) {
    return FunctionsSettings.builder().from(fs).runtimeScaleMonitoringEnabled(true).build();
  }

  /**
   * Function apps on ElasticPremium and Consumption, logic apps on WorkflowStandard, web apps on
   * Free/Shared/ASE.
   */
  private static AppKind kind(PlanDraft plan, AppGene gene) {
    PricingTier tier = plan.sku.tier();
    if (tier == PricingTier.ELASTIC_PREMIUM || tier == PricingTier.DYNAMIC) {
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

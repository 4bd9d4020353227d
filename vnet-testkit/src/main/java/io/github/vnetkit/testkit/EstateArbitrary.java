package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates whole consistent {@link Estate}s (the vnet-model type): plans, apps and virtual
 * networks in one subscription and region that reference each other correctly, valid by
 * construction; or, with {@link #breaking(EstateRule)}, {@link BrokenEstate}s that break exactly
 * one rule.
 *
 * <p>A valid estate satisfies, for every plan: an eligible tier on a deployment generation that
 * allows it (SPEC TIER-1, TIER-2), at most two integrations on Windows and one on Linux (NET-6), in
 * ARM, IPv4-only VNets of the plan's region (NET-1, NET-2) and its subscription (NET-8); each
 * integration subnet delegated to {@code Microsoft.Web/serverFarms} only (NET-3), without service
 * endpoint policies (NET-4), /28 or larger (CAP-7) and big enough for the plan with scale headroom:
 * {@code 2^(32-p) - 5 >= 2 * maxInstances * (1 + container apps)} (CAP-1, CAP-3, CAP-5). A subnet
 * serves one plan (NET-5), except that sometimes two or more plans share one through multi-plan
 * subnet join: every sharing plan sets {@code multiPlanSubnetJoin}, the subnet is /26 or larger and
 * holds the sum of their needs with headroom (CAP-7, CAP-8). Every app's plan exists; an integrated
 * app or slot uses one of its plan's integrations (NET-6), and a slot is integrated only if its app
 * is (NET-10); no app is a Docker Compose app (TIER-5); each app's routing switches are each set in
 * at most one source (no LEG-4 disagreement). Function apps sit on ElasticPremium or dedicated
 * plans with {@code FunctionsSettings} valid for their plan (FN-1..FN-4: runtime scale monitoring
 * with virtual network triggers on ElasticPremium, trigger extensions at or above their FN-2
 * minimum, Hybrid Connections only on Windows) and, where FN-2 needs one, a {@code
 * FUNCTIONS_EXTENSION_VERSION} of {@code ~2} or later; logic apps sit on WorkflowStandard.
 * Windows-container plans use PremiumV3/V4 SKUs and have no slots. Subnets sometimes record their
 * plans' service association links (never one to a missing plan, LIFE-3), and the first VNet is
 * sometimes peered with an ARM hub VNet outside the estate (NET-9).
 *
 * <p>Edge cases: subnets of exactly /28 and /26, and plans whose maxInstances is exactly the CAP-5
 * headroom limit of their subnet (exactly full), appear often. Shrinking goes towards one Linux
 * plan with one instance, one integrated web app, one VNet {@code 10.0.0.0/16} with one /28 subnet,
 * no multi-plan subnet, no Functions settings. Names are short: {@code plan1}, {@code app1}, {@code
 * vnet1}, {@code snet1}, resource group {@code rg}. jqwik reports a generated estate as a compact
 * outline. Immutable.
 *
 * <pre>{@code
 * Arbitrary<Estate> valid = VnetArbitraries.estates().withPlans(1, 3).withMaxInstancesUpTo(30);
 * Arbitrary<BrokenEstate> broken =
 *     VnetArbitraries.estates().withPlans(1, 3).breaking(EstateRule.CAP_5_NO_SCALE_HEADROOM);
 * }</pre>
 */
public final class EstateArbitrary extends ArbitraryDecorator<Estate> {

  /**
   * The parameters of the generator. Knobs change a fresh copy ({@link #with}); a published
   * instance is never changed again.
   */
  static final class Config {
    private int minPlans = 1;
    private int maxPlans = 3;
    private int maxAppsPerPlan = 2;
    private int maxVirtualNetworks = 2;
    private int maxInstancesUpTo = 30;
    private @Nullable Region region;
    private @Nullable EstateRule rule;

    Config with(Consumer<Config> change) {
      Config c = new Config();
      c.minPlans = minPlans;
      c.maxPlans = maxPlans;
      c.maxAppsPerPlan = maxAppsPerPlan;
      c.maxVirtualNetworks = maxVirtualNetworks;
      c.maxInstancesUpTo = maxInstancesUpTo;
      c.region = region;
      c.rule = rule;
      change.accept(c);
      return c;
    }

    int maxAppsPerPlan() {
      return maxAppsPerPlan;
    }

    int maxVirtualNetworks() {
      return maxVirtualNetworks;
    }

    int maxInstancesUpTo() {
      return maxInstancesUpTo;
    }

    @Nullable Region region() {
      return region;
    }

    @Nullable EstateRule rule() {
      return rule;
    }

    /** The NET-5 rules need two plans. */
    int effectiveMinPlans() {
      return rule != null && rule.sharesSubnet() ? Math.max(2, minPlans) : minPlans;
    }

    int effectiveMaxPlans() {
      return rule != null && rule.sharesSubnet() ? Math.max(2, maxPlans) : maxPlans;
    }
  }

  /** The largest {@link #withMaxInstancesUpTo(int)} bound. */
  static final int MAX_INSTANCES_BOUND = 100;

  private final Config config;

  EstateArbitrary() {
    this(new Config());
  }

  private EstateArbitrary(Config config) {
    this.config = config;
  }

  /**
   * Between {@code min} and {@code max} plans; shrinks towards {@code min}. The NET-5 rules ({@link
   * EstateRule#NET_5_SHARED_SUBNET} and its siblings) always have at least two.
   *
   * @throws IllegalArgumentException unless {@code 1 <= min <= max <= 20}
   */
  public EstateArbitrary withPlans(int min, int max) {
    Genes.checkBounds("plan counts", min, max, 1, 20);
    return new EstateArbitrary(
        config.with(
            c -> {
              c.minPlans = min;
              c.maxPlans = max;
            }));
  }

  /**
   * Zero to {@code max} apps per plan (a broken estate's first plan has at least one, and a {@link
   * EstateRule#CAP_3_CONTAINER_ADDRESSES} break as many container apps as it needs).
   *
   * @throws IllegalArgumentException unless {@code 0 <= max <= 8}
   */
  public EstateArbitrary withAppsPerPlan(int max) {
    checkArgument(max >= 0 && max <= 8, "apps per plan (%s) must be between 0 and 8", max);
    return new EstateArbitrary(config.with(c -> c.maxAppsPerPlan = max));
  }

  /**
   * One to {@code max} virtual networks (VNet-level breaks add one more for the broken plan).
   *
   * @throws IllegalArgumentException unless {@code 1 <= max <= 8}
   */
  public EstateArbitrary withVirtualNetworks(int max) {
    checkArgument(max >= 1 && max <= 8, "virtual networks (%s) must be between 1 and 8", max);
    return new EstateArbitrary(config.with(c -> c.maxVirtualNetworks = max));
  }

  /**
   * Plans scale to at most {@code n} instances (subnets are sized for it, CAP-5); shrinks towards
   * one instance. The bound is at most 100, so that every subnet (a Windows-container plan's
   * included, CAP-3) fits its VNet's {@code /16} address space next to the others.
   *
   * @throws IllegalArgumentException unless {@code 1 <= n <= 100}
   */
  public EstateArbitrary withMaxInstancesUpTo(int n) {
    checkArgument(
        n >= 1 && n <= MAX_INSTANCES_BOUND,
        "maxInstances bound (%s) must be between 1 and %s",
        n,
        MAX_INSTANCES_BOUND);
    return new EstateArbitrary(config.with(c -> c.maxInstancesUpTo = n));
  }

  /** Estates in this region (instead of any region of {@link RegionArbitrary}). */
  public EstateArbitrary inRegion(Region region) {
    requireNonNull(region, "region");
    return new EstateArbitrary(config.with(c -> c.region = region));
  }

  /**
   * Estates that break exactly {@code rule}, at one resource of the first plan (its plan, its first
   * app, its first integration subnet, that subnet's VNet, or for LIFE-3 another subnet of that
   * VNet), and keep every other rule of {@link EstateRule}. The first plan then has at least one
   * integration and its first app is integrated with it, except that the app's slot rather than the
   * app is integrated for {@link EstateRule#NET_10_SLOT_ONLY_INTEGRATION}, and the plan is a
   * Consumption plan without integration for the FN-1 and FN-4 rules. Set the other knobs first:
   * {@code estates().withPlans(1, 4).breaking(rule)}.
   *
   * @throws IllegalArgumentException for {@link EstateRule#CAP_5_NO_SCALE_HEADROOM} with {@link
   *     #withMaxInstancesUpTo(int)} below 6 (a /28 holds 5 instances with scale headroom)
   */
  public Arbitrary<BrokenEstate> breaking(EstateRule rule) {
    requireNonNull(rule, "rule");
    checkArgument(
        rule != EstateRule.CAP_5_NO_SCALE_HEADROOM
            || config.maxInstancesUpTo() >= EstateAssembler.CAP_5_MIN_INSTANCES,
        "breaking(CAP_5_NO_SCALE_HEADROOM) needs withMaxInstancesUpTo of at least %s (a /28 holds"
            + " 5 instances with scale headroom), not %s",
        EstateAssembler.CAP_5_MIN_INSTANCES,
        config.maxInstancesUpTo());
    Config c = config.with(x -> x.rule = rule);
    return genes(c).map(g -> new EstateAssembler(c).assembleBroken(g));
  }

  /**
   * Estates that each break one rule of {@link EstateRule}, every rule equally often (except {@link
   * EstateRule#CAP_5_NO_SCALE_HEADROOM} when {@link #withMaxInstancesUpTo(int)} is below 6, which
   * it cannot break); shrinks towards the first rule.
   */
  public Arbitrary<BrokenEstate> breakingAnyRule() {
    List<Arbitrary<BrokenEstate>> perRule = new ArrayList<>();
    for (EstateRule rule : EstateRule.values()) {
      if (rule != EstateRule.CAP_5_NO_SCALE_HEADROOM
          || config.maxInstancesUpTo() >= EstateAssembler.CAP_5_MIN_INSTANCES) {
        perRule.add(breaking(rule));
      }
    }
    return Arbitraries.oneOf(perRule);
  }

  /**
   * Estates the model accepts that break any number of rules, in ways that interact: a valid estate
   * from this arbitrary's knobs, or one that breaks one rule of {@link EstateRule} (half of the
   * time), with up to {@code maxDefects} random changes applied one after the other. A change may
   * put a plan on any SKU, OS, deployment generation, region or instance count, switch its
   * multi-plan subnet join or give it one more integration; move a VNet to another region or
   * subscription (every reference follows), make it classic, add an IPv6 address space or a peering
   * (to a classic hub, sometimes); undelegate, foreign-delegate, shrink a subnet inside its own
   * block, give it service endpoint policies or a service association link left by a deleted plan;
   * point an app or its slot at any subnet, one outside the estate or none; move it to another
   * plan, make it a Docker Compose app or another kind, change its Functions settings or runtime.
   * Nobody knows which rules break (use {@link #breaking(EstateRule)} for that): these estates are
   * for properties that hold for every estate, such as "my tool never throws", "its answer does not
   * depend on input order" or "fixing what it reports removes that report". Shrinks towards fewer
   * defects on a small estate.
   *
   * <pre>{@code
   * @Property
   * void neverThrows(@ForAll("anyEstate") Estate estate) {
   *   myPolicyTool.audit(estate); // findings, never an exception
   * }
   *
   * @Provide
   * Arbitrary<Estate> anyEstate() {
   *   return VnetArbitraries.estates().withPlans(1, 3).withDefects(6);
   * }
   * }</pre>
   *
   * @throws IllegalArgumentException unless {@code 0 <= maxDefects <= 20}
   */
  public Arbitrary<Estate> withDefects(int maxDefects) {
    checkArgument(
        maxDefects >= 0 && maxDefects <= 20,
        "maxDefects (%s) must be between 0 and 20",
        maxDefects);
    Arbitrary<List<EstateDefects.Defect>> defects =
        EstateDefects.defects()
            .list()
            .ofMaxSize(maxDefects)
            .withSizeDistribution(RandomDistribution.uniform());
    Arbitrary<Estate> base =
        Arbitraries.oneOf(arbitrary(), breakingAnyRule().map(BrokenEstate::estate));
    return Combinators.combine(base, defects).as(EstateDefects::apply);
  }

  @Override
  protected Arbitrary<Estate> arbitrary() {
    Config c = config;
    return genes(c).map(g -> new EstateAssembler(c).assemble(g));
  }

  private static Arbitrary<EstateAssembler.EstateGene> genes(Config c) {
    boolean broken = c.rule() != null;
    Arbitrary<List<EstateAssembler.PlanGene>> plans =
        EstateAssembler.planGenes(c)
            .list()
            .ofMinSize(c.effectiveMinPlans())
            .ofMaxSize(c.effectiveMaxPlans());
    int maxApps = Math.max(broken ? 1 : 0, c.maxAppsPerPlan() * c.effectiveMaxPlans());
    Arbitrary<List<EstateAssembler.AppGene>> apps =
        EstateAssembler.appGenes().list().ofMinSize(broken ? 1 : 0).ofMaxSize(maxApps);
    Arbitrary<Boolean> defaultSubnet =
        Arbitraries.frequency(List.of(Tuple2s.weighted(3, false), Tuple2s.weighted(1, true)));
    return Combinators.combine(
            Genes.subscriptionIds(),
            Genes.index(Genes.REGIONS.size()),
            Genes.index(Genes.REGIONS.size()),
            Arbitraries.integers().between(1, c.maxVirtualNetworks()),
            defaultSubnet.list().ofSize(c.maxVirtualNetworks() + 1),
            plans,
            apps,
            Arbitraries.integers().between(0, 11))
        .as(EstateAssembler.EstateGene::new);
  }
}

package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.IntegrationSupport;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates App Service plans: Windows, Linux or Windows-container (Hyper-V), any known SKU, 1 to
 * 30 maximum instances (the current count at most that), no integrations unless asked. Shrinks
 * towards a Windows plan on the first SKU of the selection with one instance. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.plans().linux().withMaxInstancesUpTo(30);
 * VnetArbitraries.plans().windowsContainer().eligibleForIntegration().inRegion(Region.of("westeurope"));
 * VnetArbitraries.plans().windows().withIntegrations(); // one or two subnet ids (SPEC NET-6)
 * }</pre>
 */
public final class PlanArbitrary extends ArbitraryDecorator<AppServicePlan> {

  private enum Integrations {
    NONE,
    RANDOM,
    FIXED
  }

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private Set<PlanForm> forms = Sets.immutableEnumSet(EnumSet.allOf(PlanForm.class));
    private int maxInstancesUpTo = 30;
    private @Nullable Region region;
    private SkuArbitrary skus = new SkuArbitrary();
    private boolean eligible;
    private @Nullable String subscriptionId;
    private Integrations integrations = Integrations.NONE;
    private ImmutableList<ResourceId> fixedIntegrations = ImmutableList.of();

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.forms = forms;
      s.maxInstancesUpTo = maxInstancesUpTo;
      s.region = region;
      s.skus = skus;
      s.eligible = eligible;
      s.subscriptionId = subscriptionId;
      s.integrations = integrations;
      s.fixedIntegrations = fixedIntegrations;
      change.accept(s);
      return s;
    }
  }

  private final Settings settings;

  PlanArbitrary() {
    this(new Settings());
  }

  private PlanArbitrary(Settings settings) {
    this.settings = settings;
  }

  private PlanArbitrary withForm(PlanForm form) {
    return new PlanArbitrary(settings.with(s -> s.forms = Sets.immutableEnumSet(form)));
  }

  /** Windows plans (not Windows-container). */
  public PlanArbitrary windows() {
    return withForm(PlanForm.WINDOWS);
  }

  /** Linux plans. */
  public PlanArbitrary linux() {
    return withForm(PlanForm.LINUX);
  }

  /** Windows-container (Hyper-V) plans: each container app costs one more address (CAP-3). */
  public PlanArbitrary windowsContainer() {
    return withForm(PlanForm.WINDOWS_CONTAINER);
  }

  /**
   * Maximum instance counts from 1 to {@code n}; shrinks towards 1.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public PlanArbitrary withMaxInstancesUpTo(int n) {
    checkArgument(n >= 1, "maxInstances bound (%s) must be at least 1", n);
    return new PlanArbitrary(settings.with(s -> s.maxInstancesUpTo = n));
  }

  /** Plans in this region (instead of any region of {@link RegionArbitrary}). */
  public PlanArbitrary inRegion(Region region) {
    requireNonNull(region, "region");
    return new PlanArbitrary(settings.with(s -> s.region = region));
  }

  /**
   * Plans with SKUs from {@code skus}.
   *
   * @throws IllegalArgumentException if {@link #eligibleForIntegration()} was asked and {@code
   *     skus} has no eligible SKU
   */
  public PlanArbitrary withSkus(SkuArbitrary skus) {
    requireNonNull(skus, "skus");
    SkuArbitrary chosen = settings.eligible ? skus.eligibleForIntegration() : skus;
    return new PlanArbitrary(settings.with(s -> s.skus = chosen));
  }

  /**
   * Plans that can use regional integration: an eligible tier (TIER-1), and a deployment generation
   * that allows it (TIER-2): Basic, Standard and Premium plans are on a newer deployment; PremiumV2
   * and higher on any.
   *
   * @throws IllegalArgumentException if the SKU selection has no eligible SKU
   */
  public PlanArbitrary eligibleForIntegration() {
    SkuArbitrary eligibleSkus = settings.skus.eligibleForIntegration();
    return new PlanArbitrary(
        settings.with(
            s -> {
              s.skus = eligibleSkus;
              s.eligible = true;
            }));
  }

  /**
   * Plans in this subscription.
   *
   * @throws IllegalArgumentException if {@code subscriptionId} is not a GUID
   */
  public PlanArbitrary inSubscription(String subscriptionId) {
    ResourceId.serverFarm(requireNonNull(subscriptionId, "subscriptionId"), "rg", "check");
    return new PlanArbitrary(settings.with(s -> s.subscriptionId = subscriptionId));
  }

  /** Plans with one integration, or one or two on Windows (NET-6), to generated subnet ids. */
  public PlanArbitrary withIntegrations() {
    return new PlanArbitrary(
        settings.with(
            s -> {
              s.integrations = Integrations.RANDOM;
              s.fixedIntegrations = ImmutableList.of();
            }));
  }

  /**
   * Plans integrated with exactly these subnets (the model accepts any number; NET-6 limits are a
   * checker's business).
   *
   * @throws IllegalArgumentException if an id is not a subnet id, or is listed twice
   */
  public PlanArbitrary integratedWith(ResourceId... subnetIds) {
    ImmutableList<ResourceId> ids = ImmutableList.copyOf(Arrays.asList(subnetIds));
    for (ResourceId id : ids) {
      id.requireKind(ResourceId.Kind.SUBNET, "integratedWith subnet id");
    }
    checkArgument(
        Set.copyOf(ids).size() == ids.size(), "integratedWith lists a subnet twice: %s", ids);
    return new PlanArbitrary(
        settings.with(
            s -> {
              s.integrations = Integrations.FIXED;
              s.fixedIntegrations = ids;
            }));
  }

  /**
   * The deployment generations a plan of {@code tier} may have: any when integration does not
   * matter; otherwise those that keep the tier eligible (TIER-2).
   */
  static List<DeploymentGeneration> generationsFor(PricingTier tier, boolean eligible) {
    if (!eligible) {
      return ImmutableList.copyOf(DeploymentGeneration.values());
    }
    if (tier.regionalIntegration() == IntegrationSupport.SUPPORTED_ON_NEWER_DEPLOYMENTS
        || tier == PricingTier.PREMIUM) {
      return ImmutableList.of(DeploymentGeneration.NEWER);
    }
    if (PREMIUM_V2_OR_HIGHER.contains(tier)) {
      return ImmutableList.copyOf(DeploymentGeneration.values());
    }
    return ImmutableList.of(DeploymentGeneration.UNKNOWN, DeploymentGeneration.NEWER);
  }

  /** TIER-2's "PremiumV2 or higher": the tiers that integrate even on older deployments. */
  static final Set<PricingTier> PREMIUM_V2_OR_HIGHER =
      Sets.immutableEnumSet(
          PricingTier.PREMIUM_V2,
          PricingTier.PREMIUM_V3,
          PricingTier.PREMIUM_MV3,
          PricingTier.PREMIUM_V4,
          PricingTier.PREMIUM_MV4);

  private record Gene(
      PlanForm form,
      Sku sku,
      int generation,
      int maxInstances,
      int currentInstances,
      int integrationCount,
      String vnetName) {}

  @Override
  protected Arbitrary<AppServicePlan> arbitrary() {
    Settings c = settings;
    String subscriptionId = c.subscriptionId;
    Region region = c.region;
    Arbitrary<String> subscriptions =
        subscriptionId != null ? Arbitraries.just(subscriptionId) : Genes.subscriptionIds();
    Arbitrary<Region> regions = region != null ? Arbitraries.just(region) : new RegionArbitrary();
    Arbitrary<Gene> genes =
        Combinators.combine(
                Arbitraries.of(List.copyOf(c.forms)),
                c.skus,
                Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(1, c.maxInstancesUpTo),
                Arbitraries.integers().between(1, c.maxInstancesUpTo),
                Arbitraries.integers().between(1, 2),
                Genes.names())
            .as(Gene::new);
    return Combinators.combine(subscriptions, Genes.names(), regions, genes).as(this::build);
  }

  private AppServicePlan build(String subscription, String name, Region planRegion, Gene g) {
    List<DeploymentGeneration> generations = generationsFor(g.sku().tier(), settings.eligible);
    AppServicePlan.Builder b =
        AppServicePlan.builder()
            .id(ResourceId.serverFarm(subscription, Genes.RESOURCE_GROUP, name))
            .region(planRegion)
            .sku(g.sku())
            .operatingSystem(g.form().os())
            .hyperV(g.form().hyperV())
            .maxInstances(g.maxInstances())
            .currentInstances(Math.min(g.currentInstances(), g.maxInstances()))
            .deploymentGeneration(Genes.pick(generations, g.generation()));
    switch (settings.integrations) {
      case NONE -> {}
      case FIXED -> b.addAllVnetIntegrations(settings.fixedIntegrations);
      case RANDOM -> {
        int count = Math.min(g.integrationCount(), g.form().integrationLimit());
        List<ResourceId> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
          ids.add(ResourceId.subnet(subscription, Genes.RESOURCE_GROUP, g.vnetName(), "snet" + i));
        }
        b.addAllVnetIntegrations(ids);
      }
    }
    return b.build();
  }
}

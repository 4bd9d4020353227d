package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.FunctionsHosting;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.PricingTier;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.jspecify.annotations.Nullable;

/**
 * Generates the Azure Functions networking settings of a function app ({@link FunctionsSettings},
 * SPEC FN-1..FN-4): runtime scale monitoring, up to three virtual network trigger extensions of
 * FN-2's list ({@link io.github.vnetkit.model.FunctionsScalingExtension}: ServiceBus, Storage,
 * EventHubs, CosmosDB, DurableTask, and Storage's split package Storage.Queues), up to two Hybrid
 * Connection endpoints ({@code sql.corp.local:1433}, ...), and sometimes a storage account
 * restricted to a virtual network. Extension versions are at or above their FN-2 minimum, often
 * exactly it or a numeric near miss that a string comparison gets wrong ({@code 3.0.10} for
 * CosmosDB's {@code 3.0.5}, {@code 3.10.0} for ServiceBus's {@code 3.2.0}); {@link
 * #withNearMissVersions()} adds versions just below it. Shrinks towards {@link
 * FunctionsSettings#none()}. Immutable.
 *
 * <p>{@link #validFor(AppServicePlan)} keeps to what the plan's hosting allows, so that a function
 * app on that plan breaks none of FN-1..FN-4: nothing but defaults on a Consumption plan (FN-1,
 * FN-4), no Hybrid Connections on Linux (FN-3), and runtime scale monitoring whenever there are
 * trigger extensions on a Premium (ElasticPremium) plan (FN-2). FN-2 also needs the Functions
 * runtime 2.x or later, which is not part of these settings: give such an app the app setting
 * {@code FUNCTIONS_EXTENSION_VERSION=~4}.
 *
 * <pre>{@code
 * VnetArbitraries.functionsSettings();                          // any, versions at or above minimum
 * VnetArbitraries.functionsSettings().withVnetTriggers().withNearMissVersions(); // 3.0.9 vs 3.0.10
 * VnetArbitraries.functionsSettings().withoutHybridConnections();
 * VnetArbitraries.functionsSettings().validFor(plan);           // FN-1..FN-4 hold on this plan
 * }</pre>
 */
public final class FunctionsSettingsArbitrary extends ArbitraryDecorator<FunctionsSettings> {

  /** Whether a feature appears. */
  enum Use {
    SOMETIMES,
    ALWAYS,
    NEVER
  }

  /**
   * What a plan allows a function app to use without breaking FN-1..FN-4, and whether versions
   * below the FN-2 minimum may appear.
   */
  record Rules(
      boolean triggers,
      boolean hybridConnections,
      boolean restrictedStorage,
      boolean premium,
      boolean belowMinimum) {

    /** No plan: anything goes; versions at or above their minimum. */
    static final Rules ANY = new Rules(true, true, true, false, false);

    /** What a function app on a plan of {@code tier} and {@code os} may use (FN-1..FN-4). */
    static Rules forPlan(PricingTier tier, OperatingSystem os) {
      Optional<FunctionsHosting> hosting = tier.functionsHosting();
      boolean consumption = hosting.equals(Optional.of(FunctionsHosting.CONSUMPTION));
      boolean premium = hosting.equals(Optional.of(FunctionsHosting.PREMIUM));
      return new Rules(
          !consumption,
          !consumption && os == OperatingSystem.WINDOWS,
          !consumption,
          premium,
          false);
    }
  }

  /** One trigger extension: an index into {@link FunctionsFacts#TRIGGER_EXTENSIONS}, a version. */
  record Trigger(int extension, int version) {}

  /** The generated choices, before a plan's rules shape them. */
  record Gene(
      boolean scaleMonitoring,
      List<Trigger> triggers,
      List<Integer> hybridConnections,
      boolean restrictedStorage) {

    /** Nothing chosen: {@link FunctionsSettings#none()}. */
    static final Gene NONE = new Gene(false, ImmutableList.of(), ImmutableList.of(), false);
  }

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private Use triggers = Use.SOMETIMES;
    private Use hybridConnections = Use.SOMETIMES;
    private boolean nearMissVersions;
    private @Nullable AppServicePlan plan;

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.triggers = triggers;
      s.hybridConnections = hybridConnections;
      s.nearMissVersions = nearMissVersions;
      s.plan = plan;
      change.accept(s);
      s.check();
      return s;
    }

    Rules rules() {
      AppServicePlan p = plan;
      Rules r = p == null ? Rules.ANY : Rules.forPlan(p.tier(), p.operatingSystem());
      return new Rules(
          r.triggers(),
          r.hybridConnections(),
          r.restrictedStorage(),
          r.premium(),
          nearMissVersions && !r.premium());
    }

    /** Knobs that contradict the plan of {@link #validFor}. */
    private void check() {
      AppServicePlan p = plan;
      if (p == null) {
        return;
      }
      Rules r = Rules.forPlan(p.tier(), p.operatingSystem());
      String knob = "validFor(plan '" + p.id().name() + "', " + p.sku() + " " + p.operatingSystem();
      checkArgument(
          triggers != Use.ALWAYS || r.triggers(),
          "withVnetTriggers() contradicts %s): a Consumption plan offers no virtual network triggers"
              + " (FN-1)",
          knob);
      checkArgument(
          hybridConnections != Use.ALWAYS || r.hybridConnections(),
          "withHybridConnections() contradicts %s): Hybrid Connections need a Windows plan other than"
              + " Consumption (FN-1, FN-3)",
          knob);
      checkArgument(
          !nearMissVersions || !r.premium(),
          "withNearMissVersions() contradicts %s): on a Premium plan, trigger extensions below their"
              + " FN-2 minimum do not scale (FN-2)",
          knob);
    }
  }

  private final Settings settings;

  FunctionsSettingsArbitrary() {
    this(new Settings());
  }

  private FunctionsSettingsArbitrary(Settings settings) {
    this.settings = settings;
  }

  /**
   * At least one virtual network trigger extension.
   *
   * @throws IllegalArgumentException after {@link #validFor(AppServicePlan)} with a Consumption
   *     plan (FN-1)
   */
  public FunctionsSettingsArbitrary withVnetTriggers() {
    return new FunctionsSettingsArbitrary(settings.with(s -> s.triggers = Use.ALWAYS));
  }

  /** No virtual network trigger extension. */
  public FunctionsSettingsArbitrary withoutVnetTriggers() {
    return new FunctionsSettingsArbitrary(settings.with(s -> s.triggers = Use.NEVER));
  }

  /**
   * At least one Hybrid Connection endpoint.
   *
   * @throws IllegalArgumentException after {@link #validFor(AppServicePlan)} with a Linux or
   *     Consumption plan (FN-1, FN-3)
   */
  public FunctionsSettingsArbitrary withHybridConnections() {
    return new FunctionsSettingsArbitrary(settings.with(s -> s.hybridConnections = Use.ALWAYS));
  }

  /** No Hybrid Connection endpoint. */
  public FunctionsSettingsArbitrary withoutHybridConnections() {
    return new FunctionsSettingsArbitrary(settings.with(s -> s.hybridConnections = Use.NEVER));
  }

  /**
   * Trigger extension versions on both sides of their FN-2 minimum: also just below it, such as
   * {@code 3.0.9} for Storage's {@code 3.0.10} (a string comparison puts it above) or {@code
   * 3.2.0-beta1} for ServiceBus's {@code 3.2.0}.
   *
   * @throws IllegalArgumentException after {@link #validFor(AppServicePlan)} with a Premium plan,
   *     where such versions break FN-2
   */
  public FunctionsSettingsArbitrary withNearMissVersions() {
    return new FunctionsSettingsArbitrary(settings.with(s -> s.nearMissVersions = true));
  }

  /**
   * Settings with which a function app on {@code plan} breaks none of FN-1..FN-4: on a Consumption
   * plan no trigger extension, no Hybrid Connection and an unrestricted storage account; on Linux
   * no Hybrid Connection; on a Premium plan runtime scale monitoring whenever there is a trigger
   * extension, and versions at or above their minimum. (Such an app also needs the app setting
   * {@code FUNCTIONS_EXTENSION_VERSION} at {@code ~2} or later.)
   *
   * @throws IllegalArgumentException if the plan cannot host function apps at all (Free, Shared:
   *     its tier has no Functions hosting option, FN-1), or an earlier knob asks for what the plan
   *     does not allow
   */
  public FunctionsSettingsArbitrary validFor(AppServicePlan plan) {
    requireNonNull(plan, "plan");
    checkArgument(
        plan.tier().functionsHosting().isPresent(),
        "plan '%s' (%s, tier %s) cannot host function apps: its tier has no Azure Functions"
            + " hosting option (FN-1); expected a Consumption, Premium, Dedicated or App Service"
            + " Environment plan",
        plan.id(),
        plan.sku(),
        plan.tier());
    return new FunctionsSettingsArbitrary(settings.with(s -> s.plan = plan));
  }

  /** Genes for settings with these uses; shrinks towards {@link Gene#NONE}. */
  static Arbitrary<Gene> genes(Use triggers, Use hybridConnections) {
    int extensions = FunctionsFacts.TRIGGER_EXTENSIONS.size();
    Arbitrary<List<Trigger>> triggerList =
        Combinators.combine(Genes.index(extensions), Arbitraries.integers().between(0, 9))
            .as(Trigger::new)
            .list()
            .uniqueElements(Trigger::extension)
            .ofMinSize(triggers == Use.ALWAYS ? 1 : 0)
            .ofMaxSize(triggers == Use.NEVER ? 0 : 3);
    Arbitrary<List<Integer>> endpoints =
        Genes.index(FunctionsFacts.HYBRID_ENDPOINTS.size())
            .list()
            .uniqueElements()
            .ofMinSize(hybridConnections == Use.ALWAYS ? 1 : 0)
            .ofMaxSize(hybridConnections == Use.NEVER ? 0 : 2);
    Arbitrary<Boolean> restricted =
        Arbitraries.frequency(List.of(Tuple2s.weighted(3, false), Tuple2s.weighted(1, true)));
    return Combinators.combine(Arbitraries.of(false, true), triggerList, endpoints, restricted)
        .as(Gene::new);
  }

  /**
   * The settings a gene stands for under a plan's rules: features the rules forbid are dropped,
   * runtime scale monitoring is on whenever a Premium plan has trigger extensions (FN-2), and
   * versions come from at or above the minimum unless the rules allow below it.
   */
  static FunctionsSettings build(Gene g, Rules r) {
    FunctionsSettings.Builder b = FunctionsSettings.builder();
    Map<String, String> triggers = new LinkedHashMap<>();
    if (r.triggers()) {
      g.triggers().stream()
          .sorted(Comparator.comparingInt(Trigger::extension))
          .forEach(
              t -> {
                FunctionsFacts.TriggerExtension e =
                    Genes.pick(FunctionsFacts.TRIGGER_EXTENSIONS, t.extension());
                List<String> versions = r.belowMinimum() ? e.straddling() : e.atOrAbove();
                triggers.put(e.packageId(), Genes.pick(versions, t.version()));
              });
    }
    b.putAllVnetTriggerExtensions(triggers);
    if (r.hybridConnections()) {
      g.hybridConnections().stream()
          .sorted()
          .distinct()
          .forEach(i -> b.addHybridConnections(Genes.pick(FunctionsFacts.HYBRID_ENDPOINTS, i)));
    }
    b.runtimeScaleMonitoringEnabled(g.scaleMonitoring() || (r.premium() && !triggers.isEmpty()));
    b.storageAccountVnetRestricted(g.restrictedStorage() && r.restrictedStorage());
    return b.build();
  }

  /**
   * {@code settings} with at least one trigger extension: unchanged if it has one, otherwise with
   * the extension {@code choice} picks at its FN-2 minimum.
   */
  static FunctionsSettings withTrigger(FunctionsSettings settings, int choice) {
    if (settings.hasVnetTriggers()) {
      return settings;
    }
    FunctionsFacts.TriggerExtension e = Genes.pick(FunctionsFacts.TRIGGER_EXTENSIONS, choice);
    return FunctionsSettings.builder()
        .from(settings)
        .putVnetTriggerExtensions(e.packageId(), e.atOrAbove().get(0))
        .build();
  }

  /**
   * {@code settings} with at least one trigger extension, and the first of them at a version just
   * below its FN-2 minimum ({@code choice} picks which).
   */
  static FunctionsSettings withTriggerBelowMinimum(FunctionsSettings settings, int choice) {
    FunctionsSettings withOne = withTrigger(settings, choice);
    Map<String, String> triggers = new LinkedHashMap<>(withOne.vnetTriggerExtensions());
    String first = triggers.keySet().iterator().next();
    FunctionsFacts.TriggerExtension e = FunctionsFacts.extension(first).orElseThrow();
    triggers.put(first, Genes.pick(e.below(), choice));
    return FunctionsSettings.builder().from(withOne).vnetTriggerExtensions(triggers).build();
  }

  /** {@code settings} with one Hybrid Connection endpoint ({@code choice} picks which) added. */
  static FunctionsSettings withHybridConnection(FunctionsSettings settings, int choice) {
    String endpoint = Genes.pick(FunctionsFacts.HYBRID_ENDPOINTS, choice);
    if (settings.hybridConnections().contains(endpoint)) {
      return settings;
    }
    return FunctionsSettings.builder().from(settings).addHybridConnections(endpoint).build();
  }

  @Override
  protected Arbitrary<FunctionsSettings> arbitrary() {
    Settings s = settings;
    Rules r = s.rules();
    return genes(s.triggers, s.hybridConnections).map(g -> build(g, r));
  }
}

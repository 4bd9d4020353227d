package io.github.vnetkit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.ResourceId;
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
 * Generates apps with their routing configuration in legacy, modern or mixed form (SPEC LEG table),
 * an optional integration, and up to one deployment slot with its own routing and integration
 * (NET-10). By default: {@link #mixed()}, sources may disagree (LEG-4), the app is integrated with
 * a generated subnet id half of the time, plan and subnet in the app's subscription. Shrinks
 * towards a web app named {@code a} with nothing set. Immutable.
 *
 * <pre>{@code
 * VnetArbitraries.apps().legacy().withNearMissValues();  // app settings + vnet*Enabled flags
 * VnetArbitraries.apps().modern();                       // outboundVnetRouting + dnsConfiguration
 * VnetArbitraries.apps().mixed().withoutConflicts()      // every switch set in at most one source
 *     .onPlan(planId).integratedWith(subnetId);
 * }</pre>
 */
public final class AppArbitrary extends ArbitraryDecorator<App> {

  private enum SubnetChoice {
    RANDOM,
    FIXED,
    NONE
  }

  static final ImmutableList<String> SLOT_NAMES = ImmutableList.of("staging", "dev", "canary");

  /** The knobs' values. Knobs change a fresh copy; a published instance is never changed. */
  private static final class Settings {
    private Routing.Form form = Routing.Form.MIXED;
    private boolean conflictFree;
    private boolean nearMissValues;
    private @Nullable ResourceId planId;
    private SubnetChoice subnetChoice = SubnetChoice.RANDOM;
    private @Nullable ResourceId subnetId;
    private Set<AppKind> kinds = Sets.immutableEnumSet(EnumSet.allOf(AppKind.class));
    private int maxSlots = 1;

    Settings with(Consumer<Settings> change) {
      Settings s = new Settings();
      s.form = form;
      s.conflictFree = conflictFree;
      s.nearMissValues = nearMissValues;
      s.planId = planId;
      s.subnetChoice = subnetChoice;
      s.subnetId = subnetId;
      s.kinds = kinds;
      s.maxSlots = maxSlots;
      change.accept(s);
      return s;
    }
  }

  private final Settings settings;

  AppArbitrary() {
    this(new Settings());
  }

  private AppArbitrary(Settings settings) {
    this.settings = settings;
  }

  /**
   * Legacy apps: routing only through app settings ({@code WEBSITE_VNET_ROUTE_ALL}, ...) and the
   * legacy {@code vnet*Enabled} site properties; {@code outboundVnetRouting} and {@code
   * dnsConfiguration} unset.
   */
  public AppArbitrary legacy() {
    return new AppArbitrary(settings.with(s -> s.form = Routing.Form.LEGACY));
  }

  /**
   * Modern apps: routing only through {@code outboundVnetRouting} and {@code dnsConfiguration}; no
   * legacy setting or flag (unrelated app settings may appear).
   */
  public AppArbitrary modern() {
    return new AppArbitrary(settings.with(s -> s.form = Routing.Form.MODERN));
  }

  /** Apps that carry all three generations at once (the default). */
  public AppArbitrary mixed() {
    return new AppArbitrary(settings.with(s -> s.form = Routing.Form.MIXED));
  }

  /**
   * Every switch, and the DNS servers, set in at most one source, and no other switch set when
   * {@code allTraffic} is on: nothing for LEG-4 to report.
   */
  public AppArbitrary withoutConflicts() {
    return new AppArbitrary(settings.with(s -> s.conflictFree = true));
  }

  /**
   * Legacy app settings may carry near-miss values such as {@code True} or {@code " 1 "} (LEG-3).
   */
  public AppArbitrary withNearMissValues() {
    return new AppArbitrary(settings.with(s -> s.nearMissValues = true));
  }

  /**
   * Apps on this plan (and in its subscription).
   *
   * @throws IllegalArgumentException if {@code planId} is not a serverFarm id
   */
  public AppArbitrary onPlan(ResourceId planId) {
    requireNonNull(planId, "planId").requireKind(ResourceId.Kind.SERVER_FARM, "planId");
    return new AppArbitrary(settings.with(s -> s.planId = planId));
  }

  /**
   * Apps (and their slots, when integrated) integrated with this subnet.
   *
   * @throws IllegalArgumentException if {@code subnetId} is not a subnet id
   */
  public AppArbitrary integratedWith(ResourceId subnetId) {
    requireNonNull(subnetId, "subnetId").requireKind(ResourceId.Kind.SUBNET, "subnetId");
    return new AppArbitrary(
        settings.with(
            s -> {
              s.subnetChoice = SubnetChoice.FIXED;
              s.subnetId = subnetId;
            }));
  }

  /** Apps and slots without integration. */
  public AppArbitrary withoutIntegration() {
    return new AppArbitrary(
        settings.with(
            s -> {
              s.subnetChoice = SubnetChoice.NONE;
              s.subnetId = null;
            }));
  }

  /**
   * Only apps of these kinds.
   *
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public AppArbitrary ofKind(AppKind... kinds) {
    checkArgument(kinds.length > 0, "ofKind() needs at least one AppKind");
    Set<AppKind> chosen = Sets.immutableEnumSet(Arrays.asList(kinds));
    return new AppArbitrary(settings.with(s -> s.kinds = chosen));
  }

  /**
   * Zero to {@code max} deployment slots ({@code staging}, {@code dev}, {@code canary}).
   *
   * @throws IllegalArgumentException if {@code max} is negative or above 3
   */
  public AppArbitrary withSlots(int max) {
    checkArgument(max >= 0 && max <= SLOT_NAMES.size(), "slots (%s) must be between 0 and 3", max);
    return new AppArbitrary(settings.with(s -> s.maxSlots = max));
  }

  Arbitrary<Routing> routing() {
    Settings c = settings;
    return c.conflictFree
        ? Routing.conflictFree(c.form, c.nearMissValues)
        : Routing.free(
            c.form,
            c.nearMissValues
                ? new AppSettingsArbitrary().withNearMissValues()
                : new AppSettingsArbitrary());
  }

  private record SlotGene(Routing routing, boolean integrated) {}

  private record Gene(
      String subscription,
      String name,
      AppKind kind,
      Routing routing,
      boolean integrated,
      String vnetName,
      List<SlotGene> slots) {}

  @Override
  protected Arbitrary<App> arbitrary() {
    Settings c = settings;
    ResourceId planId = c.planId;
    Arbitrary<String> subscriptions =
        planId != null ? Arbitraries.just(planId.subscriptionId()) : Genes.subscriptionIds();
    Arbitrary<Routing> routings = routing();
    Arbitrary<Boolean> integrated =
        switch (c.subnetChoice) {
          case RANDOM -> Arbitraries.of(false, true);
          case FIXED -> Arbitraries.just(true);
          case NONE -> Arbitraries.just(false);
        };
    Arbitrary<List<SlotGene>> slots =
        Combinators.combine(routings, integrated).as(SlotGene::new).list().ofMaxSize(c.maxSlots);
    return Combinators.combine(
            subscriptions,
            Genes.names(),
            Arbitraries.of(List.copyOf(c.kinds)),
            routings,
            integrated,
            Genes.names(),
            slots)
        .as(Gene::new)
        .map(this::build);
  }

  private App build(Gene g) {
    ResourceId planId = settings.planId;
    ResourceId fixedSubnet = settings.subnetId;
    ResourceId plan =
        planId != null
            ? planId
            : ResourceId.serverFarm(g.subscription(), Genes.RESOURCE_GROUP, "plan-" + g.name());
    ResourceId appId = ResourceId.site(g.subscription(), Genes.RESOURCE_GROUP, g.name());
    ResourceId subnet =
        fixedSubnet != null
            ? fixedSubnet
            : ResourceId.subnet(g.subscription(), Genes.RESOURCE_GROUP, g.vnetName(), "apps");
    App.Builder b = App.builder().id(appId).kind(g.kind()).planId(plan);
    apply(b, g.routing());
    if (g.integrated()) {
      b.virtualNetworkSubnetId(subnet);
    }
    for (int i = 0; i < g.slots().size(); i++) {
      SlotGene s = g.slots().get(i);
      DeploymentSlot.Builder slot =
          DeploymentSlot.builder()
              .id(appId.child("slots", SLOT_NAMES.get(i)))
              .appSettings(s.routing().settings())
              .legacySiteFlags(s.routing().flags())
              .outboundVnetRouting(s.routing().modern())
              .dnsConfiguration(s.routing().dns());
      if (s.integrated()) {
        slot.virtualNetworkSubnetId(subnet);
      }
      b.addSlots(slot.build());
    }
    return b.build();
  }

  static void apply(App.Builder b, Routing routing) {
    b.appSettings(routing.settings())
        .legacySiteFlags(routing.flags())
        .outboundVnetRouting(routing.modern())
        .dnsConfiguration(routing.dns());
  }
}

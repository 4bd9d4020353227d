package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Site;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The changes that bring a site's routing and DNS configuration to the form of a target ARM API
 * version (SPEC LEG-5, LEG-6): the properties to set or remove and the app settings to remove, each
 * with its rule ids and reason, plus the routing before and after.
 *
 * <p>A plan keeps routing unchanged: {@code before().sameRoutingAs(after())} always holds, whether
 * it migrates legacy to modern or modern to legacy (LEG-6). Applying it is idempotent, and a plan
 * made for the applied site is empty (LEG-6). Settings whose value the chosen mode cannot read
 * definitely (LEG-3) are left in place and listed in {@link #needsReview()}: the plan never guesses
 * them.
 *
 * <pre>{@code
 * RoutingMigrationPlan plan =
 *     RoutingMigrator.strict().plan(app, ArmApiVersion.parse("2025-03-01"));
 * plan.propertyChanges().forEach(System.out::println);
 * App migrated = plan.applyTo(app);
 * RoutingMigrator.strict().plan(migrated, plan.apiVersion()).isEmpty(); // true
 * }</pre>
 */
@Value.Immutable
public abstract class RoutingMigrationPlan {

  RoutingMigrationPlan() {}

  static ImmutableRoutingMigrationPlan.Builder builder() {
    return ImmutableRoutingMigrationPlan.builder();
  }

  /** The site the plan was made for. */
  public abstract ResourceId siteId();

  /** The configuration the site has once the plan is applied. */
  public abstract SiteRoutingConfiguration target();

  /** The target API version. */
  public final ArmApiVersion apiVersion() {
    return target().apiVersion();
  }

  /** The properties to set or remove, in {@link SiteProperty} order. */
  public abstract List<PropertyChange> propertyChanges();

  /** The app settings to remove, sorted by name. */
  public abstract List<AppSettingRemoval> appSettingRemovals();

  /** The routing in effect before the plan. */
  public abstract EffectiveRouting before();

  /**
   * The routing in effect once the plan is applied; {@link EffectiveRouting#sameRoutingAs} holds.
   */
  public abstract EffectiveRouting after();

  /**
   * Diagnostics about settings the plan left in place because their values are not definite in the
   * chosen mode (LEG-3): fix them, then plan again.
   */
  public abstract List<LegacyDiagnostic> needsReview();

  /** Whether the plan changes nothing. */
  public final boolean isEmpty() {
    return propertyChanges().isEmpty() && appSettingRemovals().isEmpty();
  }

  /**
   * Applies the plan to {@code app}: sets and removes the planned properties and removes the
   * planned app settings; everything else is kept. Idempotent: applying twice equals applying once.
   *
   * @throws NullPointerException if {@code app} is null
   */
  public final App applyTo(App app) {
    PlannedSite planned = apply(requireNonNull(app, "app"));
    return App.builder()
        .from(app)
        .appSettings(planned.appSettings())
        .legacySiteFlags(planned.legacySiteFlags())
        .outboundVnetRouting(planned.outboundVnetRouting())
        .dnsConfiguration(planned.dnsConfiguration())
        .build();
  }

  /**
   * Applies the plan to {@code slot}, as {@link #applyTo(App)} does.
   *
   * @throws NullPointerException if {@code slot} is null
   */
  public final DeploymentSlot applyTo(DeploymentSlot slot) {
    PlannedSite planned = apply(requireNonNull(slot, "slot"));
    return DeploymentSlot.builder()
        .from(slot)
        .appSettings(planned.appSettings())
        .legacySiteFlags(planned.legacySiteFlags())
        .outboundVnetRouting(planned.outboundVnetRouting())
        .dnsConfiguration(planned.dnsConfiguration())
        .build();
  }

  /** The site's routing and DNS configuration with this plan applied. */
  final PlannedSite apply(Site site) {
    Map<SiteProperty, Object> state = new EnumMap<>(SiteProperty.class);
    state.putAll(RoutingState.of(site));
    boolean dnsChanged = false;
    for (PropertyChange change : propertyChanges()) {
      if (change.after().isPresent()) {
        state.put(change.property(), change.after().get());
      } else {
        state.remove(change.property());
      }
      dnsChanged |= !change.property().isSwitch();
    }
    AppSettings settings = site.appSettings();
    for (AppSettingRemoval removal : appSettingRemovals()) {
      settings = settings.without(removal.name());
    }
    return new PlannedSite(
        site.id(),
        settings,
        RoutingState.legacySiteFlags(state),
        RoutingState.outboundVnetRouting(state),
        site.virtualNetworkSubnetId(),
        dnsChanged ? RoutingState.dnsConfiguration(state) : site.dnsConfiguration());
  }

  /**
   * The plain form: {@code {site, apiVersion, propertyChanges: [...], appSettingRemovals: [...],
   * target: {...}}}.
   */
  public final Map<String, Object> toMap() {
    return ImmutableMap.of(
        "site",
        siteId().toString(),
        "apiVersion",
        apiVersion().toString(),
        "propertyChanges",
        propertyChanges().stream()
            .map(PropertyChange::toMap)
            .collect(ImmutableList.toImmutableList()),
        "appSettingRemovals",
        appSettingRemovals().stream()
            .map(AppSettingRemoval::toMap)
            .collect(ImmutableList.toImmutableList()),
        "target",
        target().toMap());
  }

  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("RoutingMigrationPlan for ")
            .append(siteId().name())
            .append(" to API ")
            .append(apiVersion())
            .append(" (")
            .append(target().routingSchema())
            .append(")");
    if (isEmpty()) {
      sb.append(": nothing to change");
    }
    sb.append('\n');
    propertyChanges().forEach(c -> sb.append("  ").append(c).append('\n'));
    appSettingRemovals().forEach(r -> sb.append("  ").append(r).append('\n'));
    target().notes().forEach(n -> sb.append("  note: ").append(n).append('\n'));
    needsReview().forEach(d -> sb.append("  review: ").append(d).append('\n'));
    return sb.toString();
  }
}

package io.github.vnetkit.compat;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vnetkit.model.Site;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes a site's routing and DNS configuration for a target ARM API version, and plans the
 * migration there (SPEC LEG-5, LEG-6).
 *
 * <p>For a version with {@link RoutingSchema#OUTBOUND_VNET_ROUTING} (2025-03-01 and later), every
 * individual switch decided by a legacy source is written as its {@code outboundVnetRouting}
 * property with the value in effect, and the legacy properties are removed. For a version with
 * {@link RoutingSchema#VNET_ENABLED_FLAGS} (up to 2024-11-01, and between the two; see {@link
 * ArmApiVersion}), every decided switch is written as its {@code vnet*Enabled} property, {@code
 * outboundVnetRouting} is removed, and {@code allTraffic=true}, which has no legacy property, is
 * written as the four flags set to {@code true} (LEG-2). {@code siteConfig.vnetRouteAllEnabled} is
 * kept only where the site already carries it, set equal to {@code vnetRouteAllEnabled}. In both,
 * the legacy app settings that were read are removed, because the property now decides (LEG-1,
 * LEG-4); switches nobody set stay unset.
 *
 * <p>DNS: {@code WEBSITE_DNS_SERVER} and {@code WEBSITE_DNS_ALT_SERVER} become {@code
 * dnsConfiguration.dnsServers} and {@code dnsConfiguration.dnsAltServer}, for every target version
 * (the SPEC ties no API version to {@code dnsConfiguration}, DNS-2); DNS app settings that {@code
 * dnsConfiguration} overrides are removed.
 *
 * <p>Never guessed (LEG-3): a deciding app setting whose value the mode does not read definitely
 * ({@link SettingValueKind#isDefinite(ValueMode)}), and DNS settings of which one is not an
 * address, are left in place, with a note and their diagnostics in {@link
 * RoutingMigrationPlan#needsReview()}.
 *
 * <p>The plan keeps routing unchanged and is idempotent (LEG-6). Instances are immutable and
 * thread-safe; cost is constant per call.
 *
 * <pre>{@code
 * RoutingMigrator migrator = RoutingMigrator.strict();
 * SiteRoutingConfiguration legacy =
 *     migrator.configurationFor(app, ArmApiVersion.parse("2024-11-01"));
 * RoutingMigrationPlan plan = migrator.plan(app, ArmApiVersion.parse("2025-03-01"));
 * App migrated = plan.applyTo(app);
 * }</pre>
 */
public final class RoutingMigrator {

  private static final RoutingMigrator STRICT = new RoutingMigrator(ValueMode.STRICT);
  private static final RoutingMigrator LENIENT = new RoutingMigrator(ValueMode.LENIENT);

  private final SwitchResolver resolver;
  private final LegacyAnalyzer analyzer;

  private RoutingMigrator(ValueMode mode) {
    this.resolver = SwitchResolver.of(mode);
    this.analyzer = LegacyAnalyzer.of(mode);
  }

  /** The default migrator: app settings are read in strict mode (LEG-3). */
  public static RoutingMigrator strict() {
    return STRICT;
  }

  /**
   * A migrator that reads app settings in {@code mode}.
   *
   * @throws NullPointerException if {@code mode} is null
   */
  public static RoutingMigrator of(ValueMode mode) {
    return requireNonNull(mode, "mode") == ValueMode.STRICT ? STRICT : LENIENT;
  }

  /** The mode app settings are read in. */
  public ValueMode mode() {
    return resolver.mode();
  }

  /**
   * The routing and DNS configuration {@code site} should carry for {@code apiVersion}.
   *
   * @throws NullPointerException if an argument is null
   */
  public SiteRoutingConfiguration configurationFor(Site site, ArmApiVersion apiVersion) {
    return plan(site, apiVersion).target();
  }

  /**
   * The plan that brings {@code site} to the form of {@code apiVersion}.
   *
   * @throws NullPointerException if an argument is null
   */
  public RoutingMigrationPlan plan(Site site, ArmApiVersion apiVersion) {
    requireNonNull(site, "site");
    requireNonNull(apiVersion, "apiVersion");
    return new Planning(site, apiVersion).plan();
  }

  private record Reason(List<String> ruleIds, String text) {}

  /** The state of one planning run. */
  private final class Planning {
    private final Site site;
    private final ArmApiVersion version;
    private final EffectiveRouting routing;
    private final Map<SiteProperty, Object> current;
    private final Map<SiteProperty, Object> target = new EnumMap<>(SiteProperty.class);
    private final Map<SiteProperty, Reason> reasons = new EnumMap<>(SiteProperty.class);
    private final Map<String, AppSettingRemoval> removals = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> keptForReview = new TreeSet<>();

    Planning(Site site, ArmApiVersion version) {
      this.site = site;
      this.version = version;
      this.routing = resolver.resolve(site);
      this.current = RoutingState.of(site);
      this.target.putAll(current);
    }

    RoutingMigrationPlan plan() {
      boolean modern = version.routingSchema() == RoutingSchema.OUTBOUND_VNET_ROUTING;
      if (version.isBetweenRoutingSchemas()) {
        notes.add(
            "LEG-5: API version "
                + version
                + " lies between 2024-11-01 and 2025-03-01; outboundVnetRouting is documented"
                + " only from 2025-03-01, so the vnet*Enabled properties are written");
      }
      if (!modern) {
        removeModernProperties();
      }
      for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
        EffectiveSwitch effective = routing.get(s);
        Optional<SourceSetting> deciding = effective.decidingSetting();
        if (deciding.isPresent() && !isDefinite(deciding.get())) {
          keep(deciding.get());
          continue;
        }
        if (modern) {
          toModern(s, effective);
        } else {
          toLegacy(s, effective);
        }
        removeAppSetting(s, effective, modern);
      }
      dns();
      return build();
    }

    private boolean isDefinite(SourceSetting setting) {
      return setting.valueKind().map(k -> k.isDefinite(mode())).orElse(true);
    }

    private void keep(SourceSetting setting) {
      keptForReview.add(setting.name());
      notes.add(
          "LEG-3: app setting "
              + setting.name()
              + "='"
              + setting.value()
              + "' is left in place: "
              + mode().name().toLowerCase(Locale.ROOT)
              + " mode does not read its value as a definite on or off; fix it and plan again");
    }

    private void removeModernProperties() {
      for (RoutingSwitch s : RoutingSwitch.values()) {
        SiteProperty property = SiteProperty.modern(s);
        if (s == RoutingSwitch.ALL_TRAFFIC && routing.isOn(s)) {
          notes.add(
              "LEG-2, LEG-5: outboundVnetRouting.allTraffic=true has no property in API version "
                  + version
                  + "; it is written as the four vnet*Enabled properties set to true, which route"
                  + " the same traffic");
          set(
              property,
              null,
              List.of("LEG-2", "LEG-5"),
              "API version "
                  + version
                  + " has no allTraffic; each switch it turned on is written as its vnet*Enabled"
                  + " property instead");
        } else {
          set(
              property,
              null,
              List.of("LEG-5"),
              "API version " + version + " carries the vnet*Enabled properties, not " + property);
        }
      }
    }

    private void toModern(RoutingSwitch s, EffectiveSwitch effective) {
      SiteProperty modern = SiteProperty.modern(s);
      switch (effective.decidedBy()) {
        case SITE_PROPERTY, SITE_CONFIG_PROPERTY, APP_SETTING -> {
          SourceSetting from = effective.decidingSetting().orElseThrow();
          set(
              modern,
              effective.on(),
              List.of("LEG-1", "LEG-5"),
              "carries " + from.name() + "=" + from.value() + ", which decided " + s.trafficName());
        }
        case ALL_TRAFFIC, OUTBOUND_VNET_ROUTING, DEFAULT -> {}
      }
      List<SiteProperty> legacy = new ArrayList<>(2);
      SiteProperty.legacy(s).ifPresent(legacy::add);
      if (s == RoutingSwitch.APPLICATION_TRAFFIC) {
        legacy.add(SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED);
      }
      for (SiteProperty property : legacy) {
        set(
            property,
            null,
            List.of("LEG-5"),
            "API version " + version + " carries " + modern + " instead of " + property);
      }
    }

    private void toLegacy(RoutingSwitch s, EffectiveSwitch effective) {
      SiteProperty legacy = SiteProperty.legacy(s).orElseThrow();
      switch (effective.decidedBy()) {
        case ALL_TRAFFIC ->
            set(
                legacy,
                true,
                List.of("LEG-2", "LEG-5"),
                "outboundVnetRouting.allTraffic=true turned "
                    + s.trafficName()
                    + " on, and API version "
                    + version
                    + " has no allTraffic");
        case OUTBOUND_VNET_ROUTING, SITE_CONFIG_PROPERTY, APP_SETTING -> {
          SourceSetting from = effective.decidingSetting().orElseThrow();
          set(
              legacy,
              effective.on(),
              List.of("LEG-1", "LEG-5"),
              "carries " + from.name() + "=" + from.value() + ", which decided " + s.trafficName());
        }
        case SITE_PROPERTY, DEFAULT -> {}
      }
      if (s == RoutingSwitch.APPLICATION_TRAFFIC
          && current.containsKey(SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED)) {
        set(
            SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED,
            effective.on(),
            List.of("LEG-4"),
            "kept equal to vnetRouteAllEnabled, so the two places of the property agree");
      }
    }

    private void removeAppSetting(RoutingSwitch s, EffectiveSwitch effective, boolean modern) {
      Optional<SourceSetting> setting =
          effective.sources().stream().filter(SourceSetting::isAppSetting).findFirst();
      if (setting.isEmpty()) {
        return;
      }
      String decidedBy =
          effective.decidedBy() == SwitchSource.ALL_TRAFFIC
              ? "outboundVnetRouting.allTraffic"
              : modern
                  ? SiteProperty.modern(s).path()
                  : SiteProperty.legacy(s).orElseThrow().path();
      remove(
          setting.get().name(),
          setting.get().value(),
          effective.decidedBy() == SwitchSource.ALL_TRAFFIC
              ? List.of("LEG-2", "LEG-4")
              : List.of("LEG-1", "LEG-4"),
          "superseded: " + decidedBy + " decides " + s.trafficName());
    }

    private void dns() {
      Optional<Map.Entry<String, String>> server =
          resolver.readAppSetting(SwitchResolver.DNS_SERVER_SETTING, site.appSettings());
      Optional<Map.Entry<String, String>> alt =
          resolver.readAppSetting(SwitchResolver.DNS_ALT_SERVER_SETTING, site.appSettings());
      if (routing.dnsSource() == DnsSource.DNS_CONFIGURATION) {
        for (Map.Entry<String, String> e : present(server, alt)) {
          remove(
              e.getKey(),
              e.getValue(),
              List.of("LEG-1", "LEG-4"),
              "overridden: dnsConfiguration is set and decides the app's DNS servers");
        }
        return;
      }
      List<Map.Entry<String, String>> settings = present(server, alt);
      if (settings.isEmpty()) {
        return;
      }
      for (Map.Entry<String, String> e : settings) {
        if (resolver.readDnsAddress(e.getValue()).isEmpty()) {
          for (Map.Entry<String, String> each : settings) {
            keptForReview.add(each.getKey());
          }
          notes.add(
              "DNS-2: app setting "
                  + e.getKey()
                  + "='"
                  + e.getValue()
                  + "' is not an address in "
                  + mode().name().toLowerCase(Locale.ROOT)
                  + " mode, so the DNS app settings are left in place; fix it and plan again");
          return;
        }
      }
      server.ifPresent(e -> moveDns(e, SiteProperty.DNS_SERVERS));
      alt.ifPresent(e -> moveDns(e, SiteProperty.DNS_ALT_SERVER));
    }

    /** Moves a valid DNS app setting to its {@code dnsConfiguration} property (DNS-2). */
    private void moveDns(Map.Entry<String, String> setting, SiteProperty property) {
      String address = resolver.readDnsAddress(setting.getValue()).orElseThrow().toString();
      List<String> rules = List.of("DNS-2", "LEG-1");
      set(
          property,
          property == SiteProperty.DNS_SERVERS ? ImmutableList.of(address) : address,
          rules,
          "carries app setting " + setting.getKey() + "=" + setting.getValue());
      remove(setting.getKey(), setting.getValue(), rules, "moved to " + property);
    }

    private List<Map.Entry<String, String>> present(
        Optional<Map.Entry<String, String>> first, Optional<Map.Entry<String, String>> second) {
      List<Map.Entry<String, String>> list = new ArrayList<>(2);
      first.ifPresent(list::add);
      second.ifPresent(list::add);
      return list;
    }

    private void set(
        SiteProperty property, @Nullable Object value, List<String> ruleIds, String reason) {
      if (value == null) {
        target.remove(property);
      } else {
        target.put(property, value);
      }
      if (!Objects.equals(current.get(property), target.get(property))) {
        reasons.put(property, new Reason(ruleIds, reason));
      }
    }

    private void remove(String name, String value, List<String> ruleIds, String reason) {
      removals.put(
          name,
          AppSettingRemoval.builder()
              .name(name)
              .value(value)
              .ruleIds(ruleIds)
              .reason(reason)
              .build());
    }

    private RoutingMigrationPlan build() {
      List<PropertyChange> changes = new ArrayList<>();
      for (SiteProperty property : SiteProperty.values()) {
        Optional<Object> before = Optional.ofNullable(current.get(property));
        Optional<Object> after = Optional.ofNullable(target.get(property));
        if (!before.equals(after)) {
          Reason reason = requireNonNull(reasons.get(property), property.path());
          changes.add(
              PropertyChange.builder()
                  .property(property)
                  .before(before)
                  .after(after)
                  .ruleIds(reason.ruleIds())
                  .reason(reason.text())
                  .build());
        }
      }
      SiteRoutingConfiguration configuration =
          SiteRoutingConfiguration.builder()
              .apiVersion(version)
              .properties(target)
              .addAllAppSettingsToRemove(removals.keySet())
              .addAllNotes(notes)
              .build();
      List<LegacyDiagnostic> review =
          analyzer.analyze(site).diagnostics().stream()
              .filter(d -> keptForReview.contains(d.settingName()))
              .toList();
      ImmutableRoutingMigrationPlan.Builder plan =
          RoutingMigrationPlan.builder()
              .siteId(site.id())
              .target(configuration)
              .addAllPropertyChanges(changes)
              .addAllAppSettingRemovals(removals.values())
              .before(routing)
              .after(routing)
              .addAllNeedsReview(review);
      RoutingMigrationPlan draft = plan.build();
      EffectiveRouting after = resolver.resolve(draft.apply(site));
      return plan.after(after).build();
    }
  }
}

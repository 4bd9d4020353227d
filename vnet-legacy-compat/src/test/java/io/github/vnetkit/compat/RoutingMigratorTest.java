package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.TriState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEG-5 outputs for both schemas, and LEG-6 migration plans. */
class RoutingMigratorTest {

  private static final ArmApiVersion MODERN = ArmApiVersion.parse("2025-03-01");
  private static final ArmApiVersion LEGACY = ArmApiVersion.parse("2024-11-01");

  /** Every legacy generation at once: app settings, siteConfig, a site flag, DNS settings. */
  private static App legacyApp() {
    return Sites.app()
        .appSettings(
            AppSettings.builder()
                .put("WEBSITE_VNET_ROUTE_ALL", "1")
                .put("WEBSITE_CONTENTOVERVNET", "0")
                .put("WEBSITE_DNS_SERVER", "10.0.0.4")
                .put("WEBSITE_DNS_ALT_SERVER", "10.0.0.5")
                .put("APPINSIGHTS_INSTRUMENTATIONKEY", "abc")
                .build())
        .legacySiteFlags(
            LegacySiteFlags.builder()
                .siteConfigVnetRouteAllEnabled(TriState.ON)
                .vnetImagePullEnabled(TriState.ON)
                .build())
        .build();
  }

  @Test
  @DisplayName("LEG-5: for 2025-03-01 the site carries outboundVnetRouting and dnsConfiguration")
  void leg5_modernOutput() {
    SiteRoutingConfiguration config =
        RoutingMigrator.strict().configurationFor(legacyApp(), MODERN);
    assertThat(config.routingSchema()).isEqualTo(RoutingSchema.OUTBOUND_VNET_ROUTING);
    assertThat(config.propertiesMap())
        .isEqualTo(
            Map.of(
                "outboundVnetRouting",
                Map.of(
                    "applicationTraffic", true,
                    "imagePullTraffic", true,
                    "contentShareTraffic", false),
                "dnsConfiguration",
                Map.of("dnsServers", List.of("10.0.0.4"), "dnsAltServer", "10.0.0.5")));
    assertThat(config.outboundVnetRouting())
        .isEqualTo(
            OutboundVnetRouting.builder()
                .applicationTraffic(TriState.ON)
                .imagePullTraffic(TriState.ON)
                .contentShareTraffic(TriState.OFF)
                .build());
    assertThat(config.legacySiteFlags().isEmpty()).isTrue();
    assertThat(config.dnsConfiguration()).isPresent();
    assertThat(config.appSettingsToRemove())
        .containsExactly(
            "WEBSITE_CONTENTOVERVNET",
            "WEBSITE_DNS_ALT_SERVER",
            "WEBSITE_DNS_SERVER",
            "WEBSITE_VNET_ROUTE_ALL");
    assertThat(config.notes()).isEmpty();
    assertThat(config.toMap()).containsEntry("apiVersion", "2025-03-01");
  }

  @Test
  @DisplayName(
      "LEG-5: for 2024-11-01 the site carries vnet*Enabled, and allTraffic becomes the"
          + " four flags")
  void leg5_legacyOutput() {
    App modern =
        Sites.app()
            .outboundVnetRouting(
                OutboundVnetRouting.builder()
                    .allTraffic(TriState.ON)
                    .applicationTraffic(TriState.OFF)
                    .build())
            .dnsConfiguration(Sites.dns("10.0.0.4"))
            .build();
    RoutingMigrationPlan plan = RoutingMigrator.strict().plan(modern, LEGACY);
    SiteRoutingConfiguration config = plan.target();
    assertThat(config.routingSchema()).isEqualTo(RoutingSchema.VNET_ENABLED_FLAGS);
    assertThat(config.propertiesMap())
        .isEqualTo(
            Map.of(
                "vnetRouteAllEnabled", true,
                "vnetImagePullEnabled", true,
                "vnetContentShareEnabled", true,
                "vnetBackupRestoreEnabled", true,
                "dnsConfiguration", Map.of("dnsServers", List.of("10.0.0.4"))));
    assertThat(config.outboundVnetRouting().isEmpty()).isTrue();
    assertThat(config.notes()).singleElement().asString().startsWith("LEG-2, LEG-5");
    assertThat(plan.before().sameRoutingAs(plan.after())).isTrue();
    assertThat(plan.before().isOn(RoutingSwitch.ALL_TRAFFIC)).isTrue();
    assertThat(plan.after().isOn(RoutingSwitch.ALL_TRAFFIC)).isFalse();
    assertThat(plan.propertyChanges())
        .filteredOn(c -> c.property() == SiteProperty.OUTBOUND_ALL_TRAFFIC)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.isRemoval()).isTrue();
              assertThat(c.ruleIds()).containsExactly("LEG-2", "LEG-5");
            });
  }

  @Test
  @DisplayName(
      "LEG-5 / LEG-4: for a legacy version siteConfig.vnetRouteAllEnabled is kept only"
          + " where present, and set equal to vnetRouteAllEnabled")
  void leg5_siteConfigKeptInLine() {
    App app =
        Sites.app()
            .legacySiteFlags(
                LegacySiteFlags.builder()
                    .vnetRouteAllEnabled(TriState.ON)
                    .siteConfigVnetRouteAllEnabled(TriState.OFF)
                    .build())
            .build();
    RoutingMigrationPlan plan = RoutingMigrator.strict().plan(app, LEGACY);
    assertThat(plan.propertyChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.property()).isEqualTo(SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED);
              assertThat(c.before()).contains(false);
              assertThat(c.after()).contains(true);
              assertThat(c.ruleIds()).containsExactly("LEG-4");
            });
    assertThat(plan.target().propertiesMap())
        .isEqualTo(
            Map.of("vnetRouteAllEnabled", true, "siteConfig", Map.of("vnetRouteAllEnabled", true)));
    App without =
        Sites.app()
            .legacySiteFlags(LegacySiteFlags.builder().vnetRouteAllEnabled(TriState.ON).build())
            .build();
    assertThat(RoutingMigrator.strict().plan(without, LEGACY).isEmpty()).isTrue();
  }

  @Test
  @DisplayName(
      "LEG-5: a version between 2024-11-01 and 2025-03-01 gets the vnet*Enabled"
          + " properties, with a note")
  void leg5_versionBetweenSchemas() {
    ArmApiVersion between = ArmApiVersion.parse("2025-01-15");
    SiteRoutingConfiguration config =
        RoutingMigrator.strict().configurationFor(legacyApp(), between);
    assertThat(config.routingSchema()).isEqualTo(RoutingSchema.VNET_ENABLED_FLAGS);
    assertThat(config.propertiesMap()).containsEntry("vnetRouteAllEnabled", true);
    assertThat(config.notes())
        .anySatisfy(n -> assertThat(n).startsWith("LEG-5").contains("2025-01-15"));
  }

  @Test
  @DisplayName(
      "LEG-3: a deciding app setting with a near-miss value is left in place in strict"
          + " mode, migrated in lenient mode")
  void leg3_nearMissLeftInPlaceUnlessLenient() {
    App app = Sites.withSettings("WEBSITE_VNET_ROUTE_ALL", "True");
    RoutingMigrationPlan strict = RoutingMigrator.strict().plan(app, MODERN);
    assertThat(strict.isEmpty()).isTrue();
    assertThat(strict.needsReview())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.NEAR_MISS_VALUE);
              assertThat(d.settingName()).isEqualTo("WEBSITE_VNET_ROUTE_ALL");
            });
    assertThat(strict.target().notes()).singleElement().asString().startsWith("LEG-3");

    RoutingMigrationPlan lenient = RoutingMigrator.of(ValueMode.LENIENT).plan(app, MODERN);
    assertThat(lenient.target().propertiesMap())
        .isEqualTo(Map.of("outboundVnetRouting", Map.of("applicationTraffic", true)));
    assertThat(lenient.appSettingRemovals())
        .extracting(AppSettingRemoval::name)
        .containsExactly("WEBSITE_VNET_ROUTE_ALL");
    assertThat(lenient.needsReview()).isEmpty();
  }

  @Test
  @DisplayName("DNS-2: DNS settings with an invalid address are left in place")
  void dns2_invalidDnsLeftInPlace() {
    App app =
        Sites.withSettings("WEBSITE_DNS_SERVER", "dns.corp", "WEBSITE_DNS_ALT_SERVER", "10.0.0.5");
    RoutingMigrationPlan plan = RoutingMigrator.strict().plan(app, MODERN);
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.needsReview())
        .extracting(LegacyDiagnostic::settingName)
        .contains("WEBSITE_DNS_SERVER");
    assertThat(plan.target().notes()).singleElement().asString().startsWith("DNS-2");
  }

  @Test
  @DisplayName("LEG-6: legacy to modern keeps routing, and a second plan is empty")
  void leg6_legacyToModernIsIdempotent() {
    App app = legacyApp();
    RoutingMigrationPlan plan = RoutingMigrator.strict().plan(app, MODERN);
    assertThat(plan.isEmpty()).isFalse();
    App migrated = plan.applyTo(app);
    EffectiveRouting before = SwitchResolver.strict().resolve(app);
    EffectiveRouting after = SwitchResolver.strict().resolve(migrated);
    assertThat(after.sameRoutingAs(before)).isTrue();
    assertThat(after).isEqualTo(plan.after());
    assertThat(after.switches().values())
        .extracting(EffectiveSwitch::on)
        .isEqualTo(before.switches().values().stream().map(EffectiveSwitch::on).toList());
    assertThat(plan.applyTo(migrated)).isEqualTo(migrated);
    assertThat(RoutingMigrator.strict().plan(migrated, MODERN).isEmpty()).isTrue();
    assertThat(migrated.appSettings().asMap()).containsOnlyKeys("APPINSIGHTS_INSTRUMENTATIONKEY");
    assertThat(LegacyAnalyzer.strict().analyze(migrated).isClean()).isTrue();
  }

  @Test
  @DisplayName("LEG-6: modern to legacy and back keeps routing")
  void leg6_roundTrip() {
    App modern = RoutingMigrator.strict().plan(legacyApp(), MODERN).applyTo(legacyApp());
    App legacy = RoutingMigrator.strict().plan(modern, LEGACY).applyTo(modern);
    App again = RoutingMigrator.strict().plan(legacy, MODERN).applyTo(legacy);
    EffectiveRouting original = SwitchResolver.strict().resolve(legacyApp());
    assertThat(SwitchResolver.strict().resolve(legacy).sameRoutingAs(original)).isTrue();
    assertThat(SwitchResolver.strict().resolve(again).sameRoutingAs(original)).isTrue();
    assertThat(again).isEqualTo(modern);
    assertThat(RoutingMigrator.strict().plan(legacy, LEGACY).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("LEG-6: a plan applies to a deployment slot as well")
  void leg6_applyToSlot() {
    DeploymentSlot slot =
        DeploymentSlot.builder()
            .id(ResourceId.slot(Sites.SUB, "web", "shop", "staging"))
            .appSettings(AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1").build())
            .build();
    RoutingMigrationPlan plan = RoutingMigrator.strict().plan(slot, MODERN);
    assertThat(plan.siteId()).isEqualTo(slot.id());
    DeploymentSlot migrated = plan.applyTo(slot);
    assertThat(migrated.appSettings().isEmpty()).isTrue();
    assertThat(migrated.outboundVnetRouting().applicationTraffic()).isEqualTo(TriState.ON);
    assertThat(RoutingMigrator.strict().plan(migrated, MODERN).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("LEG-6: every change carries rule ids and a reason; the plain form is plain")
  void leg6_changesCarryReasons() {
    RoutingMigrationPlan plan = RoutingMigrator.strict().plan(legacyApp(), MODERN);
    assertThat(plan.propertyChanges())
        .extracting(PropertyChange::property)
        .containsExactly(
            SiteProperty.OUTBOUND_APPLICATION_TRAFFIC,
            SiteProperty.OUTBOUND_IMAGE_PULL_TRAFFIC,
            SiteProperty.OUTBOUND_CONTENT_SHARE_TRAFFIC,
            SiteProperty.SITE_CONFIG_VNET_ROUTE_ALL_ENABLED,
            SiteProperty.VNET_IMAGE_PULL_ENABLED,
            SiteProperty.DNS_SERVERS,
            SiteProperty.DNS_ALT_SERVER);
    assertThat(plan.propertyChanges())
        .allSatisfy(
            c -> {
              assertThat(c.ruleIds()).isNotEmpty();
              assertThat(c.reason()).isNotBlank();
            });
    assertThat(plan.propertyChanges().get(0).reason())
        .contains("siteConfig.vnetRouteAllEnabled=true");
    assertThat(plan.appSettingRemovals()).allSatisfy(r -> assertThat(r.ruleIds()).isNotEmpty());
    Map<String, Object> map = plan.toMap();
    assertThat(map)
        .containsKeys("site", "apiVersion", "propertyChanges", "appSettingRemovals", "target");
    assertThat((List<?>) map.get("propertyChanges")).hasSize(7);
    assertThat(plan.propertyChanges().get(0).toMap())
        .containsEntry("path", "outboundVnetRouting.applicationTraffic")
        .containsEntry("after", true)
        .doesNotContainKey("before");
    assertThat(plan.toString()).contains("set outboundVnetRouting.applicationTraffic");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void planRejectsNulls() {
    assertThatThrownBy(() -> RoutingMigrator.strict().plan(null, MODERN))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("site");
    assertThatThrownBy(() -> RoutingMigrator.strict().plan(legacyApp(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("apiVersion");
  }
}

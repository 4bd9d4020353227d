package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.compat.gateway.DowntimeTolerance;
import io.github.vnetkit.compat.gateway.GatewayIntegration;
import io.github.vnetkit.compat.gateway.GatewayMigrationPlan;
import io.github.vnetkit.compat.gateway.GatewayMigrationPlanner;
import io.github.vnetkit.compat.gateway.GatewayMigrationRequest;
import io.github.vnetkit.compat.gateway.MigrationStep;
import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.GatewayKind;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.TriState;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's "Migrating legacy settings" example, with the answers its comments state. */
class ReadmeExampleTest {

  private static final String SUB = Sites.SUB;

  @Test
  void legacySettingsMigrationExample() {
    App app =
        App.builder()
            .id(ResourceId.site(SUB, "web", "shop"))
            .planId(ResourceId.serverFarm(SUB, "web", "plan1"))
            .appSettings(
                AppSettings.builder()
                    .put("WEBSITE_VNET_ROUTE_ALL", "1")
                    .put("WEBSITE_DNS_SERVER", "10.0.0.4")
                    .build())
            .legacySiteFlags(LegacySiteFlags.builder().vnetImagePullEnabled(TriState.ON).build())
            .build();

    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app);
    assertThat(analysis.routing().get(RoutingSwitch.APPLICATION_TRAFFIC).decidedBy())
        .isEqualTo(SwitchSource.APP_SETTING);
    assertThat(analysis.diagnostics())
        .singleElement()
        .asString()
        .startsWith(
            "INFO DNS-2 WEBSITE_DNS_SERVER=10.0.0.4: legacy DNS app setting, in effect"
                + " because dnsConfiguration is not set")
        .contains("fix: set dnsConfiguration.dnsServers to 10.0.0.4 and");

    RoutingMigrationPlan plan =
        RoutingMigrator.strict().plan(app, ArmApiVersion.parse("2025-03-01"));
    assertThat(plan.target().propertiesMap())
        .isEqualTo(
            Map.of(
                "outboundVnetRouting", Map.of("applicationTraffic", true, "imagePullTraffic", true),
                "dnsConfiguration", Map.of("dnsServers", List.of("10.0.0.4"))));
    assertThat(plan.target().propertiesMap().toString())
        .isEqualTo(
            "{outboundVnetRouting={applicationTraffic=true, imagePullTraffic=true},"
                + " dnsConfiguration={dnsServers=[10.0.0.4]}}");
    assertThat(plan.appSettingRemovals())
        .extracting(AppSettingRemoval::name)
        .containsExactly("WEBSITE_DNS_SERVER", "WEBSITE_VNET_ROUTE_ALL");
    assertThat(plan.propertyChanges())
        .extracting(PropertyChange::property)
        .contains(SiteProperty.VNET_IMAGE_PULL_ENABLED);
    App migrated = plan.applyTo(app);
    assertThat(RoutingMigrator.strict().plan(migrated, plan.apiVersion()).isEmpty()).isTrue();

    assertThat(
            RoutingMigrator.strict()
                .configurationFor(migrated, ArmApiVersion.parse("2024-11-01"))
                .propertiesMap()
                .toString())
        .isEqualTo(
            "{vnetRouteAllEnabled=true, vnetImagePullEnabled=true,"
                + " dnsConfiguration={dnsServers=[10.0.0.4]}}");
  }

  @Test
  void gatewayMigrationExample() {
    App app = Sites.app().build();
    AppServicePlan appPlan = Sites.plan("P1v3");
    VirtualNetwork remoteVnet =
        VirtualNetwork.builder()
            .id(ResourceId.virtualNetwork(SUB, "net", "remote"))
            .region(Region.of("North Europe"))
            .addAddressSpaces(Cidr.parse("10.1.0.0/16"))
            .addGateways(GatewayKind.VPN)
            .build();
    GatewayMigrationPlan move =
        GatewayMigrationPlanner.standard()
            .plan(
                GatewayMigrationRequest.builder()
                    .app(app)
                    .plan(appPlan)
                    .current(
                        GatewayIntegration.builder()
                            .targetVnet(remoteVnet)
                            .pointToSiteRange(Cidr.parse("172.16.100.0/24"))
                            .build())
                    .downtimeTolerance(DowntimeTolerance.BRIEF)
                    .build());
    assertThat(move.isBlocked()).isFalse();
    assertThat(move.connectivityLoss())
        .hasToString("2-5 minutes, possibly longer, for production app 'shop' (GW-3)");
    List<MigrationStep> steps = move.steps();
    assertThat(steps.get(0).toString())
        .startsWith(
            "1. [ASSESS] Document the gateway-required integration: VNet 'remote'"
                + " (northeurope)");
    assertThat(steps.get(4).toString())
        .startsWith("5. [CROSS_REGION] Create a VNet in the app's region westeurope")
        .endsWith("(GW-5, NET-1)");
  }
}

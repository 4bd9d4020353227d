package io.github.vnetkit.compat.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.GatewayKind;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** GW-1 and GW-2: gateway-required integrations that cannot exist or cannot work. */
class GatewayIntegrationCheckerTest {

  private static List<Finding> check(AppServicePlan plan, GatewayIntegration integration) {
    return GatewayIntegrationChecker.check(Gateways.app(), plan, integration);
  }

  private static Predicate<Finding> rule(String ruleId, String text) {
    return f -> f.ruleId().equals(ruleId) && f.message().contains(text);
  }

  @Test
  @DisplayName("GW-1: a working cross-region integration through a VPN gateway has no findings")
  void gw1_workingIntegrationIsClean() {
    assertThat(check(Gateways.plan().build(), Gateways.integration(Gateways.remote()).build()))
        .isEmpty();
  }

  @Test
  @DisplayName("GW-1: the target VNet needs a VPN gateway")
  void gw1_needsVpnGateway() {
    VirtualNetwork noGateway = Gateways.vnet("remote", Gateways.NORTH, "10.1.0.0/16").build();
    assertThat(check(Gateways.plan().build(), Gateways.integration(noGateway).build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("GW-1");
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.subject()).isEqualTo("VNet 'remote'");
              assertThat(f.message()).contains("no VPN gateway");
            });
  }

  @Test
  @DisplayName("GW-1: a same-region ARM VNet does not need gateway-required integration")
  void gw1_sameRegionArmVnetDoesNotNeedIt() {
    assertThat(check(Gateways.plan().build(), Gateways.integration(Gateways.sameRegion()).build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("GW-1");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.suggestedFix()).contains("regional integration");
            });
    VirtualNetwork classic =
        Gateways.vnet("old", Gateways.WEST, "10.2.0.0/16")
            .classic(true)
            .addGateways(GatewayKind.VPN)
            .build();
    assertThat(check(Gateways.plan().build(), Gateways.integration(classic).build())).isEmpty();
  }

  @Test
  @DisplayName(
      "GW-1 [003]: a point-to-site range outside the RFC 1918 ranges is reported, citing the"
          + " gateway-required troubleshooting list")
  void gw1_pointToSiteRangeOutsideRfc1918() {
    for (String range : List.of("100.64.0.0/24", "172.32.0.0/24", "192.169.0.0/24", "8.8.8.0/24")) {
      GatewayIntegration integration =
          Gateways.integration(Gateways.remote()).pointToSiteRange(Cidr.parse(range)).build();
      assertThat(check(Gateways.plan().build(), integration))
          .as(range)
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.ruleId()).isEqualTo("GW-1");
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.message())
                    .contains(range)
                    .contains("10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16")
                    .contains("[003]");
              });
    }
    for (String range : List.of("10.255.0.0/16", "172.31.255.0/24", "192.168.0.0/16")) {
      assertThat(
              check(
                  Gateways.plan().build(),
                  Gateways.integration(Gateways.remote())
                      .pointToSiteRange(Cidr.parse(range))
                      .build()))
          .as(range)
          .isEmpty();
    }
  }

  @Test
  @DisplayName(
      "TIER-2: a plan on an older deployment keeps its gateway integration but cannot move to"
          + " regional integration below PremiumV2")
  void tier2_olderDeploymentIsNoted() {
    AppServicePlan older =
        Gateways.plan()
            .sku(Sku.parse("S1"))
            .deploymentGeneration(io.github.vnetkit.model.DeploymentGeneration.OLDER)
            .build();
    assertThat(check(older, Gateways.integration(Gateways.remote()).build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("TIER-2");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("Standard").contains("older deployment");
              assertThat(f.suggestedFix()).contains("PremiumV2");
            });
    // unknown deployment (the default): nothing to say about the current integration
    assertThat(
            check(
                Gateways.plan().sku(Sku.parse("S1")).build(),
                Gateways.integration(Gateways.remote()).build()))
        .isEmpty();
  }

  @Test
  @DisplayName("GW-2: not from Linux apps")
  void gw2_notFromLinux() {
    AppServicePlan linux = Gateways.plan().operatingSystem(OperatingSystem.LINUX).build();
    assertThat(check(linux, Gateways.integration(Gateways.remote()).build()))
        .singleElement()
        .matches(rule("GW-2", "Linux"))
        .matches(Finding::isBlocking);
  }

  @Test
  @DisplayName("GW-2: not from Windows container apps")
  void gw2_notFromWindowsContainers() {
    AppServicePlan hyperV = Gateways.plan().hyperV(true).build();
    assertThat(check(hyperV, Gateways.integration(Gateways.remote()).build()))
        .singleElement()
        .matches(rule("GW-2", "Windows container"));
  }

  @Test
  @DisplayName("GW-2: not with VNets connected to ExpressRoute, nor coexistence gateways")
  void gw2_notWithExpressRouteOrCoexistence() {
    VirtualNetwork expressRoute =
        Gateways.vnet("er", Gateways.NORTH, "10.3.0.0/16")
            .addGateways(GatewayKind.EXPRESS_ROUTE)
            .build();
    assertThat(check(Gateways.plan().build(), Gateways.integration(expressRoute).build()))
        .extracting(Finding::ruleId)
        .containsExactly("GW-1", "GW-2"); // no VPN gateway, and ExpressRoute
    VirtualNetwork coexistence =
        Gateways.vnet("co", Gateways.NORTH, "10.4.0.0/16")
            .addGateways(GatewayKind.EXPRESS_ROUTE, GatewayKind.VPN)
            .build();
    assertThat(coexistence.hasCoexistenceGateways()).isTrue();
    List<Finding> findings =
        check(Gateways.plan().build(), Gateways.integration(coexistence).build());
    assertThat(findings).anyMatch(rule("GW-2", "coexistence gateways"));
    assertThat(findings).anyMatch(rule("GW-2", "ExpressRoute"));
    assertThat(findings).allMatch(Finding::isBlocking);
  }

  @Test
  @DisplayName(
      "GW-2: not for service-endpoint-secured resources, nor Key Vault references to a"
          + " network-protected vault")
  void gw2_notForServiceEndpointsOrKeyVault() {
    GatewayIntegration integration =
        Gateways.integration(Gateways.remote())
            .reachesServiceEndpointSecuredResources(true)
            .resolvesKeyVaultReferences(true)
            .build();
    List<Finding> findings = check(Gateways.plan().build(), integration);
    assertThat(findings).hasSize(2).allMatch(Finding::isBlocking);
    assertThat(findings).anyMatch(rule("GW-2", "service-endpoint-secured"));
    assertThat(findings).anyMatch(rule("GW-2", "Key Vault"));
  }

  @Test
  @DisplayName(
      "GW-2: no NSG, UDR or NAT gateway features: application traffic routing has no" + " effect")
  void gw2_noNsgUdrNatFeatures() {
    App routeAll =
        App.builder()
            .from(Gateways.app())
            .appSettings(AppSettings.builder().put("WEBSITE_VNET_ROUTE_ALL", "1").build())
            .build();
    assertThat(
            GatewayIntegrationChecker.check(
                routeAll, Gateways.plan().build(), Gateways.integration(Gateways.remote()).build()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("GW-2");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("NSG, UDR or NAT gateway").contains("APP_SETTING");
            });
  }

  @Test
  @DisplayName("GW-2: up to five VNets per plan")
  void gw2_upToFiveVnetsPerPlan() {
    List<GatewayIntegration> integrations = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      VirtualNetwork vnet =
          Gateways.vnet("remote" + i, Gateways.NORTH, "10." + (10 + i) + ".0.0/16")
              .addGateways(GatewayKind.VPN)
              .build();
      integrations.add(Gateways.integration(vnet).build());
      List<Finding> findings =
          GatewayIntegrationChecker.checkPlan(Gateways.plan().build(), integrations);
      if (i < 5) {
        assertThat(findings).as("%d VNets", i + 1).isEmpty();
      } else {
        assertThat(findings)
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.ruleId()).isEqualTo("GW-2");
                  assertThat(f.message()).contains("6 VNets").contains("at most 5");
                });
      }
    }
    // the same VNet twice counts once
    integrations.subList(1, 6).clear();
    integrations.add(integrations.get(0));
    assertThat(GatewayIntegrationChecker.checkPlan(Gateways.plan().build(), integrations))
        .isEmpty();
  }

  @Test
  @DisplayName("FN-1 / TIER-1: Functions Premium offers regional only; Consumption no integration")
  void fn1_planTiers() {
    AppServicePlan premium = Gateways.plan().sku(Sku.parse("EP1")).build();
    assertThat(check(premium, Gateways.integration(Gateways.remote()).build()))
        .singleElement()
        .matches(rule("FN-1", "regional integration only"));
    AppServicePlan consumption = Gateways.plan().sku(Sku.parse("Y1")).build();
    assertThat(check(consumption, Gateways.integration(Gateways.remote()).build()))
        .singleElement()
        .matches(f -> f.ruleId().equals("TIER-1") && f.isBlocking());
  }

  @Test
  void rejectsForeignPlanAndIpv6PointToSite() {
    AppServicePlan other =
        Gateways.plan().id(ResourceId.serverFarm(Gateways.SUB, "web", "other")).build();
    assertThatThrownBy(
            () ->
                GatewayIntegrationChecker.check(
                    Gateways.app(), other, Gateways.integration(Gateways.remote()).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other");
    assertThatThrownBy(
            () ->
                Gateways.integration(Gateways.remote())
                    .pointToSiteRange(Cidr.parse("2001:db8::/64"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2001:db8::/64")
        .hasMessageContaining("pointToSiteRange");
  }
}

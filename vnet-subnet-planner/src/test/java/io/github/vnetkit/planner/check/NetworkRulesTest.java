package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.APP;
import static io.github.vnetkit.planner.check.Fixtures.OTHER_SUB;
import static io.github.vnetkit.planner.check.Fixtures.PLAN;
import static io.github.vnetkit.planner.check.Fixtures.SUB;
import static io.github.vnetkit.planner.check.Fixtures.SUBNET;
import static io.github.vnetkit.planner.check.Fixtures.VNET;
import static io.github.vnetkit.planner.check.Fixtures.app;
import static io.github.vnetkit.planner.check.Fixtures.appId;
import static io.github.vnetkit.planner.check.Fixtures.check;
import static io.github.vnetkit.planner.check.Fixtures.clean;
import static io.github.vnetkit.planner.check.Fixtures.plan;
import static io.github.vnetkit.planner.check.Fixtures.planId;
import static io.github.vnetkit.planner.check.Fixtures.subnet;
import static io.github.vnetkit.planner.check.Fixtures.subnetId;
import static io.github.vnetkit.planner.check.Fixtures.withApp;
import static io.github.vnetkit.planner.check.Fixtures.withPlan;
import static io.github.vnetkit.planner.check.Fixtures.withSubnet;
import static io.github.vnetkit.planner.check.Fixtures.withVnet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.DeploymentSlot;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Peering;
import io.github.vnetkit.model.PeeringScope;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SPEC section 2: NET-1..NET-10. */
class NetworkRulesTest {

  private static final ResourceId SUBNET2 = subnetId("vnet1", "apps2");
  private static final ResourceId SUBNET3 = subnetId("vnet1", "apps3");
  private static final ResourceId PLAN2 = planId("plan2");
  private static final ResourceId APP2 = appId("api");

  private static Estate withSubnets(Estate estate, Subnet... extra) {
    return withVnet(estate, VNET, v -> v.addSubnets(extra));
  }

  // --------------------------------------------------------------------------- NET-1

  @Test
  @DisplayName("NET-1: a VNet in another region than the plan breaks it")
  void net1_otherRegionBreaks() {
    Estate estate = withVnet(clean(), VNET, v -> v.region(Region.of("North Europe")));
    assertThat(check(estate).findings("NET-1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(PLAN, VNET);
              assertThat(f.message()).contains("westeurope", "northeurope");
            });
  }

  @Test
  @DisplayName("NET-1: region names compare normalised ('West Europe' = 'westeurope')")
  void net1_regionNormalisedHolds() {
    Estate estate = withVnet(clean(), VNET, v -> v.region(Region.of("West Europe")));
    assertThat(check(estate).isClean()).isTrue();
  }

  @Test
  @DisplayName("NET-1: a classic VNet breaks it")
  void net1_classicBreaks() {
    Estate estate = withVnet(clean(), VNET, v -> v.classic(true));
    assertThat(check(estate).findings("NET-1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("classic");
              assertThat(f.resourceIds()).contains(VNET, PLAN);
            });
  }

  @Test
  @DisplayName("NET-1: a VNet outside the estate is reported as not checked (info)")
  void net1_vnetOutsideEstateIsInfo() {
    ResourceId remote = ResourceId.subnet(SUB, "net", "elsewhere", "apps");
    Estate estate = withApp(clean(), APP, a -> a.virtualNetworkSubnetId(remote));
    estate = withPlan(estate, PLAN, p -> p.vnetIntegrations(List.of(remote)));
    assertThat(check(estate).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("NET-1");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("not in the estate");
            });
  }

  // --------------------------------------------------------------------------- NET-2

  @Test
  @DisplayName("NET-2: a VNet with an IPv6 address space breaks it")
  void net2_ipv6Breaks() {
    Estate estate = withVnet(clean(), VNET, v -> v.addAddressSpaces(Cidr.parse("fd00:db8::/48")));
    assertThat(check(estate).findings("NET-2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("fd00:db8::/48");
            });
  }

  @Test
  @DisplayName("NET-2: an IPv4-only VNet holds")
  void net2_holds() {
    assertThat(check(clean()).findings("NET-2")).isEmpty();
  }

  // --------------------------------------------------------------------------- NET-3

  @Test
  @DisplayName("NET-3: a subnet delegated to another service breaks it")
  void net3_otherDelegationBreaks() {
    Estate estate =
        withSubnet(
            clean(),
            SUBNET,
            s -> s.delegations(List.of("Microsoft.ContainerInstance/containerGroups")));
    assertThat(check(estate).findings("NET-3"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("Microsoft.ContainerInstance/containerGroups");
              assertThat(f.suggestedFix()).contains("Replace");
            });
  }

  @Test
  @DisplayName("NET-3: an undelegated subnet is a warning when permissions are unknown")
  void net3_undelegatedWarnsWithoutPermissions() {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.delegations(List.of()));
    assertThat(check(estate).findings("NET-3"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  @DisplayName("NET-3: integration delegates the subnet if the caller may write it (info)")
  void net3_undelegatedWithWritePermissionIsInfo() {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.delegations(List.of()));
    CheckContext context =
        CheckContext.builder()
            .callerPermissions(CallerPermissions.of("Microsoft.Network/virtualNetworks/*"))
            .build();
    assertThat(check(estate, context).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("NET-3");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  @DisplayName("NET-3: an undelegated subnet without subnets/write permission is an error")
  void net3_undelegatedWithoutWritePermissionBreaks() {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.delegations(List.of()));
    CheckContext context =
        CheckContext.builder()
            .callerPermissions(CallerPermissions.of(CallerPermissions.INTEGRATION_ACTIONS))
            .build();
    assertThat(check(estate, context).findings("NET-3"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains(CallerPermissions.WRITE_SUBNET);
            });
  }

  @Test
  @DisplayName("NET-3: an integration subnet that does not exist in its VNet breaks it")
  void net3_missingSubnetBreaks() {
    Estate estate =
        withApp(clean(), APP, a -> a.virtualNetworkSubnetId(subnetId("vnet1", "missing")));
    assertThat(check(estate).findings("NET-3"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("does not exist"));
  }

  @Test
  @DisplayName("NET-3: a subnet delegated to Microsoft.Web/serverFarms holds (any case)")
  void net3_holds() {
    Estate estate =
        withSubnet(clean(), SUBNET, s -> s.delegations(List.of("microsoft.web/SERVERFARMS")));
    assertThat(check(estate).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- NET-4

  @Test
  @DisplayName("NET-4: service endpoint policies on the subnet break it")
  void net4_breaks() {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.hasServiceEndpointPolicies(true));
    assertThat(check(estate).findings("NET-4"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  @DisplayName("NET-4: service endpoints without policies hold")
  void net4_holds() {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.addServiceEndpoints("Microsoft.Storage"));
    assertThat(check(estate).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- NET-5

  private static Estate sharedByTwoPlans(boolean mpsj1, boolean mpsj2) {
    Estate estate =
        Estate.builder()
            .from(clean())
            .addPlans(plan(PLAN2, "P1v3", OperatingSystem.LINUX))
            .addApps(app(APP2, PLAN2, SUBNET))
            .build();
    estate = Fixtures.listing(estate, PLAN2, SUBNET);
    estate = withPlan(estate, PLAN, p -> p.multiPlanSubnetJoin(mpsj1));
    return withPlan(estate, PLAN2, p -> p.multiPlanSubnetJoin(mpsj2));
  }

  @Test
  @DisplayName("NET-5: a subnet shared by two plans without MPSJ breaks it")
  void net5_sharedWithoutMpsjBreaks() {
    CheckResult result = check(sharedByTwoPlans(true, false));
    assertThat(result.findings("NET-5"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(SUBNET, PLAN, PLAN2);
              assertThat(f.message()).contains("'plan2' does not");
              assertThat(f.suggestedFix()).contains("multi-plan subnet join on 'plan2'");
            });
  }

  @Test
  @DisplayName("NET-5: MPSJ on a subnet smaller than /26 breaks it")
  void net5_mpsjBelow26Breaks() {
    Estate estate =
        withSubnet(
            sharedByTwoPlans(true, true), SUBNET, s -> s.addressPrefix(Cidr.parse("10.0.1.0/27")));
    assertThat(check(estate).findings("NET-5"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("/26 or larger").contains("/27"));
  }

  @Test
  @DisplayName("NET-5: MPSJ plans in different subscriptions break it")
  void net5_mpsjAcrossSubscriptionsBreaks() {
    ResourceId foreignPlan = ResourceId.serverFarm(OTHER_SUB, "web", "plan3");
    Estate estate =
        Estate.builder()
            .from(withPlan(clean(), PLAN, p -> p.multiPlanSubnetJoin(true)))
            .addPlans(
                AppServicePlan.builder()
                    .from(plan(foreignPlan, "P1v3", OperatingSystem.LINUX))
                    .multiPlanSubnetJoin(true)
                    .addVnetIntegrations(SUBNET)
                    .build())
            .addApps(app(ResourceId.site(OTHER_SUB, "web", "far"), foreignPlan, SUBNET))
            .build();
    CheckResult result = check(estate);
    assertThat(result.findings("NET-5"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("one subscription", OTHER_SUB));
    assertThat(result.findings("NET-8")).isEmpty();
  }

  @Test
  @DisplayName("NET-5: MPSJ plans of one subscription on a /26 hold")
  void net5_holds() {
    assertThat(check(sharedByTwoPlans(true, true)).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- NET-6

  private static Estate planWithSubnets(OperatingSystem os, int count) {
    Estate estate =
        Estate.builder().from(withPlan(clean(), PLAN, p -> p.operatingSystem(os))).build();
    estate = withSubnets(estate, subnet(SUBNET2, "10.0.2.0/26"), subnet(SUBNET3, "10.0.3.0/26"));
    List<ResourceId> extra = List.of(SUBNET2, SUBNET3);
    Estate.Builder b = Estate.builder().from(estate);
    for (int i = 0; i < count - 1; i++) {
      b.addApps(app(appId("extra" + i), PLAN, extra.get(i)));
    }
    return withPlan(b.build(), PLAN, p -> p.addAllVnetIntegrations(extra.subList(0, count - 1)));
  }

  @Test
  @DisplayName("NET-6: a Linux plan with two integrations breaks it")
  void net6_linuxTwoBreaks() {
    assertThat(check(planWithSubnets(OperatingSystem.LINUX, 2)).findings("NET-6"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.message()).startsWith("Linux plan 'plan1' has 2 integrations");
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(PLAN, SUBNET, SUBNET2);
            });
  }

  @Test
  @DisplayName("NET-6: a Windows plan with two integrations holds")
  void net6_windowsTwoHolds() {
    assertThat(check(planWithSubnets(OperatingSystem.WINDOWS, 2)).isClean()).isTrue();
  }

  @Test
  @DisplayName("NET-6: a Windows plan with three integrations breaks it")
  void net6_windowsThreeBreaks() {
    assertThat(check(planWithSubnets(OperatingSystem.WINDOWS, 3)).findings("NET-6"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("3 integrations"));
  }

  @Test
  @DisplayName("NET-6: a Linux plan whose apps share its one integration holds")
  void net6_linuxAppsShareOneIntegrationHolds() {
    Estate estate =
        Estate.builder()
            .from(withPlan(clean(), PLAN, p -> p.operatingSystem(OperatingSystem.LINUX)))
            .addApps(app(APP2, PLAN, SUBNET))
            .build();
    assertThat(check(estate).isClean()).isTrue();
  }

  @Test
  @DisplayName("NET-6: an app's slot must use one of its plan's integrations")
  void net6_slotCountsTowardsThePlan() {
    Estate estate =
        withSubnets(
            withPlan(clean(), PLAN, p -> p.operatingSystem(OperatingSystem.LINUX)),
            subnet(SUBNET2, "10.0.2.0/26"));
    estate = withApp(estate, APP, a -> a.addSlots(slot("staging", SUBNET2)));
    assertThat(check(estate).findings("NET-6")).hasSize(1);
  }

  @Test
  @DisplayName("NET-6: an app on a subnet that is none of its plan's integrations breaks it")
  void net6_appOutsidePlanIntegrationsBreaks() {
    Estate estate = withSubnets(clean(), subnet(SUBNET2, "10.0.2.0/26"));
    estate = Estate.builder().from(estate).addApps(app(APP2, PLAN, SUBNET2)).build();
    assertThat(check(estate).findings("NET-6"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(APP2, PLAN, SUBNET2);
              assertThat(f.message()).contains("none of plan 'plan1''s integrations");
              assertThat(f.suggestedFix()).startsWith("List 'vnet1/apps2' among");
            });
  }

  @Test
  @DisplayName("NET-6: apps on their plan's integrations hold")
  void net6_appsOnPlanIntegrationsHold() {
    Estate estate = withSubnets(clean(), subnet(SUBNET2, "10.0.2.0/26"));
    estate = Estate.builder().from(estate).addApps(app(APP2, PLAN, SUBNET2)).build();
    assertThat(check(Fixtures.listing(estate, PLAN, SUBNET2)).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- NET-7

  @Test
  @DisplayName("NET-7: a caller without subnets/join/action breaks it")
  void net7_breaks() {
    CheckContext context =
        CheckContext.builder()
            .callerPermissions(
                CallerPermissions.of(
                    "Microsoft.Network/virtualNetworks/read",
                    "Microsoft.Network/virtualNetworks/subnets/read"))
            .build();
    assertThat(check(clean(), context).findings("NET-7"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.resourceIds()).containsExactly(SUBNET);
              assertThat(f.message())
                  .contains(CallerPermissions.JOIN_SUBNET)
                  .doesNotContain("subnets/read,");
            });
  }

  @Test
  @DisplayName("NET-7: a caller with the three actions (or a wildcard) holds")
  void net7_holds() {
    CheckContext exact =
        CheckContext.builder()
            .callerPermissions(CallerPermissions.of(CallerPermissions.INTEGRATION_ACTIONS))
            .build();
    CheckContext wildcard =
        CheckContext.builder().callerPermissions(CallerPermissions.of("*")).build();
    assertThat(check(clean(), exact).isClean()).isTrue();
    assertThat(check(clean(), wildcard).isClean()).isTrue();
  }

  @Test
  @DisplayName("NET-7: permissions are not checked when the caller does not supply them")
  void net7_notSuppliedIsNotChecked() {
    assertThat(check(clean()).findings("NET-7")).isEmpty();
  }

  // --------------------------------------------------------------------------- NET-8

  private static Estate vnetInOtherSubscription() {
    ResourceId vnet = ResourceId.virtualNetwork(OTHER_SUB, "net", "shared");
    ResourceId subnet = ResourceId.subnet(OTHER_SUB, "net", "shared", "apps");
    return Estate.builder()
        .from(
            withPlan(
                withApp(clean(), APP, a -> a.virtualNetworkSubnetId(subnet)),
                PLAN,
                p -> p.vnetIntegrations(List.of(subnet))))
        .virtualNetworks(List.of(Fixtures.vnet(vnet, "westeurope", subnet(subnet, "10.0.1.0/26"))))
        .build();
  }

  @Test
  @DisplayName("NET-8: a VNet in a subscription without Microsoft.Web registered breaks it")
  void net8_notRegisteredBreaks() {
    CheckContext context = CheckContext.builder().addMicrosoftWebNotRegistered(OTHER_SUB).build();
    assertThat(check(vnetInOtherSubscription(), context).findings("NET-8"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.suggestedFix()).contains("az provider register", OTHER_SUB);
            });
  }

  @Test
  @DisplayName("NET-8: unknown registration of the VNet's subscription is a warning")
  void net8_unknownWarns() {
    assertThat(check(vnetInOtherSubscription()).findings("NET-8"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  @DisplayName("NET-8: a VNet in a registered subscription holds")
  void net8_registeredHolds() {
    CheckContext context =
        CheckContext.builder().addMicrosoftWebRegistered(OTHER_SUB.toUpperCase()).build();
    assertThat(check(vnetInOtherSubscription(), context).isClean()).isTrue();
  }

  @Test
  @DisplayName("NET-8: a subscription that holds a web app of the estate counts as registered")
  void net8_subscriptionWithWebAppsHolds() {
    ResourceId farPlan = ResourceId.serverFarm(OTHER_SUB, "web", "far");
    Estate estate =
        Estate.builder()
            .from(vnetInOtherSubscription())
            .addPlans(plan(farPlan, "P1v3", OperatingSystem.WINDOWS))
            .build();
    assertThat(check(estate).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- NET-9

  private static Peering peering(String name, boolean classic) {
    return Peering.builder()
        .remoteVirtualNetworkId(ResourceId.virtualNetwork(SUB, "hub", name))
        .addRemoteAddressSpaces(Cidr.parse("10.100.0.0/16"))
        .scope(PeeringScope.GLOBAL)
        .remoteClassic(classic)
        .build();
  }

  @Test
  @DisplayName("NET-9: anything across a peering with a classic VNet is unreachable")
  void net9_classicPeerBreaks() {
    Estate estate = withVnet(clean(), VNET, v -> v.addPeerings(peering("old", true)));
    assertThat(check(estate).findings("NET-9"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.resourceIds())
                  .containsExactlyInAnyOrder(VNET, ResourceId.virtualNetwork(SUB, "hub", "old"));
              assertThat(f.message()).contains("classic", "not reachable");
            });
  }

  @Test
  @DisplayName("NET-9: a classic VNet of the estate behind a peering is unreachable too")
  void net9_classicPeerInEstateBreaks() {
    ResourceId oldId = ResourceId.virtualNetwork(SUB, "hub", "old");
    VirtualNetwork old =
        VirtualNetwork.builder()
            .id(oldId)
            .region(Region.of("westeurope"))
            .classic(true)
            .addAddressSpaces(Cidr.parse("10.100.0.0/16"))
            .build();
    Estate estate =
        Estate.builder()
            .from(withVnet(clean(), VNET, v -> v.addPeerings(peering("old", false))))
            .addVirtualNetworks(old)
            .build();
    assertThat(check(estate).findings("NET-9")).hasSize(1);
  }

  @Test
  @DisplayName("NET-9: regional and global peerings with ARM VNets are reachable")
  void net9_holds() {
    Estate estate = withVnet(clean(), VNET, v -> v.addPeerings(peering("hub", false)));
    assertThat(check(estate).isClean()).isTrue();
  }

  // --------------------------------------------------------------------------- NET-10

  private static DeploymentSlot slot(String name, ResourceId subnet) {
    return slot(name, Optional.of(subnet));
  }

  private static DeploymentSlot slot(String name, Optional<ResourceId> subnet) {
    return DeploymentSlot.builder()
        .id(ResourceId.slot(SUB, "web", "shop", name))
        .virtualNetworkSubnetId(subnet)
        .build();
  }

  @Test
  @DisplayName("NET-10: a slot integrated while production is not is a warning")
  void net10_slotIntegratedProductionNotBreaks() {
    Estate estate =
        withApp(
            clean(),
            APP,
            a -> a.virtualNetworkSubnetId(Optional.empty()).addSlots(slot("staging", SUBNET)));
    assertThat(check(estate).findings("NET-10"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("does not move with a swap");
            });
  }

  @Test
  @DisplayName("NET-10: production integrated while its slot is not is an info (it keeps its own)")
  void net10_productionIntegratedSlotNotIsInfo() {
    Estate estate = withApp(clean(), APP, a -> a.addSlots(slot("staging", Optional.empty())));
    assertThat(check(estate).findings("NET-10"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.resourceIds())
                  .containsExactlyInAnyOrder(APP, ResourceId.slot(SUB, "web", "shop", "staging"));
            });
  }

  @Test
  @DisplayName("NET-10: a slot on another subnet than production is an info")
  void net10_slotOnOtherSubnetIsInfo() {
    Estate estate = withSubnets(clean(), subnet(SUBNET2, "10.0.2.0/26"));
    estate = withApp(estate, APP, a -> a.addSlots(slot("staging", SUBNET2)));
    assertThat(check(estate).findings("NET-10"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.INFO);
  }

  @Test
  @DisplayName("NET-10: a slot integrated like production holds")
  void net10_holds() {
    Estate estate = withApp(clean(), APP, a -> a.addSlots(slot("staging", SUBNET)));
    assertThat(check(estate).isClean()).isTrue();
  }

  @Test
  @DisplayName("an app without slots or integration yields nothing")
  void unintegratedAppIsClean() {
    App plain = App.builder().id(APP2).planId(PLAN).build();
    Estate estate = Estate.builder().from(clean()).addApps(plain).build();
    assertThat(check(estate).isClean()).isTrue();
  }
}

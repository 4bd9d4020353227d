package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.TrafficDirection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Knobs reject impossible settings with messages that name the input, and never mutate. */
class KnobsTest {

  private static void rejects(ThrowingCallable call, String... fragments) {
    assertThatThrownBy(call)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void prefixRangesMustBeOrderedAndFit() {
    Cidr slash16 = Cidr.parse("10.0.0.0/16");
    Cidr slash8 = Cidr.parse("10.0.0.0/8");
    rejects(() -> VnetArbitraries.subnets().withPrefixBetween(29, 28), "(29..28)");
    rejects(() -> VnetArbitraries.subnets().inside(slash16).withPrefixBetween(8, 28), "/8", "/16");
    rejects(() -> VnetArbitraries.subnets().withPrefixBetween(8, 28).inside(slash16), "/8", "/16");
    rejects(() -> VnetArbitraries.cidrs().inside(slash8).withPrefixBetween(4, 20), "4..20", "/8");
    rejects(() -> VnetArbitraries.cidrs().withPrefixBetween(4, 20).inside(slash8), "4..20", "/8");
    rejects(() -> VnetArbitraries.cidrs().withPrefixBetween(24, 40).inside(slash8), "24..40");
    rejects(() -> VnetArbitraries.cidrs().withPrefixBetween(0, 129), "(0..129)");
    rejects(() -> VnetArbitraries.cidrs().withPrefixBetween(16, 64).ipv6(), "2001:db8::/32");
    rejects(() -> VnetArbitraries.subnets().inside(Cidr.parse("2001:db8::/32")), "2001:db8::/32");
  }

  @Test
  void virtualNetworkKnobsMustFit() {
    Cidr slash24 = Cidr.parse("10.0.0.0/24");
    rejects(
        () ->
            VnetArbitraries.virtualNetworks()
                .withSubnetPrefixBetween(24, 28)
                .withAddressSpace(Cidr.parse("10.0.0.0/26")),
        "/24..28",
        "10.0.0.0/26");
    rejects(
        () ->
            VnetArbitraries.virtualNetworks()
                .withAddressSpace(slash24)
                .withSubnetPrefixBetween(26, 28)
                .withSubnets(1, 5),
        "5 subnets",
        "10.0.0.0/24");
    rejects(
        () ->
            VnetArbitraries.virtualNetworks()
                .withSubnets(1, 5)
                .withSubnetPrefixBetween(26, 28)
                .withAddressSpace(slash24),
        "5 subnets",
        "10.0.0.0/24");
    rejects(() -> VnetArbitraries.virtualNetworks().withSubnets(3, 2), "(3..2)");
    rejects(() -> VnetArbitraries.virtualNetworks().withPeerings(9), "(9)");
  }

  @Test
  void idsAndNamesAreValidated() {
    rejects(() -> VnetArbitraries.resourceIds().inSubscription("not-a-guid"), "not-a-guid");
    rejects(() -> VnetArbitraries.resourceIds().inResourceGroup("bad/group"), "bad/group");
    rejects(() -> VnetArbitraries.regions().among("west-europe"), "west-europe");
    rejects(() -> VnetArbitraries.regions().among(), "at least one");
    rejects(
        () -> VnetArbitraries.plans().integratedWith(ResourceId.site(Zero.SUB, "rg", "app")),
        "integratedWith");
    rejects(() -> VnetArbitraries.apps().onPlan(ResourceId.site(Zero.SUB, "rg", "app")), "planId");
  }

  @Test
  void selectionsMustLeaveSomething() {
    rejects(
        () -> VnetArbitraries.skus().inTiers(PricingTier.FREE).eligibleForIntegration(), "FREE");
    rejects(
        () ->
            VnetArbitraries.plans()
                .withSkus(VnetArbitraries.skus().inTiers(PricingTier.ISOLATED))
                .eligibleForIntegration(),
        "ISOLATED");
    rejects(() -> VnetArbitraries.plans().withMaxInstancesUpTo(0), "(0)");
    rejects(() -> VnetArbitraries.apps().withSlots(4), "(4)");
  }

  @Test
  void estateKnobsAreChecked() {
    rejects(() -> VnetArbitraries.estates().withPlans(0, 2), "(0..2)");
    rejects(() -> VnetArbitraries.estates().withAppsPerPlan(9), "(9)");
    rejects(() -> VnetArbitraries.estates().withVirtualNetworks(0), "(0)");
    rejects(() -> VnetArbitraries.estates().withMaxInstancesUpTo(0), "(0)", "between 1 and 100");
    rejects(() -> VnetArbitraries.estates().withMaxInstancesUpTo(101), "(101)");
    rejects(() -> VnetArbitraries.estates().withDefects(-1), "maxDefects (-1)");
    rejects(() -> VnetArbitraries.estates().withDefects(21), "maxDefects (21)", "20");
    rejects(
        () ->
            VnetArbitraries.estates()
                .withMaxInstancesUpTo(3)
                .breaking(EstateRule.CAP_5_NO_SCALE_HEADROOM),
        "CAP_5_NO_SCALE_HEADROOM",
        "not 3");
  }

  /** A plan of {@code sku} and {@code os}, for {@code functionsSettings().validFor(..)}. */
  static AppServicePlan plan(String sku, OperatingSystem os) {
    return AppServicePlan.builder()
        .id(ResourceId.serverFarm(Zero.SUB, "rg", "plan1"))
        .region(Region.of("westeurope"))
        .sku(Sku.parse(sku))
        .operatingSystem(os)
        .build();
  }

  @Test
  @DisplayName("FN-1, FN-2, FN-3: functionsSettings() knobs that contradict validFor(plan)")
  void functionsSettingsKnobsContradictingThePlanAreRejected() {
    AppServicePlan y1 = plan("Y1", OperatingSystem.WINDOWS);
    AppServicePlan linuxEp = plan("EP1", OperatingSystem.LINUX);
    rejects(
        () -> VnetArbitraries.functionsSettings().validFor(y1).withVnetTriggers(),
        "withVnetTriggers()",
        "'plan1', Y1",
        "FN-1");
    rejects(
        () -> VnetArbitraries.functionsSettings().withVnetTriggers().validFor(y1),
        "withVnetTriggers()",
        "FN-1");
    rejects(
        () -> VnetArbitraries.functionsSettings().withHybridConnections().validFor(linuxEp),
        "withHybridConnections()",
        "EP1 LINUX",
        "FN-3");
    rejects(
        () -> VnetArbitraries.functionsSettings().validFor(linuxEp).withNearMissVersions(),
        "withNearMissVersions()",
        "FN-2");
    VnetArbitraries.functionsSettings()
        .withNearMissVersions()
        .validFor(plan("P1v3", OperatingSystem.LINUX)); // FN-2 minimums hold only on Premium
    rejects(
        () -> VnetArbitraries.functionsSettings().validFor(plan("F1", OperatingSystem.WINDOWS)),
        "'" + plan("F1", OperatingSystem.WINDOWS).id() + "' (F1, tier FREE)",
        "cannot host function apps");
  }

  @Example
  void functionsSettingsKnobsShapeTheirValues() {
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.functionsSettings().withHybridConnections().withoutVnetTriggers(),
                200,
                21L))
        .allMatch(f -> !f.hybridConnections().isEmpty() && !f.hasVnetTriggers());
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.functionsSettings().validFor(plan("Y1", OperatingSystem.LINUX)),
                200,
                22L))
        .allMatch(f -> f.equals(FunctionsSettings.none()) || onlyScaleMonitoring(f));
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.functionsSettings()
                    .withVnetTriggers()
                    .validFor(plan("EP2", OperatingSystem.WINDOWS)),
                200,
                23L))
        .allMatch(FunctionsSettings::runtimeScaleMonitoringEnabled)
        .anyMatch(f -> !f.hybridConnections().isEmpty());
    List<String> versions =
        EdgeCaseProperties.sample(
                VnetArbitraries.functionsSettings().withVnetTriggers().withNearMissVersions(),
                500,
                24L)
            .stream()
            .flatMap(f -> f.vnetTriggerExtensions().entrySet().stream())
            .filter(e -> e.getKey().endsWith(".Storage"))
            .map(Map.Entry::getValue)
            .toList();
    assertThat(versions).contains("3.0.9", "3.0.10");
  }

  private static boolean onlyScaleMonitoring(FunctionsSettings f) {
    return FunctionsSettings.builder()
        .from(f)
        .runtimeScaleMonitoringEnabled(false)
        .build()
        .equals(FunctionsSettings.none());
  }

  @Test
  void routingKnobsAreChecked() {
    rejects(() -> VnetArbitraries.networkSecurityGroups().withRulesUpTo(401), "rules (401)");
    rejects(() -> VnetArbitraries.networkSecurityGroups().withRulesUpTo(-1), "rules (-1)");
    rejects(() -> VnetArbitraries.routeTables().withRoutesUpTo(401), "routes (401)");
    rejects(() -> VnetArbitraries.routingScenarios().withRulesUpTo(401), "rules (401)");
    rejects(() -> VnetArbitraries.routingScenarios().withRoutesUpTo(-2), "routes (-2)");
    rejects(() -> VnetArbitraries.routingScenarios().withBgpRoutesUpTo(1_001), "(1001)");
    rejects(() -> VnetArbitraries.serviceTagDefinitions().withPrefixesUpTo(0), "prefixes (0)");
    rejects(() -> VnetArbitraries.flows().ofKind(), "TrafficKind");
    rejects(() -> VnetArbitraries.flows().to(), "prefix");
    rejects(() -> VnetArbitraries.flows().to(Cidr.parse("2001:db8::/32")), "2001:db8::/32");
    ResourceId subnet = ResourceId.subnet(Zero.SUB, "rg", "vnet1", "snet1");
    rejects(() -> VnetArbitraries.networkSecurityGroups().withId(subnet), "snet1");
    rejects(() -> VnetArbitraries.routeTables().withId(subnet), "snet1");
  }

  @Example
  void routingKnobsShapeTheirValues() {
    ResourceId nsgId = ResourceId.networkSecurityGroup(Zero.SUB, "rg", "apps-nsg");
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.networkSecurityGroups()
                    .withId(nsgId)
                    .withRulesUpTo(30)
                    .outboundOnly()
                    .withoutServiceTags(),
                200,
                11L))
        .allMatch(n -> n.id().equals(nsgId) && n.securityRules().size() <= 30)
        .allMatch(n -> n.rules(TrafficDirection.INBOUND).isEmpty())
        .allMatch(
            n ->
                n.securityRules().stream()
                    .flatMap(r -> r.destinationAddresses().stream())
                    .allMatch(a -> a.serviceTag().isEmpty()))
        .anyMatch(n -> n.securityRules().size() > 8);
    ResourceId rtId = ResourceId.routeTable(Zero.SUB, "rg", "apps-rt");
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.routeTables()
                    .withId(rtId)
                    .withRoutesUpTo(40)
                    .withBgpPropagationDisabled(),
                200,
                12L))
        .allMatch(t -> t.id().equals(rtId) && t.disableBgpRoutePropagation())
        .allMatch(t -> t.routes().size() <= 40)
        .anyMatch(t -> t.routes().size() > 30);
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.serviceTagDefinitions().withPrefixesUpTo(50), 200, 13L))
        .allMatch(d -> d.addressPrefixes().size() <= 50)
        .anyMatch(d -> d.addressPrefixes().size() > 10);
    assertThat(EdgeCaseProperties.sample(VnetArbitraries.securityRules().inbound(), 100, 14L))
        .allMatch(r -> r.direction() == TrafficDirection.INBOUND);
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.routingScenarios()
                    .withRulesUpTo(2)
                    .withRoutesUpTo(1)
                    .withBgpRoutesUpTo(0),
                200,
                15L))
        .allMatch(
            s ->
                s.networkSecurityGroup().map(n -> n.securityRules().size()).orElse(0) <= 2
                    && s.routeTable().map(t -> t.routes().size()).orElse(0) <= 1
                    && s.bgpRoutes().size() <= 1);
  }

  @Example
  void defaultsAdaptToTheOtherKnobs() {
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.virtualNetworks().withAddressSpace(Cidr.parse("10.0.0.0/26")),
                100,
                1L))
        .allMatch(v -> v.subnets().size() <= 3 && v.subnets().size() >= 1);
    assertThat(
            EdgeCaseProperties.sample(VnetArbitraries.cidrs().withPrefixBetween(48, 64), 100, 1L))
        .allMatch(c -> c.isIpv6());
    assertThat(
            EdgeCaseProperties.sample(VnetArbitraries.subnets().withPrefixBetween(8, 12), 100, 1L))
        .allMatch(s -> s.addressPrefix().prefixLength() <= 12);
  }

  @Example
  void knobsReturnNewArbitrariesAndLeaveTheOriginalAlone() {
    SubnetArbitrary base = VnetArbitraries.subnets();
    SubnetArbitrary undelegated = base.undelegated();
    assertThat(undelegated).isNotSameAs(base);
    assertThat(EdgeCaseProperties.sample(base, 50, 1L))
        .allMatch(s -> s.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION));
    assertThat(EdgeCaseProperties.sample(undelegated, 50, 1L))
        .allMatch(s -> s.delegations().isEmpty());
    FunctionsSettingsArbitrary anySettings = VnetArbitraries.functionsSettings();
    assertThat(anySettings.withVnetTriggers()).isNotSameAs(anySettings);
    assertThat(EdgeCaseProperties.sample(anySettings, 200, 1L))
        .anyMatch(f -> !f.hasVnetTriggers())
        .anyMatch(FunctionsSettings::hasVnetTriggers);
    EstateArbitrary valid = VnetArbitraries.estates();
    valid.breaking(EstateRule.NET_4_SERVICE_ENDPOINT_POLICIES);
    assertThat(EdgeCaseProperties.sample(valid, 50, 1L))
        .allMatch(e -> EstateChecker.violations(e).isEmpty());
    assertThat(
            EdgeCaseProperties.sample(
                valid.breaking(EstateRule.NET_4_SERVICE_ENDPOINT_POLICIES), 50, 1L))
        .allMatch(b -> EstateChecker.violations(b.estate()).contains(b.rule()), "breaks NET-4");
  }

  @Example
  void foreignAndMixedDelegationsAndPoliciesAreAvailable() {
    assertThat(EdgeCaseProperties.sample(VnetArbitraries.subnets().withForeignDelegation(), 50, 2L))
        .allMatch(
            s -> !s.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION) && s.delegations().size() == 1);
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.subnets().withServiceEndpointPolicies().withoutServiceEndpoints(),
                50,
                3L))
        .allMatch(s -> s.hasServiceEndpointPolicies() && s.serviceEndpoints().isEmpty());
    assertThat(EdgeCaseProperties.sample(VnetArbitraries.virtualNetworks().classic(), 20, 4L))
        .allMatch(v -> v.classic());
    assertThat(
            EdgeCaseProperties.sample(
                VnetArbitraries.virtualNetworks().withIpv6AddressSpace(), 20, 5L))
        .allMatch(
            v ->
                v.hasIpv6AddressSpace()
                    && v.subnets().stream().allMatch(s -> s.addressPrefix().isIpv4()));
  }

  /** Shared constants. */
  static final class Zero {
    static final String SUB = "00000000-0000-0000-0000-000000000000";

    private Zero() {}
  }
}

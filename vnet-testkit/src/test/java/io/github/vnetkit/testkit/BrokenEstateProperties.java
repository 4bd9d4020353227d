package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** "One rule broken" estates break exactly the requested rule, and nothing else. */
class BrokenEstateProperties {

  @Property(tries = 10_000)
  void brokenEstatesBreakExactlyTheRequestedRule(@ForAll("brokenEstates") BrokenEstate broken) {
    EstateRule rule = broken.rule();
    Estate estate = broken.estate();
    Statistics.collect(rule);
    assertThat(EstateChecker.referenceProblems(estate)).isEmpty();
    assertThat(EstateChecker.violations(estate)).as(broken.toString()).containsExactly(rule);
    assertThat(broken.toString()).contains("breaking " + rule.specId());
    if (rule != EstateRule.NET_5_SHARED_ACROSS_SUBSCRIPTIONS
        && rule != EstateRule.NET_8_VNET_IN_OTHER_SUBSCRIPTION) {
      assertThat(EstateChecker.subscriptions(estate)).hasSize(1);
    }
  }

  /** Every rule, from {@code breakingAnyRule()}, with the knobs set before it. */
  @Provide
  Arbitrary<BrokenEstate> brokenEstates() {
    return VnetArbitraries.estates().withPlans(1, 3).withAppsPerPlan(3).breakingAnyRule();
  }

  @Property(tries = 2_000)
  void breakingAnyRuleCoversEveryRule(@ForAll("brokenEstates") BrokenEstate broken) {
    Statistics.label("rule")
        .collect(broken.rule())
        .coverage(
            coverage -> {
              for (EstateRule rule : EstateRule.values()) {
                coverage.check(rule).percentage(p -> p > 1);
              }
            });
  }

  @Property(tries = 500)
  void brokenResourceHasTheKindTheRuleNames(@ForAll("brokenEstates") BrokenEstate broken) {
    ResourceId at = broken.resource();
    ResourceId.Kind expected =
        switch (broken.rule()) {
          case TIER_1_INELIGIBLE_TIER,
              TIER_2_OLDER_DEPLOYMENT,
              TIER_2_UNKNOWN_DEPLOYMENT,
              TIER_3_ISOLATED_PLAN,
              NET_6_TOO_MANY_PLAN_INTEGRATIONS ->
              ResourceId.Kind.SERVER_FARM;
          case TIER_5_DOCKER_COMPOSE,
              NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS,
              NET_10_SLOT_ONLY_INTEGRATION,
              FN_1_VNET_TRIGGERS_ON_CONSUMPTION,
              FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION,
              FN_2_SCALE_MONITORING_OFF,
              FN_2_RUNTIME_TOO_OLD,
              FN_2_EXTENSION_BELOW_MINIMUM,
              FN_3_HYBRID_CONNECTIONS_ON_LINUX,
              FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION ->
              ResourceId.Kind.SITE;
          case NET_1_REGION_MISMATCH,
              NET_1_CLASSIC_VNET,
              NET_2_IPV6_ADDRESS_SPACE,
              NET_8_VNET_IN_OTHER_SUBSCRIPTION,
              NET_9_CLASSIC_PEERING ->
              ResourceId.Kind.VIRTUAL_NETWORK;
          case NET_3_UNDELEGATED_SUBNET,
              NET_3_FOREIGN_DELEGATION,
              NET_4_SERVICE_ENDPOINT_POLICIES,
              NET_5_SHARED_SUBNET,
              NET_5_SHARED_SUBNET_TOO_SMALL,
              NET_5_SHARED_ACROSS_SUBSCRIPTIONS,
              CAP_3_CONTAINER_ADDRESSES,
              CAP_5_NO_SCALE_HEADROOM,
              CAP_7_SUBNET_TOO_SMALL,
              LIFE_3_ORPHANED_DELEGATION ->
              ResourceId.Kind.SUBNET;
        };
    assertThat(at.kind()).isEqualTo(expected);
  }

  @Property(tries = 1_000)
  void net5SharedSubnetWouldBeValidWithMpsj(@ForAll("sharedSubnetEstates") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet shared = estate.subnet(broken.resource()).orElseThrow();
    List<AppServicePlan> plans = EstateChecker.plansIntegratedWith(estate, shared.id());
    assertThat(plans).hasSize(2);
    assertThat(plans).noneMatch(AppServicePlan::multiPlanSubnetJoin);
    assertThat(shared.addressPrefix().prefixLength()).isLessThanOrEqualTo(26);
    assertThat(plans.get(0).id().sameSubscription(plans.get(1).id())).isTrue();
    assertThat(sharedNeed(estate, plans))
        .as("CAP-8: the sum over the plans fits")
        .isLessThanOrEqualTo(EstateChecker.usable(shared.addressPrefix().prefixLength()));
  }

  private static long sharedNeed(Estate estate, List<AppServicePlan> plans) {
    return plans.stream()
        .mapToLong(p -> 2L * p.maxInstances() * EstateChecker.cost(estate, p))
        .sum();
  }

  @Provide
  Arbitrary<BrokenEstate> sharedSubnetEstates() {
    return VnetArbitraries.estates().withPlans(1, 1).breaking(EstateRule.NET_5_SHARED_SUBNET);
  }

  @Property(tries = 1_000)
  void net5TooSmallIsOnlyTooSmall(@ForAll("tooSmallSharedEstates") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet shared = estate.subnet(broken.resource()).orElseThrow();
    List<AppServicePlan> plans = EstateChecker.plansIntegratedWith(estate, shared.id());
    assertThat(plans).hasSize(2).allMatch(AppServicePlan::multiPlanSubnetJoin);
    assertThat(shared.addressPrefix().prefixLength()).isBetween(27, 28);
    assertThat(sharedNeed(estate, plans))
        .isLessThanOrEqualTo(EstateChecker.usable(shared.addressPrefix().prefixLength()));
  }

  @Provide
  Arbitrary<BrokenEstate> tooSmallSharedEstates() {
    return VnetArbitraries.estates()
        .withPlans(1, 1)
        .breaking(EstateRule.NET_5_SHARED_SUBNET_TOO_SMALL);
  }

  @Property(tries = 1_000)
  void net5AcrossSubscriptionsKeepsTheVnetWithTheFirstPlan(
      @ForAll("crossSubscriptionEstates") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet shared = estate.subnet(broken.resource()).orElseThrow();
    List<AppServicePlan> plans = EstateChecker.plansIntegratedWith(estate, shared.id());
    assertThat(plans).hasSize(2).allMatch(AppServicePlan::multiPlanSubnetJoin);
    assertThat(plans.get(0).id().sameSubscription(plans.get(1).id())).isFalse();
    assertThat(shared.id().sameSubscription(estate.plans().get(0).id())).isTrue();
    assertThat(estate.appsOn(plans.get(1).id()))
        .allMatch(a -> a.id().sameSubscription(plans.get(1).id()));
    assertThat(shared.addressPrefix().prefixLength()).isLessThanOrEqualTo(26);
    assertThat(EstateChecker.subscriptions(estate)).hasSize(2);
  }

  @Provide
  Arbitrary<BrokenEstate> crossSubscriptionEstates() {
    return VnetArbitraries.estates()
        .withPlans(1, 1)
        .breaking(EstateRule.NET_5_SHARED_ACROSS_SUBSCRIPTIONS);
  }

  @Property(tries = 1_000)
  void consumptionBreaksPutTheFirstAppOnAnUnintegratedY1Plan(
      @ForAll("consumptionEstates") BrokenEstate broken) {
    Estate estate = broken.estate();
    App app = estate.app(broken.resource()).orElseThrow();
    AppServicePlan plan = estate.planOf(app);
    assertThat(plan.tier()).isEqualTo(PricingTier.DYNAMIC);
    assertThat(plan.vnetIntegrations()).isEmpty();
    assertThat(app.kind()).isEqualTo(AppKind.FUNCTION_APP);
    assertThat(estate.appsOn(plan.id()))
        .allMatch(a -> a.virtualNetworkSubnetId().isEmpty())
        .allMatch(a -> a.slots().stream().allMatch(s -> s.virtualNetworkSubnetId().isEmpty()));
  }

  @Provide
  Arbitrary<BrokenEstate> consumptionEstates() {
    return Arbitraries.oneOf(
        VnetArbitraries.estates().breaking(EstateRule.FN_1_VNET_TRIGGERS_ON_CONSUMPTION),
        VnetArbitraries.estates().breaking(EstateRule.FN_1_HYBRID_CONNECTIONS_ON_CONSUMPTION),
        VnetArbitraries.estates().breaking(EstateRule.FN_4_RESTRICTED_STORAGE_ON_CONSUMPTION));
  }

  @Property(tries = 1_000)
  @Label("FN-2: exactly one trigger extension is below its minimum, often by a near miss")
  void fn2ExtensionBreaksAreOneVersionBelowItsMinimum(
      @ForAll("extensionBelowMinimum") BrokenEstate broken) {
    App app = broken.estate().app(broken.resource()).orElseThrow();
    Map<String, String> triggers = app.functionsSettings().vnetTriggerExtensions();
    long below =
        triggers.entrySet().stream()
            .filter(
                e ->
                    FunctionsFacts.extension(e.getKey())
                        .map(x -> EstateChecker.compareVersions(e.getValue(), x.minimum()) < 0)
                        .orElse(false))
            .count();
    assertThat(below).isEqualTo(1);
    assertThat(app.functionsSettings().runtimeScaleMonitoringEnabled()).isTrue();
    String version = triggers.values().iterator().next();
    Statistics.label("below-minimum version").collect(version);
  }

  @Provide
  Arbitrary<BrokenEstate> extensionBelowMinimum() {
    return VnetArbitraries.estates().breaking(EstateRule.FN_2_EXTENSION_BELOW_MINIMUM);
  }

  @Property(tries = 1_000)
  @Label("LIFE-3: the orphaned subnet links to a plan that is not in the estate, and serves none")
  void life3OrphansLinkToAMissingPlan(@ForAll("orphans") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet orphan = estate.subnet(broken.resource()).orElseThrow();
    assertThat(orphan.serviceAssociationLinks()).hasSize(1);
    assertThat(estate.plan(orphan.serviceAssociationLinks().get(0))).isEmpty();
    assertThat(orphan.isDelegatedTo(Subnet.SERVER_FARMS_DELEGATION)).isTrue();
    assertThat(EstateChecker.plansIntegratedWith(estate, orphan.id())).isEmpty();
    assertThat(orphan.virtualNetworkId())
        .isEqualTo(estate.plans().get(0).vnetIntegrations().get(0).parent().orElseThrow());
  }

  @Provide
  Arbitrary<BrokenEstate> orphans() {
    return VnetArbitraries.estates().breaking(EstateRule.LIFE_3_ORPHANED_DELEGATION);
  }

  @Property(tries = 1_000)
  @Label("NET-10: the first app's slot is integrated with the plan's integration, the app is not")
  void net10BreaksIntegrateOnlyTheSlot(@ForAll("slotOnly") BrokenEstate broken) {
    Estate estate = broken.estate();
    App app = estate.app(broken.resource()).orElseThrow();
    assertThat(app.virtualNetworkSubnetId()).isEmpty();
    assertThat(app.slots()).hasSize(1);
    assertThat(app.slots().get(0).virtualNetworkSubnetId())
        .contains(estate.planOf(app).vnetIntegrations().get(0));
  }

  @Provide
  Arbitrary<BrokenEstate> slotOnly() {
    return VnetArbitraries.estates().breaking(EstateRule.NET_10_SLOT_ONLY_INTEGRATION);
  }

  @Property(tries = 1_000)
  void cap5BreaksAreOneInstanceOverTheHeadroomLimitAtTheSmallest(
      @ForAll("cap5Estates") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet subnet = estate.subnet(broken.resource()).orElseThrow();
    AppServicePlan plan = EstateChecker.plansIntegratedWith(estate, subnet.id()).get(0);
    long usable = EstateChecker.usable(subnet.addressPrefix().prefixLength());
    assertThat(plan.maxInstances())
        .isGreaterThan((int) (usable / 2))
        .isLessThanOrEqualTo((int) usable);
    assertThat(plan.maxInstances()).isLessThanOrEqualTo(8);
  }

  @Provide
  Arbitrary<BrokenEstate> cap5Estates() {
    return VnetArbitraries.estates()
        .withMaxInstancesUpTo(8)
        .breaking(EstateRule.CAP_5_NO_SCALE_HEADROOM);
  }
}

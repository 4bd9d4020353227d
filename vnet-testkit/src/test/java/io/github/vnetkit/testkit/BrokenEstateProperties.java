package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
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
                coverage.check(rule).percentage(p -> p > 2);
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
              TIER_3_ISOLATED_PLAN,
              NET_6_TOO_MANY_PLAN_INTEGRATIONS ->
              ResourceId.Kind.SERVER_FARM;
          case TIER_5_DOCKER_COMPOSE, NET_6_APP_OUTSIDE_PLAN_INTEGRATIONS -> ResourceId.Kind.SITE;
          case NET_1_REGION_MISMATCH, NET_1_CLASSIC_VNET, NET_2_IPV6_ADDRESS_SPACE ->
              ResourceId.Kind.VIRTUAL_NETWORK;
          default -> ResourceId.Kind.SUBNET;
        };
    assertThat(at.kind()).isEqualTo(expected);
  }

  @Property(tries = 1_000)
  void net5SharedSubnetWouldBeValidWithMpsj(@ForAll("sharedSubnetEstates") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet shared = estate.subnet(broken.resource()).orElseThrow();
    List<AppServicePlan> plans = EstateChecker.plansIntegratedWith(estate, shared.id());
    assertThat(plans).hasSize(2);
    assertThat(shared.addressPrefix().prefixLength()).isLessThanOrEqualTo(26);
    assertThat(plans.get(0).id().sameSubscription(plans.get(1).id())).isTrue();
    long need =
        plans.stream().mapToLong(p -> 2L * p.maxInstances() * EstateChecker.cost(estate, p)).sum();
    assertThat(EstateChecker.usable(shared.addressPrefix().prefixLength()))
        .as("CAP-8: the sum over the plans fits")
        .isGreaterThanOrEqualTo(need);
  }

  @Provide
  Arbitrary<BrokenEstate> sharedSubnetEstates() {
    return VnetArbitraries.estates().withPlans(1, 1).breaking(EstateRule.NET_5_SHARED_SUBNET);
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

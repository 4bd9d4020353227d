package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/** "One rule broken" estates break exactly the requested rule, and nothing else. */
class BrokenEstateProperties {

  @Property(tries = 10_000)
  void brokenEstatesBreakExactlyTheRequestedRule(
      @ForAll("brokenEstates") Tuple2<EstateRule, Estate> broken) {
    EstateRule rule = broken.get1();
    Estate estate = broken.get2();
    Statistics.collect(rule);
    assertThat(EstateChecker.referenceProblems(estate)).isEmpty();
    assertThat(EstateChecker.violations(estate)).as(estate.toString()).containsExactly(rule);
    assertThat(estate.brokenRule()).contains(rule);
    assertThat(estate.toString()).contains("breaking " + rule.specId());
  }

  /** One arbitrary per rule, chosen by {@code oneOf}: their generators are built once. */
  @Provide
  Arbitrary<Tuple2<EstateRule, Estate>> brokenEstates() {
    List<Arbitrary<Tuple2<EstateRule, Estate>>> perRule = new ArrayList<>();
    for (EstateRule rule : EstateRule.values()) {
      perRule.add(
          VnetArbitraries.estates()
              .withPlans(1, 3)
              .withAppsPerPlan(3)
              .breaking(rule)
              .map(e -> Tuple.of(rule, e)));
    }
    return Arbitraries.oneOf(perRule);
  }

  @Property(tries = 500)
  void brokenResourceHasTheKindTheRuleNames(
      @ForAll("brokenEstates") Tuple2<EstateRule, Estate> broken) {
    ResourceId at = broken.get2().brokenResource().orElseThrow();
    ResourceId.Kind expected =
        switch (broken.get1()) {
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
  void net5SharedSubnetWouldBeValidWithMpsj(@ForAll("sharedSubnetEstates") Estate estate) {
    Subnet shared = estate.subnet(estate.brokenResource().orElseThrow()).orElseThrow();
    List<AppServicePlan> plans = estate.plansIntegratedWith(shared.id());
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
  Arbitrary<Estate> sharedSubnetEstates() {
    return VnetArbitraries.estates().withPlans(1, 1).breaking(EstateRule.NET_5_SHARED_SUBNET);
  }

  @Property(tries = 1_000)
  void cap5BreaksAreOneInstanceOverTheHeadroomLimitAtTheSmallest(
      @ForAll("cap5Estates") Estate estate) {
    Subnet subnet = estate.subnet(estate.brokenResource().orElseThrow()).orElseThrow();
    AppServicePlan plan = estate.plansIntegratedWith(subnet.id()).get(0);
    long usable = EstateChecker.usable(subnet.addressPrefix().prefixLength());
    assertThat(plan.maxInstances())
        .isGreaterThan((int) (usable / 2))
        .isLessThanOrEqualTo((int) usable);
    assertThat(plan.maxInstances()).isLessThanOrEqualTo(8);
  }

  @Provide
  Arbitrary<Estate> cap5Estates() {
    return VnetArbitraries.estates()
        .withMaxInstancesUpTo(8)
        .breaking(EstateRule.CAP_5_NO_SCALE_HEADROOM);
  }
}

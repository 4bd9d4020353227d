package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.testkit.BrokenEstate;
import io.github.vnetkit.testkit.EstateRule;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * vnet-testkit sizes the subnets of its estates with its own copy of the CAP arithmetic (it cannot
 * depend on the planner); these properties check that copy against {@link SubnetPlanner}, the owner
 * of the CAP rules: every integration subnet of a valid estate fits its plan, and the capacity
 * rules an estate breaks on purpose are broken for the planner too, in the way the rule says.
 */
class TestkitAgreementProperties {

  private static final Set<EstateRule> CAPACITY_BREAKS =
      EnumSet.of(
          EstateRule.CAP_3_CONTAINER_ADDRESSES,
          EstateRule.CAP_5_NO_SCALE_HEADROOM,
          EstateRule.CAP_7_SUBNET_TOO_SMALL,
          EstateRule.NET_5_SHARED_SUBNET,
          EstateRule.NET_5_SHARED_SUBNET_TOO_SMALL);

  /** CAP-3: the plan's demand, counting its apps when it is a Windows-container plan. */
  private static PlanDemand demand(Estate estate, AppServicePlan plan) {
    return PlanDemand.of(plan, plan.hyperV() ? estate.appsOn(plan.id()).size() : 0);
  }

  private static List<AppServicePlan> plansOn(Estate estate, ResourceId subnetId) {
    return estate.plans().stream().filter(p -> p.vnetIntegrations().contains(subnetId)).toList();
  }

  /** Each integration subnet holds the plans on it, summed when several share it (CAP-8). */
  private static void everyIntegrationFits(Estate estate) {
    for (AppServicePlan plan : estate.plans()) {
      for (ResourceId subnetId : plan.vnetIntegrations()) {
        Subnet subnet = estate.subnet(subnetId).orElseThrow();
        List<PlanDemand> demands =
            plansOn(estate, subnetId).stream().map(p -> demand(estate, p)).toList();
        FitResult fit =
            SubnetPlanner.check(subnet.addressPrefix(), demands, PlanningOptions.defaults());
        assertThat(fit.fits()).as("%s%n%s", fit, estate).isTrue();
      }
    }
  }

  @Property(tries = 10_000)
  @Label(
      "CAP-1, CAP-3, CAP-5, CAP-7, CAP-8: every integration subnet of a valid estate holds its"
          + " plans")
  void validEstatesFitPerThePlanner(@ForAll("estates") Estate estate) {
    everyIntegrationFits(estate);
  }

  @Provide
  Arbitrary<Estate> estates() {
    return VnetArbitraries.estates().withPlans(1, 4).withAppsPerPlan(3).withVirtualNetworks(3);
  }

  @Property(tries = 10_000)
  @Label("CAP-1, CAP-7: integration-ready subnets are sizes the planner accepts for integration")
  void integrationReadySubnetsMeetThePlannersMinimum(@ForAll("subnets") Subnet subnet) {
    int prefix = subnet.addressPrefix().prefixLength();
    assertThat(SubnetPlanner.integrationAllowed(prefix)).isTrue();
    assertThat(SubnetPlanner.check(subnet.addressPrefix(), PlanDemand.of(1)).fits()).isTrue();
  }

  @Provide
  Arbitrary<Subnet> subnets() {
    return VnetArbitraries.subnets();
  }

  @Property(tries = 10_000)
  @Label(
      "CAP-5: a CAP_5_NO_SCALE_HEADROOM subnet holds its plan at steady state, not with headroom")
  void cap5BreaksAreCap5ForThePlanner(@ForAll("cap5") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet subnet = estate.subnet(broken.resource()).orElseThrow();
    List<AppServicePlan> plans = plansOn(estate, subnet.id());
    assertThat(plans).hasSize(1);
    FitResult fit = SubnetPlanner.check(subnet.addressPrefix(), demand(estate, plans.get(0)));
    assertThat(fit.meetsMinimum()).as("%s", fit).isTrue();
    assertThat(fit.fitsSteady()).as("%s", fit).isTrue();
    assertThat(fit.fitsWithScaleHeadroom()).as("%s", fit).isFalse();
    assertThat(fit.fits()).isFalse();
  }

  @Provide
  Arbitrary<BrokenEstate> cap5() {
    return VnetArbitraries.estates().withPlans(1, 3).breaking(EstateRule.CAP_5_NO_SCALE_HEADROOM);
  }

  @Property(tries = 10_000)
  @Label(
      "CAP-7: a CAP_7_SUBNET_TOO_SMALL subnet is below the minimum, though its addresses suffice")
  void cap7BreaksAreCap7ForThePlanner(@ForAll("cap7") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet subnet = estate.subnet(broken.resource()).orElseThrow();
    AppServicePlan plan = plansOn(estate, subnet.id()).get(0);
    FitResult fit = SubnetPlanner.check(subnet.addressPrefix(), demand(estate, plan));
    assertThat(fit.meetsMinimum()).as("%s", fit).isFalse();
    assertThat(fit.fits()).isFalse();
    assertThat(fit.usableAddresses()).isGreaterThanOrEqualTo(fit.scaleHeadroomAddresses());
  }

  @Provide
  Arbitrary<BrokenEstate> cap7() {
    return VnetArbitraries.estates().withPlans(1, 3).breaking(EstateRule.CAP_7_SUBNET_TOO_SMALL);
  }

  @Property(tries = 2_000)
  @Label("CAP-3: a CAP_3_CONTAINER_ADDRESSES subnet fits only if container apps cost nothing")
  void cap3BreaksAreCap3ForThePlanner(@ForAll("cap3") BrokenEstate broken) {
    Estate estate = broken.estate();
    Subnet subnet = estate.subnet(broken.resource()).orElseThrow();
    AppServicePlan plan = plansOn(estate, subnet.id()).get(0);
    assertThat(plan.hyperV()).isTrue();
    assertThat(SubnetPlanner.check(subnet.addressPrefix(), demand(estate, plan)).fits()).isFalse();
    assertThat(SubnetPlanner.check(subnet.addressPrefix(), PlanDemand.of(plan, 0)).fits()).isTrue();
  }

  @Provide
  Arbitrary<BrokenEstate> cap3() {
    return VnetArbitraries.estates().breaking(EstateRule.CAP_3_CONTAINER_ADDRESSES);
  }

  @Property(tries = 2_000)
  @Label("CAP-7, CAP-8: a NET_5_SHARED_SUBNET subnet holds both plans with multi-plan subnet join")
  void sharedSubnetsHoldBothPlansWithMultiPlanJoin(@ForAll("shared") BrokenEstate broken) {
    Subnet subnet = broken.estate().subnet(broken.resource()).orElseThrow();
    List<PlanDemand> demands = demandsOnBrokenSubnet(broken);
    assertThat(demands).hasSize(2);
    FitResult fit =
        SubnetPlanner.check(
            subnet.addressPrefix(), demands, PlanningOptions.builder().multiPlan(true).build());
    assertThat(fit.fits()).as("%s", fit).isTrue();
  }

  /** The demands of the plans integrated with the broken subnet, each as its estate says. */
  private static List<PlanDemand> demandsOnBrokenSubnet(BrokenEstate broken) {
    Estate estate = broken.estate();
    return plansOn(estate, broken.resource()).stream().map(p -> demand(estate, p)).toList();
  }

  @Provide
  Arbitrary<BrokenEstate> shared() {
    return VnetArbitraries.estates().breaking(EstateRule.NET_5_SHARED_SUBNET);
  }

  @Property(tries = 2_000)
  @Label("CAP-7, CAP-8: a NET_5_SHARED_SUBNET_TOO_SMALL subnet holds both plans but is below /26")
  void tooSmallSharedSubnetsMissOnlyTheMultiPlanMinimum(@ForAll("tooSmall") BrokenEstate broken) {
    Subnet subnet = broken.estate().subnet(broken.resource()).orElseThrow();
    List<PlanDemand> demands = demandsOnBrokenSubnet(broken);
    assertThat(demands).hasSize(2);
    FitResult fit =
        SubnetPlanner.check(subnet.addressPrefix(), demands, PlanningOptions.defaults());
    assertThat(fit.meetsMinimum()).as("%s", fit).isFalse();
    assertThat(fit.usableAddresses()).isGreaterThanOrEqualTo(fit.scaleHeadroomAddresses());
  }

  @Provide
  Arbitrary<BrokenEstate> tooSmall() {
    return VnetArbitraries.estates().breaking(EstateRule.NET_5_SHARED_SUBNET_TOO_SMALL);
  }

  @Property(tries = 2_000)
  @Label("CAP-5: estates that break a non-capacity rule keep every integration subnet big enough")
  void otherBreaksKeepCapacity(@ForAll("otherBreaks") BrokenEstate broken) {
    everyIntegrationFits(broken.estate());
  }

  @Provide
  Arbitrary<BrokenEstate> otherBreaks() {
    return VnetArbitraries.estates()
        .breakingAnyRule()
        .filter(b -> !CAPACITY_BREAKS.contains(b.rule()));
  }
}

package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.APP;
import static io.github.vnetkit.planner.check.Fixtures.PLAN;
import static io.github.vnetkit.planner.check.Fixtures.SUBNET;
import static io.github.vnetkit.planner.check.Fixtures.app;
import static io.github.vnetkit.planner.check.Fixtures.appId;
import static io.github.vnetkit.planner.check.Fixtures.check;
import static io.github.vnetkit.planner.check.Fixtures.clean;
import static io.github.vnetkit.planner.check.Fixtures.plan;
import static io.github.vnetkit.planner.check.Fixtures.planId;
import static io.github.vnetkit.planner.check.Fixtures.withPlan;
import static io.github.vnetkit.planner.check.Fixtures.withSubnet;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.Cidr;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.planner.PlanDemand;
import io.github.vnetkit.planner.SubnetPlanner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Capacity findings are the subnet planner's answers (CAP-5, CAP-7, CAP-8), not recomputed. */
class CapacityRulesTest {

  private static Estate sized(String prefix, int maxInstances) {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.addressPrefix(Cidr.parse(prefix)));
    return withPlan(estate, PLAN, p -> p.maxInstances(maxInstances));
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.1.0/28, 11, 5",
    "10.0.1.0/27, 27, 13",
    "10.0.1.0/26, 59, 29",
    "10.0.1.0/25, 123, 61",
    "10.0.1.0/24, 251, 125"
  })
  @DisplayName("CAP-5: the published table: a plan at the headroom maximum fits, one more warns")
  void cap5_publishedTable(String prefix, int steady, int headroom) {
    assertThat(check(sized(prefix, headroom)).findings("CAP-5")).isEmpty();
    assertThat(check(sized(prefix, headroom + 1)).findings("CAP-5"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .contains(steady + " usable addresses", "scale operation", "CAP-5");
            });
    assertThat(check(sized(prefix, steady)).findings("CAP-5"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(check(sized(prefix, steady + 1)).findings("CAP-5"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  @DisplayName("CAP-5: the finding is the planner's answer for the same subnet and plan")
  void cap5_reusesThePlannersAnswer() {
    Estate estate = sized("10.0.1.0/27", 20);
    AppServicePlan plan = estate.plan(PLAN).orElseThrow();
    var fit = SubnetPlanner.check(Cidr.parse("10.0.1.0/27"), PlanDemand.of(plan));
    assertThat(check(estate).findings("CAP-5"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains(
                        fit.steadyAddresses() + " addresses",
                        fit.usableAddresses() + " usable addresses",
                        String.join(", ", fit.rules())));
  }

  @Test
  @DisplayName("CAP-3: a Windows-container plan takes 1 + apps addresses per instance")
  void cap3_windowsContainers() {
    Estate estate = withPlan(clean(), PLAN, p -> p.hyperV(true).maxInstances(10));
    Estate.Builder b = Estate.builder().from(estate);
    for (int i = 0; i < 3; i++) {
      b.addApps(app(appId("c" + i), PLAN, SUBNET));
    }
    // 10 x (4 + 1) = 50 steady ([002]); /26 has 59 usable; headroom needs 100
    assertThat(check(b.build()).findings("CAP-5"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("(1 + 4 container apps)", "(50 addresses)", "100");
            });
  }

  @Test
  @DisplayName("CAP-7: a /29 is below the /28 minimum for integration")
  void cap7_below28() {
    Estate estate = withSubnet(clean(), SUBNET, s -> s.addressPrefix(Cidr.parse("10.0.1.0/29")));
    assertThat(check(estate).findings("CAP-7"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("/28 or larger"));
    Estate tiny = withSubnet(clean(), SUBNET, s -> s.addressPrefix(Cidr.parse("10.0.1.0/30")));
    assertThat(check(tiny).findings("CAP-7"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("smaller than any subnet Azure allows"));
  }

  @Test
  @DisplayName("CAP-7: a /28 meets the minimum for an existing subnet")
  void cap7_holds() {
    assertThat(check(sized("10.0.1.0/28", 5)).isClean()).isTrue();
  }

  @Test
  @DisplayName("CAP-8: plans sharing a subnet need the sum of their addresses")
  void cap8_sumOverPlans() {
    ResourceId plan2 = planId("plan2");
    Estate estate =
        Estate.builder()
            .from(withPlan(clean(), PLAN, p -> p.multiPlanSubnetJoin(true).maxInstances(15)))
            .addPlans(
                AppServicePlan.builder()
                    .from(plan(plan2, "P1v3", OperatingSystem.LINUX))
                    .multiPlanSubnetJoin(true)
                    .maxInstances(15)
                    .addVnetIntegrations(SUBNET)
                    .build())
            .addApps(app(appId("api"), plan2, SUBNET))
            .build();
    // 15 + 15 = 30 steady fits 59 usable; 60 with headroom does not
    assertThat(check(estate).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("CAP-5");
              assertThat(f.resourceIds()).containsExactlyInAnyOrder(SUBNET, PLAN, plan2);
              assertThat(f.message()).contains("(30 addresses)", "60", "CAP-8");
            });
  }

  @Test
  @DisplayName("CAP-7: a shared subnet below /26 is NET-5's finding; below /28 it is CAP-7 too")
  void cap7_sharedBelow26IsNet5sFinding() {
    ResourceId plan2 = planId("plan2");
    Estate estate =
        Estate.builder()
            .from(withPlan(clean(), PLAN, p -> p.multiPlanSubnetJoin(true)))
            .addPlans(
                AppServicePlan.builder()
                    .from(plan(plan2, "P1v3", OperatingSystem.LINUX))
                    .multiPlanSubnetJoin(true)
                    .addVnetIntegrations(SUBNET)
                    .build())
            .addApps(app(appId("api"), plan2, SUBNET))
            .build();
    estate = withSubnet(estate, SUBNET, s -> s.addressPrefix(Cidr.parse("10.0.1.0/27")));
    assertThat(check(estate).ruleIds()).containsExactly("NET-5");
    Estate rejected = withSubnet(estate, SUBNET, s -> s.addressPrefix(Cidr.parse("10.0.1.0/29")));
    assertThat(check(rejected).ruleIds()).containsExactly("NET-5", "CAP-7");
    // the addresses are still judged: 2 x 15 instances need 30 of the /27's 27
    Estate crowded = withPlan(estate, PLAN, p -> p.maxInstances(15));
    crowded = withPlan(crowded, planId("plan2"), p -> p.maxInstances(15));
    assertThat(check(crowded).ruleIds()).containsExactly("NET-5", "CAP-5");
  }

  @Test
  void appOfAnotherPlanDoesNotChangeTheDemand() {
    assertThat(check(clean()).findingsAbout(APP)).isEmpty();
  }
}

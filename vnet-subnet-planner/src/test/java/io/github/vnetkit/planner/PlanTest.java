package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.OperatingSystem;
import io.github.vnetkit.model.Region;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Sku;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final String SUB = "00000000-0000-0000-0000-000000000001";
  private static final PlanningOptions NO_HEADROOM =
      PlanningOptions.builder().scaleHeadroom(false).build();

  static AppServicePlan plan(String name, int max, boolean hyperV) {
    return AppServicePlan.builder()
        .id(ResourceId.serverFarm(SUB, "rg", name))
        .region(Region.of("West Europe"))
        .sku(Sku.parse("P1v3"))
        .operatingSystem(hyperV ? OperatingSystem.WINDOWS : OperatingSystem.LINUX)
        .hyperV(hyperV)
        .currentInstances(1)
        .maxInstances(max)
        .build();
  }

  @Test
  @DisplayName("CAP-3: [002] example, 10 Windows-container instances x (4 + 1) = 50 addresses")
  void cap3_windowsContainerExample() {
    PlanDemand demand = PlanDemand.of(10, 4);
    assertThat(demand.addressesPerInstance()).isEqualTo(5);
    assertThat(demand.steadyAddresses()).isEqualTo(50);

    PlanResult steady = SubnetPlanner.plan(demand, NO_HEADROOM);
    assertThat(steady.addressesNeeded()).isEqualTo(50);
    assertThat(steady.smallestPrefix()).hasValue(26); // 59 usable >= 50; a /27 has 27
    assertThat(steady.rules()).contains("CAP-3");
    assertThat(steady.explanation()).contains("10 instances x (4 Windows-container apps + 1) = 50");

    PlanResult withHeadroom = SubnetPlanner.plan(demand);
    assertThat(withHeadroom.addressesNeeded()).isEqualTo(100);
    assertThat(withHeadroom.smallestPrefix()).hasValue(25); // 123 usable >= 100
  }

  @Test
  @DisplayName("CAP-3: the same example from a Hyper-V AppServicePlan")
  void cap3_fromAppServicePlan() {
    AppServicePlan hyperV = plan("containers", 10, true);

    PlanDemand demand = PlanDemand.of(hyperV, 4);
    assertThat(demand.steadyAddresses()).isEqualTo(50);
    assertThat(demand.planId()).hasValue(hyperV.id());
    assertThat(SubnetPlanner.plan(demand, NO_HEADROOM).explanation())
        .contains("plan 'containers': 10 instances");
  }

  @Test
  @DisplayName("CAP-6: an AppServicePlan is sized for maxInstances, not the current count")
  void cap6_sizedForMaxInstances() {
    PlanDemand demand = PlanDemand.of(plan("web", 30, false));
    assertThat(demand.instances()).isEqualTo(30);
    assertThat(SubnetPlanner.plan(demand).addressesNeeded()).isEqualTo(60);
  }

  @Test
  void hyperVPlanNeedsItsContainerAppCount() {
    assertThatThrownBy(() -> PlanDemand.of(plan("containers", 10, true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("containers")
        .hasMessageContaining("Hyper-V");
    assertThatThrownBy(() -> PlanDemand.of(plan("web", 10, false), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowsContainerApps (2)")
        .hasMessageContaining("web");
  }

  @Test
  @DisplayName("CAP-4, CAP-6: 30 instances with headroom need 60 addresses: /25, since /26 has 59")
  void cap6_thirtyInstances() {
    PlanResult r = SubnetPlanner.plan(PlanDemand.of(30));

    assertThat(r.steadyAddresses()).isEqualTo(30);
    assertThat(r.addressesNeeded()).isEqualTo(60);
    assertThat(r.smallestPrefix()).hasValue(25);
    assertThat(r.recommendedPrefix()).hasValue(25);
    assertThat(r.fits()).isTrue();
    assertThat(r.rules())
        .containsExactly("CAP-2", "CAP-4", "CAP-6", "CAP-7", "CAP-1", "CAP-5", "CAP-9");
    assertThat(r.explanation()).contains("a /26 has only 59");
  }

  @Test
  @DisplayName("CAP-7: existing subnet minimum /28; CAP-6: /26 recommended beside it")
  void cap7_existingMinimum_recommendationBeside() {
    PlanResult r = SubnetPlanner.plan(PlanDemand.of(2));

    assertThat(r.minimumPrefixLength()).isEqualTo(28);
    assertThat(r.smallestPrefix()).hasValue(28); // 4 addresses fit a /29, but /28 is the minimum
    assertThat(r.recommendedPrefix()).hasValue(26);
    assertThat(r.explanation()).contains("smallest /28, the minimum for an existing subnet");
  }

  @Test
  @DisplayName("CAP-7: a subnet the portal creates is at least a /27")
  void cap7_portalMinimum() {
    PlanResult r =
        SubnetPlanner.plan(PlanDemand.of(2), PlanningOptions.builder().portalCreated(true).build());

    assertThat(r.minimumPrefixLength()).isEqualTo(27);
    assertThat(r.smallestPrefix()).hasValue(27);
    assertThat(r.recommendedPrefix()).hasValue(26);
    assertThat(r.explanation()).contains("a subnet the portal creates is /27");
  }

  @Test
  @DisplayName("CAP-7: multi-plan subnet join needs at least a /26")
  void cap7_multiPlanMinimum() {
    PlanResult r =
        SubnetPlanner.plan(PlanDemand.of(2), PlanningOptions.builder().multiPlan(true).build());

    assertThat(r.multiPlan()).isTrue();
    assertThat(r.minimumPrefixLength()).isEqualTo(26);
    assertThat(r.smallestPrefix()).hasValue(26);
    assertThat(r.rules()).contains("CAP-7", "CAP-8");
  }

  @Test
  @DisplayName("CAP-8: several plans share a subnet: the need is their sum, and MPSJ applies")
  void cap8_sumOverPlans() {
    List<PlanDemand> plans = List.of(PlanDemand.of(20), PlanDemand.of(10, 4));

    PlanResult r = SubnetPlanner.plan(plans, PlanningOptions.defaults());

    assertThat(r.multiPlan()).isTrue(); // implied by two plans
    assertThat(r.steadyAddresses()).isEqualTo(20 + 50);
    assertThat(r.addressesNeeded()).isEqualTo(140);
    assertThat(r.smallestPrefix()).hasValue(24); // 251 >= 140 > 123
    assertThat(r.explanation()).contains("sum over 2 plans: 70 addresses");
  }

  @Test
  @DisplayName("CAP-8: the plans' order does not change the answer")
  void cap8_orderDoesNotMatter() {
    PlanDemand a = PlanDemand.of(20);
    PlanDemand b = PlanDemand.of(10, 4);
    assertThat(SubnetPlanner.plan(List.of(a, b), PlanningOptions.defaults()))
        .isEqualTo(SubnetPlanner.plan(List.of(b, a), PlanningOptions.defaults()));
  }

  @Test
  @DisplayName("CAP-6: without headroom the smallest shrinks, the recommendation keeps headroom")
  void cap6_noHeadroomRecommendationKeepsHeadroom() {
    PlanResult r = SubnetPlanner.plan(PlanDemand.of(50), NO_HEADROOM);

    assertThat(r.addressesNeeded()).isEqualTo(50);
    assertThat(r.smallestPrefix()).hasValue(26);
    assertThat(r.recommendedPrefix()).hasValue(25); // 100 addresses with headroom
  }

  @Test
  @DisplayName("CAP-1: a need no Azure subnet holds is a result, not an exception")
  void cap1_doesNotFit() {
    PlanResult r = SubnetPlanner.plan(PlanDemand.of(Integer.MAX_VALUE, Integer.MAX_VALUE));

    assertThat(r.fits()).isFalse();
    assertThat(r.smallestPrefix()).isEqualTo(OptionalInt.empty());
    assertThat(r.recommendedPrefix()).isEqualTo(OptionalInt.empty());
    assertThat(r.addressesNeeded()).isEqualTo(2L * Integer.MAX_VALUE * (Integer.MAX_VALUE + 1L));
    assertThat(r.toString()).startsWith("does not fit");

    PlanDemand huge = PlanDemand.of(Integer.MAX_VALUE, Integer.MAX_VALUE);
    PlanResult saturated =
        SubnetPlanner.plan(List.of(huge, huge, huge), PlanningOptions.defaults());
    assertThat(saturated.addressesNeeded()).isEqualTo(Long.MAX_VALUE); // never overflows
    assertThat(saturated.fits()).isFalse();
  }

  @Test
  void badInputNamesTheInput() {
    assertThatThrownBy(() -> PlanDemand.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("instances (-1)");
    assertThatThrownBy(() -> PlanDemand.of(3, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("windowsContainerApps (-2)");
    assertThatThrownBy(() -> SubnetPlanner.plan(List.of(), PlanningOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("demands");
  }

  @Test
  @DisplayName("CAP-8: the same plan listed twice (ids compared ignoring case) is rejected")
  void cap8_samePlanTwiceIsRejected() {
    PlanDemand once = PlanDemand.of(plan("plan1", 10, false));
    PlanDemand again = PlanDemand.of(plan("PLAN1", 10, false));
    assertThatThrownBy(() -> SubnetPlanner.plan(List.of(once, again), PlanningOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plan1")
        .hasMessageContaining("twice");
    // distinct plans still sum (CAP-8)
    PlanDemand other = PlanDemand.of(plan("plan2", 10, false));
    assertThat(
            SubnetPlanner.plan(List.of(once, other), PlanningOptions.defaults()).steadyAddresses())
        .isEqualTo(20);
  }
}

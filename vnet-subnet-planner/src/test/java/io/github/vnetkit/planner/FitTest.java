package io.github.vnetkit.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.Cidr;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FitTest {

  @Test
  @DisplayName("CAP-5: a /27 holds 20 instances steady but not with headroom")
  void cap5_steadyButNotHeadroom() {
    FitResult r = SubnetPlanner.check(Cidr.parse("10.0.1.0/27"), PlanDemand.of(20));

    assertThat(r.subnet()).hasValue(Cidr.parse("10.0.1.0/27"));
    assertThat(r.usableAddresses()).isEqualTo(27);
    assertThat(r.meetsMinimum()).isTrue();
    assertThat(r.fitsSteady()).isTrue();
    assertThat(r.fitsWithScaleHeadroom()).isFalse();
    assertThat(r.fits()).isFalse();
    assertThat(r.spareAddresses()).isEqualTo(27 - 40);
    assertThat(r.meetsRecommendation()).isFalse();
    assertThat(r.explanation()).contains("whole 10.0.1.0/27 range");
  }

  @Test
  @DisplayName("CAP-7: a /28 is too small for multi-plan subnet join, whatever the need")
  void cap7_multiPlanNeedsSlash26() {
    FitResult r =
        SubnetPlanner.check(
            28, List.of(PlanDemand.of(1)), PlanningOptions.builder().multiPlan(true).build());

    assertThat(r.meetsMinimum()).isFalse();
    assertThat(r.fits()).isFalse();
    assertThat(r.fitsSteady()).isFalse();
    assertThat(r.explanation()).contains("smaller than /26, the minimum for multi-plan");
  }

  @Test
  @DisplayName("CAP-7: a /28 the portal would create is too small")
  void cap7_portalCreatedNeedsSlash27() {
    PlanningOptions portal = PlanningOptions.builder().portalCreated(true).build();
    assertThat(SubnetPlanner.check(28, List.of(PlanDemand.of(1)), portal).meetsMinimum()).isFalse();
    assertThat(SubnetPlanner.check(27, List.of(PlanDemand.of(1)), portal).fits()).isTrue();
  }

  @Test
  @DisplayName("CAP-7: a /29 never fits")
  void cap7_slash29NeverFits() {
    FitResult r = SubnetPlanner.check(29, PlanDemand.of(1));
    assertThat(r.meetsMinimum()).isFalse();
    assertThat(r.fits()).isFalse();
  }

  @Test
  @DisplayName("CAP-6: a /26 for 29 instances follows the recommendation")
  void cap6_recommendation() {
    FitResult r = SubnetPlanner.check(26, PlanDemand.of(29));
    assertThat(r.fits()).isTrue();
    assertThat(r.meetsRecommendation()).isTrue();
    assertThat(SubnetPlanner.check(26, PlanDemand.of(30)).fits()).isFalse();
  }

  @Test
  @DisplayName("CAP-8: two plans that fit alone can exceed a shared subnet")
  void cap8_sharedSubnet() {
    FitResult r =
        SubnetPlanner.check(
            26, List.of(PlanDemand.of(20), PlanDemand.of(15)), PlanningOptions.defaults());
    assertThat(r.multiPlan()).isTrue();
    assertThat(r.steadyAddresses()).isEqualTo(35);
    assertThat(r.fitsSteady()).isTrue();
    assertThat(r.fitsWithScaleHeadroom()).isFalse();
    assertThat(r.rules()).contains("CAP-8");
  }

  @Test
  void ipv6SubnetRejected() {
    assertThatThrownBy(() -> SubnetPlanner.check(Cidr.parse("2001:db8::/120"), PlanDemand.of(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2001:db8::/120'");
  }
}

package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.APP;
import static io.github.vnetkit.planner.check.Fixtures.PLAN;
import static io.github.vnetkit.planner.check.Fixtures.check;
import static io.github.vnetkit.planner.check.Fixtures.clean;
import static io.github.vnetkit.planner.check.Fixtures.withApp;
import static io.github.vnetkit.planner.check.Fixtures.withPlan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.DeploymentGeneration;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.Sku;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC section 1: TIER-1..TIER-5. */
class EligibilityRulesTest {

  @Test
  void cleanEstateIsStatedAsClean() {
    CheckResult result = check(clean());
    assertThat(result.isClean()).isTrue();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.toString()).startsWith("clean: no findings (checked TIER-1, TIER-2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"F1", "D1", "Y1", "FC1"})
  @DisplayName("TIER-1: Free, Shared, Consumption and Flex Consumption plans cannot integrate")
  void tier1_breaks(String sku) {
    Estate estate = withPlan(clean(), PLAN, p -> p.sku(Sku.parse(sku)));
    CheckResult result = check(estate);
    assertThat(result.findings("TIER-1"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.resourceIds()).containsExactly(PLAN);
              assertThat(f.message()).contains("plan1", "cannot use regional");
              assertThat(f.suggestedFix()).contains("PremiumV3");
            });
  }

  @Test
  @DisplayName("TIER-2: the original Premium tier on an older deployment cannot integrate")
  void tier2_premiumV1OnOlderDeploymentBreaks() {
    Estate estate =
        withPlan(
            clean(),
            PLAN,
            p -> p.sku(Sku.parse("P1")).deploymentGeneration(DeploymentGeneration.OLDER));
    assertThat(check(estate).findings("TIER-2"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1v2", "P1v3", "P1mv3", "P1v4", "EP1", "WS1", "P1"})
  @DisplayName("TIER-1: Premium tiers and ElasticPremium integrate")
  void tier1_holds(String sku) {
    Estate estate = withPlan(clean(), PLAN, p -> p.sku(Sku.parse(sku)));
    assertThat(check(estate).findings("TIER-1")).isEmpty();
  }

  @Test
  @DisplayName("TIER-1: a Free plan without any integration is not judged")
  void tier1_notIntegratedIsNotJudged() {
    Estate estate = withPlan(Fixtures.unintegrated(), PLAN, p -> p.sku(Sku.parse("F1")));
    assertThat(check(estate).isClean()).isTrue();
  }

  @Test
  @DisplayName("TIER-2: Basic on an older deployment cannot integrate (error)")
  void tier2_olderDeploymentBreaks() {
    Estate estate =
        withPlan(
            clean(),
            PLAN,
            p -> p.sku(Sku.parse("B1")).deploymentGeneration(DeploymentGeneration.OLDER));
    assertThat(check(estate).findings("TIER-2"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("older deployment");
              assertThat(f.suggestedFix()).contains("PremiumV2");
            });
  }

  @Test
  @DisplayName("TIER-2: Standard on an unknown deployment is a warning, not an error")
  void tier2_unknownDeploymentWarns() {
    Estate estate = withPlan(clean(), PLAN, p -> p.sku(Sku.parse("S1")));
    CheckResult result = check(estate);
    assertThat(result.findings("TIER-2"))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  @DisplayName("TIER-2: Standard on a newer deployment integrates")
  void tier2_holds() {
    Estate estate =
        withPlan(
            clean(),
            PLAN,
            p -> p.sku(Sku.parse("S1")).deploymentGeneration(DeploymentGeneration.NEWER));
    assertThat(check(estate).isClean()).isTrue();
  }

  @Test
  @DisplayName("TIER-2: PremiumV2 on an older deployment integrates")
  void tier2_premiumV2OnOlderDeploymentHolds() {
    Estate estate =
        withPlan(
            clean(),
            PLAN,
            p -> p.sku(Sku.parse("P1v2")).deploymentGeneration(DeploymentGeneration.OLDER));
    assertThat(check(estate).isClean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"I1", "I1v2", "I1mv2"})
  @DisplayName("TIER-3: an Isolated plan's integration is not applicable (info), not denied")
  void tier3_notApplicable(String sku) {
    Estate estate = withPlan(clean(), PLAN, p -> p.sku(Sku.parse(sku)));
    CheckResult result = check(estate);
    assertThat(result.findings("TIER-3"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("not applicable").doesNotContain("denied:");
            });
    assertThat(result.findings("TIER-1")).isEmpty();
  }

  @Test
  @DisplayName("TIER-3: a non-Isolated plan is not reported as not applicable")
  void tier3_holds() {
    assertThat(check(clean()).findings("TIER-3")).isEmpty();
  }

  @Test
  @DisplayName("TIER-4: an app that needs ping through the integration breaks it")
  void tier4_icmpBreaks() {
    CheckContext context =
        CheckContext.builder().addAppNeeds(AppNeed.of(APP, WorkloadNeed.ICMP)).build();
    CheckResult result = check(clean(), context);
    assertThat(result.findings("TIER-4"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.resourceIds()).containsExactly(APP);
              assertThat(f.message()).contains("ICMP", "TCP and UDP");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"WEB_APP", "FUNCTION_APP", "LOGIC_APP"})
  @DisplayName("TIER-4: web, function and logic apps integrate")
  void tier4_holds(String kind) {
    Estate estate = withApp(clean(), APP, a -> a.kind(AppKind.valueOf(kind)));
    assertThat(check(estate).findings("TIER-4")).isEmpty();
  }

  @Test
  @DisplayName("TIER-5: a Docker Compose app cannot integrate")
  void tier5_dockerComposeBreaks() {
    Estate estate = withApp(clean(), APP, a -> a.dockerCompose(true));
    assertThat(check(estate).findings("TIER-5"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("Docker Compose"));
  }

  @Test
  @DisplayName("TIER-5: drive mapping, domain join and NetBIOS are each a finding")
  void tier5_unsupportedNeedsBreak() {
    CheckContext context =
        CheckContext.builder()
            .addAppNeeds(
                AppNeed.of(APP, WorkloadNeed.DRIVE_MAPPING),
                AppNeed.of(APP, WorkloadNeed.AD_DOMAIN_JOIN),
                AppNeed.of(APP, WorkloadNeed.NETBIOS))
            .build();
    assertThat(check(clean(), context).findings("TIER-5"))
        .extracting(Finding::message)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).contains("network drive"))
        .anySatisfy(m -> assertThat(m).contains("domain join"))
        .anySatisfy(m -> assertThat(m).contains("NetBIOS"));
  }

  @Test
  @DisplayName("TIER-5: a single-container app without such needs integrates")
  void tier5_holds() {
    assertThat(check(clean()).findings("TIER-5")).isEmpty();
  }

  @Test
  @DisplayName("TIER-5: needs of an app that is not integrated are not judged")
  void tier5_needsOfUnintegratedAppAreNotJudged() {
    Estate estate = Fixtures.unintegrated();
    CheckContext context =
        CheckContext.builder().addAppNeeds(AppNeed.of(APP, WorkloadNeed.NETBIOS)).build();
    assertThat(check(estate, context).isClean()).isTrue();
  }
}

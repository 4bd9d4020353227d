package io.github.vnetkit.planner.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppKind;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.FunctionsSettings;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.testkit.BrokenEstate;
import io.github.vnetkit.testkit.EstateRule;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The checker against vnet-testkit's estates: a valid estate (multi-plan subnets, Functions
 * settings and service association links included) has no error and no warning, only infos; an
 * estate that breaks exactly one rule gets a finding for that rule about the broken resource, and
 * no error or warning of another rule. This also checks the testkit's copies of SPEC facts (the CAP
 * arithmetic, the FN-2 extension minimums, the NET-5 conditions) against the checker.
 */
class TestkitEstateProperties {

  /**
   * The rule id the checker reports a testkit rule under: its SPEC id, except that CAP-3 is a
   * capacity (CAP-5) finding, since the checker reports a subnet's capacity once, as CAP-5, with
   * the Windows-container apps counted in the plan's demand (the CAP-3 step is in its message).
   */
  private static String reportedAs(EstateRule rule) {
    return rule == EstateRule.CAP_3_CONTAINER_ADDRESSES ? "CAP-5" : rule.specId();
  }

  @Provide
  Arbitrary<Estate> valid() {
    return VnetArbitraries.estates();
  }

  @Provide
  Arbitrary<BrokenEstate> broken() {
    return VnetArbitraries.estates().breakingAnyRule();
  }

  /** Whether a finding is one a valid estate may have: an info. */
  private static boolean acceptable(Finding f) {
    return f.severity() == Severity.INFO;
  }

  @Property(tries = 10_000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void validEstatesHaveNoErrorOrWarning(@ForAll("valid") Estate e) {
    CheckResult result = EstateChecker.create().check(e);
    Statistics.label("findings").collect(result.ruleIds());
    assertThat(result.findings())
        .as("%s", e)
        .allSatisfy(f -> assertThat(acceptable(f)).as("%s", f).isTrue());
  }

  @Property(tries = 10_000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void anEstateBreakingOneRuleGetsThatFinding(@ForAll("broken") BrokenEstate broken) {
    EstateRule rule = broken.rule();
    Estate e = broken.estate();
    Statistics.label("rule").collect(rule);
    CheckResult result = EstateChecker.create().check(e);
    String expected = reportedAs(rule);
    List<Finding> hits = result.findings(expected);
    assertThat(hits).as("%s: %s", rule, e).isNotEmpty();
    assertThat(hits)
        .as("%s about %s: %s", rule, broken.resource(), result)
        .anySatisfy(f -> assertThat(f.resourceIds()).contains(broken.resource()));
    assertThat(result.findings())
        .as("%s: %s", rule, result)
        .filteredOn(f -> !f.ruleId().equals(expected))
        .allSatisfy(f -> assertThat(acceptable(f)).as("%s", f).isTrue());
    // TIER-3 answers "not applicable" (an info); every other testkit rule is an error or warning.
    if (rule != EstateRule.TIER_3_ISOLATED_PLAN) {
      assertThat(hits)
          .as("%s is an error or a warning: %s", rule, result)
          .anySatisfy(f -> assertThat(f.severity()).isIn(Severity.ERROR, Severity.WARNING));
    }
  }

  /** Every new-rule break at least, with more plans, apps and VNets than the defaults. */
  @Provide
  Arbitrary<BrokenEstate> busyBroken() {
    return VnetArbitraries.estates()
        .withPlans(1, 5)
        .withAppsPerPlan(3)
        .withVirtualNetworks(3)
        .breakingAnyRule();
  }

  @Property(tries = 300)
  void busierEstatesBreakingOneRuleGetOnlyThatFinding(@ForAll("busyBroken") BrokenEstate broken) {
    anEstateBreakingOneRuleGetsThatFinding(broken);
  }

  @Provide
  Arbitrary<Estate> busyValid() {
    return VnetArbitraries.estates().withPlans(2, 5).withAppsPerPlan(3).withVirtualNetworks(3);
  }

  @Property(tries = 300)
  void busierValidEstatesHaveNoErrorOrWarning(@ForAll("busyValid") Estate e) {
    validEstatesHaveNoErrorOrWarning(e);
  }

  @Provide
  Arbitrary<Estate> functionApps() {
    return VnetArbitraries.plans()
        .withSkus(
            VnetArbitraries.skus()
                .inTiers(
                    PricingTier.DYNAMIC,
                    PricingTier.ELASTIC_PREMIUM,
                    PricingTier.PREMIUM_V3,
                    PricingTier.BASIC,
                    PricingTier.ISOLATED_V2))
        .flatMap(
            plan ->
                VnetArbitraries.functionsSettings()
                    .validFor(plan)
                    .map(fs -> functionApp(plan, fs)));
  }

  /**
   * A function app on {@code plan} with {@code fs}, with the runtime FN-2 asks for, integrated with
   * a subnet outside the estate unless the plan is a Consumption plan (where integration is FN-1's
   * business, not the settings').
   */
  private static Estate functionApp(AppServicePlan plan, FunctionsSettings fs) {
    App.Builder app =
        App.builder()
            .id(ResourceId.site(plan.subscriptionId(), "rg", "fn"))
            .kind(AppKind.FUNCTION_APP)
            .planId(plan.id())
            .appSettings(AppSettings.builder().put("FUNCTIONS_EXTENSION_VERSION", "~4").build())
            .functionsSettings(fs);
    if (plan.tier() != PricingTier.DYNAMIC) {
      app.virtualNetworkSubnetId(ResourceId.subnet(plan.subscriptionId(), "rg", "v", "s"));
    }
    return Estate.builder().addPlans(plan).addApps(app.build()).build();
  }

  @Property(tries = 1_000)
  void functionsSettingsValidForAPlanGetNoFnErrorOrWarning(@ForAll("functionApps") Estate e) {
    CheckResult result = EstateChecker.create().check(e);
    assertThat(result.findings())
        .as("%s", result)
        .filteredOn(f -> f.ruleId().startsWith("FN-"))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}

package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Estate;
import io.github.vnetkit.model.Subnet;
import io.github.vnetkit.model.VirtualNetwork;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@code estates().withDefects(n)}: estates the model accepts that break any number of rules. The
 * real checker's view of them is pinned in vnet-subnet-planner ({@code CheckerProperties} and
 * {@code TestkitEstateProperties}); here the testkit's own oracle counts what they break.
 */
class DefectiveEstateProperties {

  @Provide
  Arbitrary<Estate> defective() {
    return VnetArbitraries.estates().withDefects(10);
  }

  /**
   * 10,000 estates, each built through the model's validating builders (a defect that produced an
   * invalid value would throw here); apps stay on plans of the estate, subnets stay /29 or larger
   * (Azure's smallest) inside their VNet, and together they break every rule the testkit knows.
   */
  @Property(tries = 10_000)
  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
  void defectiveEstatesAreModelValidAndBreakEveryRuleSomewhere(@ForAll("defective") Estate e) {
    assertThat(e.plans()).isNotEmpty();
    for (App app : e.apps()) {
      assertThat(e.plan(app.planId())).as("plan of %s", app.id()).isPresent();
    }
    for (VirtualNetwork vnet : e.virtualNetworks()) {
      for (Subnet subnet : vnet.subnets()) {
        assertThat(subnet.addressPrefix().prefixLength()).isBetween(16, 29);
        assertThat(vnet.addressSpaces()).anyMatch(s -> s.contains(subnet.addressPrefix()));
      }
    }
    Set<EstateRule> violations = EstateChecker.violations(e);
    for (EstateRule rule : EstateRule.values()) {
      Statistics.label(rule.name()).collect(violations.contains(rule));
    }
    Statistics.label("several rules broken").collect(violations.size() > 1);
    for (EstateRule rule : EstateRule.values()) {
      Statistics.label(rule.name()).coverage(coverage -> coverage.check(true).count(n -> n > 0));
    }
    Statistics.label("several rules broken")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 20));
  }

  @Property(tries = 1_000)
  void withoutDefectsAnEstateBreaksAtMostOneRule(@ForAll("withoutDefects") Estate e) {
    assertThat(EstateChecker.violations(e)).hasSizeLessThanOrEqualTo(1);
  }

  @Provide
  Arbitrary<Estate> withoutDefects() {
    return VnetArbitraries.estates().withDefects(0);
  }

  /** CAP-3 sizes a Windows-container plan's subnet for every app: still inside a /16 at 100. */
  @Property(tries = 1_000)
  void theLargestInstanceBoundFitsEveryRuleAndDefect(@ForAll("largest") Estate e) {
    assertThat(e.plans()).allSatisfy(p -> assertThat(p.maxInstances()).isBetween(1, 100));
    assertThat(e.virtualNetworks())
        .allSatisfy(
            v ->
                assertThat(v.subnets())
                    .allSatisfy(
                        s ->
                            assertThat(v.addressSpaces())
                                .anyMatch(space -> space.contains(s.addressPrefix()))));
  }

  @Provide
  Arbitrary<Estate> largest() {
    return VnetArbitraries.estates()
        .withMaxInstancesUpTo(100)
        .withVirtualNetworks(1)
        .withDefects(2);
  }

  @Example
  void aDefectiveEstateShrinksToOneSmallPlanAndTheOneDefectThatMatters() {
    Estate minimal =
        Shrinking.minimal(
            VnetArbitraries.estates().withPlans(1, 4).withDefects(12),
            e -> e.virtualNetworks().stream().anyMatch(VirtualNetwork::classic),
            5L);
    assertThat(minimal.plans()).hasSize(1);
    assertThat(minimal.apps()).hasSizeLessThanOrEqualTo(1);
    assertThat(minimal.virtualNetworks()).filteredOn(VirtualNetwork::classic).hasSize(1);
  }
}

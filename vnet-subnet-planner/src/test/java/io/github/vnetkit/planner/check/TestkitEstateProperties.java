package io.github.vnetkit.planner.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.Estate;
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

/**
 * The checker against vnet-testkit's estates: a valid estate has no error, and an estate that
 * breaks exactly one rule gets a finding for that rule about the broken resource, and no error of
 * another rule. The only warning a valid estate may get is NET-10's reminder that a slot is
 * integrated while production is not (the testkit's slots have their own integration, and [004]
 * says to integrate production before swapping).
 */
class TestkitEstateProperties {

  /** The rule id the checker reports a testkit rule under: CAP-3 is a capacity (CAP-5) finding. */
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

  /** Whether a finding is one a valid estate may have: an info, or the NET-10 swap reminder. */
  private static boolean acceptable(Finding f) {
    return f.severity() == Severity.INFO
        || (f.severity() == Severity.WARNING && f.ruleId().equals("NET-10"));
  }

  @Property(tries = 200)
  void validEstatesHaveNoError(@ForAll("valid") Estate e) {
    CheckResult result = EstateChecker.create().check(e);
    Statistics.label("findings").collect(result.ruleIds());
    assertThat(result.findings())
        .as("%s", e)
        .allSatisfy(f -> assertThat(acceptable(f)).as("%s", f).isTrue());
  }

  @Property(tries = 300)
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
  }
}

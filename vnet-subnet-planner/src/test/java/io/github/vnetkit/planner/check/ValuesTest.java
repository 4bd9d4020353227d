package io.github.vnetkit.planner.check;

import static io.github.vnetkit.planner.check.Fixtures.APP;
import static io.github.vnetkit.planner.check.Fixtures.PLAN;
import static io.github.vnetkit.planner.check.Fixtures.SUBNET;
import static io.github.vnetkit.planner.check.Fixtures.VNET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public value types: findings, results, permissions, context. */
class ValuesTest {

  private static Finding finding(String rule, Severity severity, ResourceId... ids) {
    return Finding.of(rule, severity, List.of(ids), "message " + rule, "fix " + rule);
  }

  @Test
  void findingsSortBySeverityThenSpecOrderThenResources() {
    List<Finding> sorted =
        List.of(
            finding("TIER-1", Severity.ERROR, PLAN),
            finding("NET-2", Severity.ERROR, VNET),
            finding("NET-10", Severity.ERROR, APP),
            finding("FN-1", Severity.ERROR, APP),
            finding("LIFE-3", Severity.ERROR, SUBNET),
            finding("NET-3", Severity.WARNING, SUBNET), // .../resourceGroups/net/... sorts first
            finding("NET-3", Severity.WARNING, PLAN),
            finding("TIER-3", Severity.INFO, PLAN));
    List<Finding> shuffled = new ArrayList<>(sorted);
    Collections.reverse(shuffled);
    Collections.sort(shuffled);
    assertThat(shuffled).containsExactlyElementsOf(sorted);
  }

  @Test
  void findingResourceIdsAreSortedAndDistinct() {
    Finding f = finding("NET-1", Severity.ERROR, VNET, PLAN, VNET);
    assertThat(f.resourceIds()).containsExactly(VNET, PLAN); // sorted by id text
    assertThat(f.toString()).isEqualTo("ERROR NET-1 [vnet1, plan1]: message NET-1 Fix: fix NET-1");
  }

  @Test
  void findingNeedsARuleIdAResourceAMessageAndAFix() {
    assertThatThrownBy(() -> Finding.of("net3", Severity.ERROR, List.of(PLAN), "m", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'net3'");
    assertThatThrownBy(() -> Finding.of("NET-3", Severity.ERROR, List.of(), "m", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one resource");
    assertThatThrownBy(() -> Finding.of("NET-3", Severity.ERROR, List.of(PLAN), " ", "f"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultCountsAndFilters() {
    CheckResult result =
        CheckResult.of(
            List.of(
                finding("NET-3", Severity.WARNING, SUBNET),
                finding("TIER-1", Severity.ERROR, PLAN),
                finding("TIER-3", Severity.INFO, PLAN)),
            List.of("TIER-1", "NET-3"));
    assertThat(result.isClean()).isFalse();
    assertThat(result.hasErrors()).isTrue();
    assertThat(result.errors()).extracting(Finding::ruleId).containsExactly("TIER-1");
    assertThat(result.ruleIds()).containsExactly("TIER-1", "NET-3", "TIER-3");
    assertThat(result.findingsAbout(PLAN)).hasSize(2);
    assertThat(result.findings("NET-3")).hasSize(1);
    assertThat(result.toString())
        .startsWith("3 findings (1 error, 1 warning, 1 info):\n  ERROR TIER-1");
  }

  @Test
  void cleanResultSaysSo() {
    CheckResult result = CheckResult.of(List.of(), List.of("TIER-1", "NET-1"));
    assertThat(result.isClean()).isTrue();
    assertThat(result).hasToString("clean: no findings (checked TIER-1, NET-1)");
  }

  @Test
  void checkerListsTheRulesItEvaluates() {
    assertThat(EstateChecker.create().rules())
        .containsSubsequence("TIER-1", "TIER-5", "NET-1", "NET-10", "FN-1", "FN-4", "LIFE-3");
  }

  @Test
  void permissionsMatchIgnoringCaseWithWildcards() {
    CallerPermissions p =
        CallerPermissions.of(
            "microsoft.network/virtualNetworks/read", "Microsoft.Network/*/join/*");
    assertThat(p.allows(CallerPermissions.READ_VIRTUAL_NETWORK)).isTrue();
    assertThat(p.allows(CallerPermissions.JOIN_SUBNET)).isTrue();
    assertThat(p.allows(CallerPermissions.READ_SUBNET)).isFalse();
    assertThat(p.missingIntegrationActions()).containsExactly(CallerPermissions.READ_SUBNET);
    assertThat(CallerPermissions.of("*").missingIntegrationActions()).isEmpty();
    assertThat(CallerPermissions.of().allows(CallerPermissions.READ_SUBNET)).isFalse();
    assertThat(
            CallerPermissions.of("Microsoft.Network/virtualNetworks/subnets/*")
                .allows(CallerPermissions.WRITE_SUBNET))
        .isTrue();
  }

  @Test
  void malformedActionIsRejectedNamingIt() {
    assertThatThrownBy(() -> CallerPermissions.of("Microsoft.Network/virtual networks/read"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Microsoft.Network/virtual networks/read'");
  }

  @Test
  void contextRejectsBadOrContradictorySubscriptions() {
    assertThatThrownBy(() -> CheckContext.builder().addMicrosoftWebRegistered("sub1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sub1'");
    assertThatThrownBy(
            () ->
                CheckContext.builder()
                    .addMicrosoftWebRegistered(Fixtures.OTHER_SUB)
                    .addMicrosoftWebNotRegistered(Fixtures.OTHER_SUB.toUpperCase())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both");
  }

  @Test
  void appNeedMustNameAnApp() {
    assertThatThrownBy(() -> AppNeed.of(PLAN, WorkloadNeed.ICMP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(PLAN.toString());
  }
}

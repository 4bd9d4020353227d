package io.github.vnetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.Estate;
import io.github.vnetkit.testkit.internal.EstateReportingFormat;
import java.util.ServiceLoader;
import net.jqwik.api.Example;
import net.jqwik.api.SampleReportingFormat;
import org.junit.jupiter.api.Test;

/** jqwik finds the estate outline format as a service and applies it to estates only. */
class EstateReportingFormatTest {

  @Test
  void isRegisteredAsAJqwikService() {
    assertThat(ServiceLoader.load(SampleReportingFormat.class))
        .anyMatch(f -> f instanceof EstateReportingFormat);
  }

  @Example
  void reportsEstatesAsAnOutline() {
    Estate estate = EdgeCaseProperties.sample(VnetArbitraries.estates(), 1, 40L).get(0);
    EstateReportingFormat format = new EstateReportingFormat();
    assertThat(format.appliesTo(estate)).isTrue();
    assertThat(format.appliesTo("Estate")).isFalse();
    assertThat(format.report(estate).toString())
        .startsWith("Estate\n  plan plan1 ")
        .contains("\n  vnet vnet1 ");
  }

  @Example
  void theOutlineShowsWhatTheNewRulesBreak() {
    BrokenEstate runtime =
        EdgeCaseProperties.sample(
                VnetArbitraries.estates().breaking(EstateRule.FN_2_RUNTIME_TOO_OLD), 1, 41L)
            .get(0);
    assertThat(runtime.toString())
        .contains("app app1 FUNCTION_APP on plan1 -> vnet1/")
        .contains(" runtime ~1 functions[scaleMonitoring, triggers [");
    BrokenEstate orphan =
        EdgeCaseProperties.sample(
                VnetArbitraries.estates().breaking(EstateRule.LIFE_3_ORPHANED_DELEGATION), 1, 42L)
            .get(0);
    int plans = orphan.estate().plans().size();
    assertThat(orphan.toString()).contains(" links [plan" + (plans + 1) + "]");
    BrokenEstate classic =
        EdgeCaseProperties.sample(
                VnetArbitraries.estates().breaking(EstateRule.NET_9_CLASSIC_PEERING), 1, 43L)
            .get(0);
    assertThat(classic.toString()).contains(" peered classic1 REGIONAL classic");
    BrokenEstate foreign =
        EdgeCaseProperties.sample(
                VnetArbitraries.estates().breaking(EstateRule.NET_8_VNET_IN_OTHER_SUBSCRIPTION),
                1,
                44L)
            .get(0);
    assertThat(foreign.toString()).contains(" in subscription ");
  }
}

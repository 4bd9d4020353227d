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
}

package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Severity;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@link LegacyAnalysis#diagnosticsAtLeast}: a severity and everything more serious, in order. */
class LegacyAnalysisProperties {

  @Provide
  Arbitrary<App> apps() {
    return Configurations.apps();
  }

  @Property(tries = 2_000)
  void diagnosticsAtLeastKeepsThatSeverityAndWorseInOrder(@ForAll("apps") App app) {
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app);
    List<LegacyDiagnostic> all = analysis.diagnostics();
    Set<Severity> present =
        all.stream().map(LegacyDiagnostic::severity).collect(Collectors.toSet());
    Statistics.label("severities").collect(present.size());

    assertThat(analysis.diagnosticsAtLeast(Severity.INFO)).isEqualTo(all);
    assertThat(analysis.diagnosticsAtLeast(Severity.WARNING))
        .isEqualTo(all.stream().filter(d -> d.severity() != Severity.INFO).toList());
    assertThat(analysis.diagnosticsAtLeast(Severity.ERROR))
        .isEqualTo(all.stream().filter(d -> d.severity() == Severity.ERROR).toList());
    Statistics.label("severities").coverage(coverage -> coverage.check(2).count(n -> n > 0));
  }
}

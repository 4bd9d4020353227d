package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LEG-1 on every pair of sources of every switch, in both directions of disagreement, and the LEG-4
 * diagnostic each disagreement produces.
 */
class PrecedenceTest {

  static Stream<Arguments> pairs() {
    List<Arguments> pairs = new ArrayList<>();
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      List<SwitchSource> sources = Sites.sourcesOf(s);
      for (int i = 0; i < sources.size(); i++) {
        for (int j = i + 1; j < sources.size(); j++) {
          for (boolean winnerOn : new boolean[] {true, false}) {
            pairs.add(Arguments.of(s, sources.get(i), sources.get(j), winnerOn));
          }
        }
      }
    }
    return pairs.stream();
  }

  @ParameterizedTest(name = "LEG-1: {0}: {1}={3} wins over {2}")
  @MethodSource("pairs")
  void leg1_moreModernSourceWins(
      RoutingSwitch s, SwitchSource winner, SwitchSource loser, boolean winnerOn) {
    App app = Sites.set(Sites.set(Sites.app(), s, winner, winnerOn), s, loser, !winnerOn).build();
    EffectiveSwitch effective = SwitchResolver.strict().resolve(app).get(s);
    assertThat(effective.on()).isEqualTo(winnerOn);
    assertThat(effective.decidedBy()).isEqualTo(winner);
    assertThat(effective.overridden()).containsExactly(loser);
    assertThat(effective.sources())
        .extracting(SourceSetting::source)
        .containsExactly(winner, loser);
    assertThat(effective.sources())
        .extracting(SourceSetting::on)
        .containsExactly(winnerOn, !winnerOn);
  }

  @ParameterizedTest(name = "LEG-4: {0}: {2} conflicts with {1}={3}")
  @MethodSource("pairs")
  void leg4_everyDisagreementIsReported(
      RoutingSwitch s, SwitchSource winner, SwitchSource loser, boolean winnerOn) {
    App app = Sites.set(Sites.set(Sites.app(), s, winner, winnerOn), s, loser, !winnerOn).build();
    EffectiveSwitch effective = SwitchResolver.strict().resolve(app).get(s);
    SourceSetting lost = effective.sources().get(1);
    SourceSetting won = effective.sources().get(0);
    List<LegacyDiagnostic> conflicts =
        LegacyAnalyzer.strict().analyze(app).diagnostics().stream()
            .filter(d -> d.kind() == DiagnosticKind.CONFLICTING_SOURCES)
            .toList();
    assertThat(conflicts).hasSize(1);
    LegacyDiagnostic d = conflicts.get(0);
    assertThat(d.ruleId()).isEqualTo("LEG-4");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.routingSwitch()).contains(s);
    // the loser's exact name and value, the winner named, and what to remove
    assertThat(d.settingName()).isEqualTo(lost.name());
    assertThat(d.settingValue()).isEqualTo(lost.value());
    assertThat(d.message())
        .contains("loses to")
        .contains(won.name() + "=" + won.value())
        .contains(s.trafficName() + " is " + (winnerOn ? "on" : "off"));
    assertThat(d.suggestedFix()).startsWith("remove ").contains(lost.name());
  }

  @ParameterizedTest(name = "LEG-1: {0}: {1} agreeing with {2} makes {2} redundant")
  @MethodSource("pairs")
  void leg1_agreeingOlderSourceIsRedundant(
      RoutingSwitch s, SwitchSource winner, SwitchSource loser, boolean on) {
    App app = Sites.set(Sites.set(Sites.app(), s, winner, on), s, loser, on).build();
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app);
    assertThat(analysis.diagnostics())
        .extracting(LegacyDiagnostic::kind)
        .containsExactly(DiagnosticKind.REDUNDANT_SETTING);
    LegacyDiagnostic d = analysis.diagnostics().get(0);
    assertThat(d.ruleId()).isEqualTo("LEG-1");
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThat(d.settingName()).isEqualTo(analysis.routing().get(s).sources().get(1).name());
    assertThat(d.suggestedFix()).startsWith("remove ");
  }

  @Test
  @DisplayName("LEG-1: with all four sources of application traffic set, the modern property wins")
  void leg1_allFourSources() {
    RoutingSwitch s = RoutingSwitch.APPLICATION_TRAFFIC;
    App.Builder app = Sites.app();
    Sites.set(app, s, SwitchSource.APP_SETTING, true);
    Sites.set(app, s, SwitchSource.SITE_CONFIG_PROPERTY, true);
    Sites.set(app, s, SwitchSource.SITE_PROPERTY, true);
    Sites.set(app, s, SwitchSource.OUTBOUND_VNET_ROUTING, false);
    EffectiveSwitch effective = SwitchResolver.strict().resolve(app.build()).get(s);
    assertThat(effective.on()).isFalse();
    assertThat(effective.decidedBy()).isEqualTo(SwitchSource.OUTBOUND_VNET_ROUTING);
    assertThat(effective.overridden())
        .containsExactly(
            SwitchSource.SITE_PROPERTY,
            SwitchSource.SITE_CONFIG_PROPERTY,
            SwitchSource.APP_SETTING);
    assertThat(LegacyAnalyzer.strict().analyze(app.build()).diagnostics())
        .extracting(LegacyDiagnostic::settingName)
        .containsExactly(
            "WEBSITE_VNET_ROUTE_ALL", "siteConfig.vnetRouteAllEnabled", "vnetRouteAllEnabled");
  }
}

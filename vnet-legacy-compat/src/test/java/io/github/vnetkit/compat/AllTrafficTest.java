package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEG-2 / CFG-2: allTraffic on turns every switch on, and the individual sources are ignored. */
class AllTrafficTest {

  @Test
  @DisplayName("LEG-2: allTraffic on overrides every source of every switch set to off")
  void leg2_allTrafficOverridesEverySourceSetOff() {
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      for (SwitchSource source : Sites.sourcesOf(s)) {
        App.Builder app = Sites.app();
        Sites.set(app, RoutingSwitch.ALL_TRAFFIC, SwitchSource.OUTBOUND_VNET_ROUTING, true);
        Sites.set(app, s, source, false);
        EffectiveSwitch effective = SwitchResolver.strict().resolve(app.build()).get(s);
        assertThat(effective.on()).as("%s set off by %s", s, source).isTrue();
        assertThat(effective.decidedBy()).isEqualTo(SwitchSource.ALL_TRAFFIC);
        assertThat(effective.overridden()).containsExactly(source);
        assertThat(effective.decidingSetting()).isEmpty();

        List<LegacyDiagnostic> diagnostics =
            LegacyAnalyzer.strict().analyze(app.build()).diagnostics();
        assertThat(diagnostics)
            .singleElement()
            .satisfies(
                d -> {
                  assertThat(d.kind()).isEqualTo(DiagnosticKind.IGNORED_BY_ALL_TRAFFIC);
                  assertThat(d.ruleId()).isEqualTo("LEG-2");
                  assertThat(d.severity()).isEqualTo(Severity.WARNING);
                  assertThat(d.settingName()).isEqualTo(effective.sources().get(0).name());
                  assertThat(d.settingValue()).isEqualTo(effective.sources().get(0).value());
                  assertThat(d.message()).contains("allTraffic=true");
                  assertThat(d.suggestedFix()).contains("allTraffic=false");
                });
      }
    }
  }

  @Test
  @DisplayName(
      "LEG-2: an individual source set on next to allTraffic is ignored and reported as"
          + " information")
  void leg2_individualOnNextToAllTrafficIsInformation() {
    App.Builder app = Sites.app();
    Sites.set(app, RoutingSwitch.ALL_TRAFFIC, SwitchSource.OUTBOUND_VNET_ROUTING, true);
    Sites.set(app, RoutingSwitch.IMAGE_PULL_TRAFFIC, SwitchSource.APP_SETTING, true);
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app.build());
    assertThat(analysis.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.IGNORED_BY_ALL_TRAFFIC);
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.settingName()).isEqualTo("WEBSITE_PULL_IMAGE_OVER_VNET");
              assertThat(d.settingValue()).isEqualTo("true");
            });
  }

  @Test
  @DisplayName("LEG-2: allTraffic off turns nothing off: each switch keeps its own value")
  void leg2_allTrafficOffDoesNotOverride() {
    App.Builder app = Sites.app();
    Sites.set(app, RoutingSwitch.ALL_TRAFFIC, SwitchSource.OUTBOUND_VNET_ROUTING, false);
    Sites.set(app, RoutingSwitch.APPLICATION_TRAFFIC, SwitchSource.APP_SETTING, true);
    EffectiveRouting routing = SwitchResolver.strict().resolve(app.build());
    assertThat(routing.isOn(RoutingSwitch.ALL_TRAFFIC)).isFalse();
    assertThat(routing.isOn(RoutingSwitch.APPLICATION_TRAFFIC)).isTrue();
    assertThat(routing.get(RoutingSwitch.APPLICATION_TRAFFIC).decidedBy())
        .isEqualTo(SwitchSource.APP_SETTING);
    assertThat(routing.trafficOn()).containsExactly(RoutingSwitch.APPLICATION_TRAFFIC);
  }

  @Test
  @DisplayName(
      "CFG-2: allTraffic with no individual source set turns on all configuration"
          + " traffic without any diagnostic")
  void cfg2_allTrafficAloneIsClean() {
    App.Builder app = Sites.app();
    Sites.set(app, RoutingSwitch.ALL_TRAFFIC, SwitchSource.OUTBOUND_VNET_ROUTING, true);
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app.build());
    assertThat(analysis.isClean()).isTrue();
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      assertThat(analysis.routing().get(s).decidedBy()).isEqualTo(SwitchSource.ALL_TRAFFIC);
      assertThat(analysis.routing().get(s).overridden()).isEmpty();
    }
  }
}

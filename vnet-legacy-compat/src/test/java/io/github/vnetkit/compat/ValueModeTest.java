package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LEG-3: strict by default, lenient only when chosen, every near-miss reported. */
class ValueModeTest {

  @ParameterizedTest(name = "LEG-3: {0}=''{1}'' is {2} strict and {3} lenient, reported as {4}/{5}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // setting                   | value  | strict | lenient | strict kind      | lenient kind
        "WEBSITE_VNET_ROUTE_ALL      | 1      | true   | true    | -                | -",
        "WEBSITE_VNET_ROUTE_ALL      | 0      | false  | false   | -                | -",
        "WEBSITE_VNET_ROUTE_ALL      | false  | false  | false   | -                | -",
        "WEBSITE_VNET_ROUTE_ALL      | true   | false  | true    | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_VNET_ROUTE_ALL      | ' 1 '  | false  | true    | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_VNET_ROUTE_ALL      | TRUE   | false  | true    | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_VNET_ROUTE_ALL      | False  | false  | false   | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_VNET_ROUTE_ALL      | yes    | false  | false   | UNRECOGNISED_VALUE | UNRECOGNISED_VALUE",
        "WEBSITE_VNET_ROUTE_ALL      | ''     | false  | false   | UNRECOGNISED_VALUE | UNRECOGNISED_VALUE",
        "WEBSITE_PULL_IMAGE_OVER_VNET | true  | true   | true    | -                | -",
        "WEBSITE_PULL_IMAGE_OVER_VNET | 1     | false  | true    | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_PULL_IMAGE_OVER_VNET | True  | false  | true    | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_PULL_IMAGE_OVER_VNET | on    | false  | false   | UNRECOGNISED_VALUE | UNRECOGNISED_VALUE",
        "WEBSITE_CONTENTOVERVNET     | 1      | true   | true    | -                | -",
        "WEBSITE_CONTENTOVERVNET     | '1 '   | false  | true    | NEAR_MISS_VALUE  | NEAR_MISS_ACCEPTED",
        "WEBSITE_CONTENTOVERVNET     | 2      | false  | false   | UNRECOGNISED_VALUE | UNRECOGNISED_VALUE",
      })
  void leg3_valuesInStrictAndLenientMode(
      String setting,
      String value,
      boolean strictOn,
      boolean lenientOn,
      @Nullable DiagnosticKind strictKind,
      @Nullable DiagnosticKind lenientKind) {
    RoutingSwitch s = switchOf(setting);
    App app = Sites.withSettings(setting, value);
    check(app, s, ValueMode.STRICT, strictOn, strictKind, setting, value);
    check(app, s, ValueMode.LENIENT, lenientOn, lenientKind, setting, value);
  }

  private static void check(
      App app,
      RoutingSwitch s,
      ValueMode mode,
      boolean on,
      @Nullable DiagnosticKind kind,
      String setting,
      String value) {
    EffectiveSwitch effective = SwitchResolver.of(mode).resolve(app).get(s);
    assertThat(effective.on()).as("%s in %s", value, mode).isEqualTo(on);
    assertThat(effective.decidedBy()).isEqualTo(SwitchSource.APP_SETTING);
    assertThat(effective.appSettingValue()).contains(value);
    LegacyAnalysis analysis = LegacyAnalyzer.of(mode).analyze(app);
    assertThat(analysis.mode()).isEqualTo(mode);
    if (kind == null) {
      assertThat(analysis.diagnostics()).as("%s in %s", value, mode).isEmpty();
    } else {
      assertThat(analysis.diagnostics())
          .as("%s in %s", value, mode)
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.kind()).isEqualTo(kind);
                assertThat(d.ruleId()).isEqualTo("LEG-3");
                assertThat(d.settingName()).isEqualTo(setting);
                assertThat(d.settingValue()).isEqualTo(value);
                assertThat(d.message()).contains("'" + value + "'");
                assertThat(d.suggestedFix()).isNotBlank();
              });
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  @DisplayName("LEG-3: strict mode is the default everywhere")
  void leg3_strictIsTheDefault() {
    assertThat(SwitchResolver.strict().mode()).isEqualTo(ValueMode.STRICT);
    assertThat(LegacyAnalyzer.strict().mode()).isEqualTo(ValueMode.STRICT);
    assertThat(RoutingMigrator.strict().mode()).isEqualTo(ValueMode.STRICT);
    assertThat(SwitchResolver.of(ValueMode.LENIENT).mode()).isEqualTo(ValueMode.LENIENT);
    assertThatThrownBy(() -> SwitchResolver.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("mode");
  }

  @Test
  @DisplayName(
      "LEG-3: a name that matches only ignoring case is not read in strict mode and is"
          + " reported")
  void leg3_nameCaseMismatchStrict() {
    App app = Sites.withSettings("website_vnet_route_all", "1");
    EffectiveRouting routing = SwitchResolver.strict().resolve(app);
    assertThat(routing.isOn(RoutingSwitch.APPLICATION_TRAFFIC)).isFalse();
    assertThat(routing.get(RoutingSwitch.APPLICATION_TRAFFIC).decidedBy())
        .isEqualTo(SwitchSource.DEFAULT);
    assertThat(LegacyAnalyzer.strict().analyze(app).diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.NAME_CASE_MISMATCH);
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.settingName()).isEqualTo("website_vnet_route_all");
              assertThat(d.settingValue()).isEqualTo("1");
              assertThat(d.suggestedFix()).contains("rename it to WEBSITE_VNET_ROUTE_ALL");
            });
  }

  @Test
  @DisplayName(
      "LEG-3: lenient mode reads a name that matches only ignoring case, and reports the"
          + " near-miss it accepted")
  void leg3_nameCaseMismatchLenient() {
    App app = Sites.withSettings("Website_Pull_Image_Over_Vnet", "true");
    EffectiveSwitch effective =
        SwitchResolver.of(ValueMode.LENIENT).resolve(app).get(RoutingSwitch.IMAGE_PULL_TRAFFIC);
    assertThat(effective.on()).isTrue();
    assertThat(effective.appSettingName()).contains("Website_Pull_Image_Over_Vnet");
    assertThat(LegacyAnalyzer.of(ValueMode.LENIENT).analyze(app).diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.NEAR_MISS_ACCEPTED);
              assertThat(d.settingName()).isEqualTo("Website_Pull_Image_Over_Vnet");
              assertThat(d.message()).contains("lenient");
            });
  }

  @Test
  @DisplayName(
      "LEG-3: SettingValueKind.isDefinite: exact values always, near-misses only in"
          + " lenient mode, unrecognised never")
  void leg3_definiteValues() {
    for (ValueMode mode : ValueMode.values()) {
      assertThat(SettingValueKind.ENABLING.isDefinite(mode)).isTrue();
      assertThat(SettingValueKind.OFF.isDefinite(mode)).isTrue();
      assertThat(SettingValueKind.UNRECOGNISED.isDefinite(mode)).isFalse();
      assertThat(SettingValueKind.NEAR_MISS_ON.isDefinite(mode))
          .isEqualTo(mode == ValueMode.LENIENT);
    }
  }

  private static RoutingSwitch switchOf(String setting) {
    for (RoutingSwitch s : RoutingSwitch.values()) {
      if (s.appSetting().filter(setting::equals).isPresent()) {
        return s;
      }
    }
    throw new IllegalArgumentException(setting);
  }
}

package io.github.vnetkit.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppServicePlan;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.PricingTier;
import io.github.vnetkit.model.ResourceId;
import io.github.vnetkit.model.Severity;
import io.github.vnetkit.model.TriState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The diagnostics of {@link LegacyAnalyzer} that are not about a pair of sources. */
class LegacyAnalyzerTest {

  @Test
  @DisplayName("LEG-1: legacy settings are redundant once the modern property is set")
  void leg1_legacySettingsRedundantOnceModernIsSet() {
    App.Builder app = Sites.app();
    for (RoutingSwitch s : RoutingSwitch.individualSwitches()) {
      for (SwitchSource source : Sites.sourcesOf(s)) {
        Sites.set(app, s, source, true);
      }
    }
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app.build());
    assertThat(analysis.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.REDUNDANT_SETTING);
              assertThat(d.message()).contains("outboundVnetRouting.");
            })
        .extracting(LegacyDiagnostic::settingName)
        .containsExactly(
            "WEBSITE_CONTENTOVERVNET",
            "WEBSITE_PULL_IMAGE_OVER_VNET",
            "WEBSITE_VNET_ROUTE_ALL",
            "siteConfig.vnetRouteAllEnabled",
            "vnetBackupRestoreEnabled",
            "vnetContentShareEnabled",
            "vnetImagePullEnabled",
            "vnetRouteAllEnabled");
  }

  @Test
  @DisplayName("FN-4 / TIER-1: WEBSITE_CONTENTOVERVNET on a Consumption (Dynamic) plan is an error")
  void fn4_contentOverVnetOnConsumption() {
    App app = Sites.withSettings("WEBSITE_CONTENTOVERVNET", "1");
    AppServicePlan consumption = Sites.plan("Y1");
    assertThat(consumption.tier()).isEqualTo(PricingTier.DYNAMIC);
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app, consumption);
    assertThat(analysis.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.CONTENT_SHARE_ON_CONSUMPTION);
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.ruleId()).isEqualTo("FN-4");
              assertThat(d.settingName()).isEqualTo("WEBSITE_CONTENTOVERVNET");
              assertThat(d.settingValue()).isEqualTo("1");
              assertThat(d.message()).contains("Consumption").contains("TIER-1").contains("FN-4");
              assertThat(d.suggestedFix()).contains("Elastic Premium");
            });
    // the same setting on an Elastic Premium plan is fine
    assertThat(LegacyAnalyzer.strict().analyze(app, Sites.plan("EP1")).isClean()).isTrue();
    // without a plan, the check cannot run
    assertThat(LegacyAnalyzer.strict().analyze(app).isClean()).isTrue();
  }

  @Test
  @DisplayName(
      "FN-4: content share turned on by a property on a Consumption plan, and an off"
          + " setting reported as information")
  void fn4_contentShareByPropertyOnConsumption() {
    App app =
        Sites.app()
            .appSettings(AppSettings.builder().put("WEBSITE_CONTENTOVERVNET", "0").build())
            .outboundVnetRouting(
                OutboundVnetRouting.builder().contentShareTraffic(TriState.ON).build())
            .build();
    List<LegacyDiagnostic> consumption =
        LegacyAnalyzer.strict().analyze(app, Sites.plan("Y1")).diagnostics().stream()
            .filter(d -> d.kind() == DiagnosticKind.CONTENT_SHARE_ON_CONSUMPTION)
            .toList();
    assertThat(consumption)
        .extracting(LegacyDiagnostic::severity, LegacyDiagnostic::settingName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Severity.ERROR, "outboundVnetRouting.contentShareTraffic"),
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "WEBSITE_CONTENTOVERVNET"));
  }

  @Test
  @DisplayName("analyze(site, plan) rejects a plan that is not the app's, naming both")
  void analyzeRejectsForeignPlan() {
    AppServicePlan other =
        AppServicePlan.builder()
            .from(Sites.plan("P1v3"))
            .id(ResourceId.serverFarm(Sites.SUB, "web", "other"))
            .build();
    assertThatThrownBy(() -> LegacyAnalyzer.strict().analyze(Sites.app().build(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("other")
        .hasMessageContaining("shop");
  }

  @Test
  @DisplayName("DNS-2: legacy DNS settings are reported with their modern property")
  void dns2_legacyDnsSettings() {
    App app =
        Sites.withSettings(
            "WEBSITE_DNS_SERVER", "10.0.0.4", "WEBSITE_DNS_ALT_SERVER", "168.63.129.16");
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app);
    assertThat(analysis.diagnostics())
        .extracting(
            LegacyDiagnostic::kind, LegacyDiagnostic::settingName, LegacyDiagnostic::settingValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                DiagnosticKind.LEGACY_DNS_SETTING, "WEBSITE_DNS_ALT_SERVER", "168.63.129.16"),
            org.assertj.core.groups.Tuple.tuple(
                DiagnosticKind.LEGACY_DNS_SETTING, "WEBSITE_DNS_SERVER", "10.0.0.4"));
    assertThat(analysis.diagnostics()).allSatisfy(d -> assertThat(d.ruleId()).isEqualTo("DNS-2"));
    assertThat(analysis.diagnosticsFor("WEBSITE_DNS_SERVER").get(0).suggestedFix())
        .contains("dnsConfiguration.dnsServers");
    assertThat(analysis.diagnosticsFor("WEBSITE_DNS_ALT_SERVER").get(0).suggestedFix())
        .contains("dnsConfiguration.dnsAltServer");
  }

  @Test
  @DisplayName("DNS-2: an invalid address in a DNS setting is reported and not used")
  void dns2_invalidDnsAddress() {
    App app =
        Sites.withSettings(
            "WEBSITE_DNS_SERVER", "10.0.0.300", "WEBSITE_DNS_ALT_SERVER", "dns.corp");
    LegacyAnalysis analysis = LegacyAnalyzer.strict().analyze(app);
    assertThat(analysis.routing().dnsServers()).isEmpty();
    assertThat(analysis.routing().dnsSource()).isEqualTo(DnsSource.NONE);
    assertThat(analysis.diagnostics())
        .extracting(LegacyDiagnostic::kind, LegacyDiagnostic::settingValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DiagnosticKind.INVALID_DNS_ADDRESS, "dns.corp"),
            org.assertj.core.groups.Tuple.tuple(DiagnosticKind.INVALID_DNS_ADDRESS, "10.0.0.300"));
    assertThat(analysis.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.message()).contains("not a single IP address");
            });
  }

  @Test
  @DisplayName(
      "DNS-2 / LEG-3: a DNS address with whitespace is a near-miss: not read in strict"
          + " mode, read and reported in lenient mode")
  void dns2_whitespaceNearMiss() {
    App app = Sites.withSettings("WEBSITE_DNS_SERVER", " 10.0.0.4");
    LegacyAnalysis strict = LegacyAnalyzer.strict().analyze(app);
    assertThat(strict.routing().dnsServers()).isEmpty();
    assertThat(strict.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.NEAR_MISS_VALUE);
              assertThat(d.suggestedFix()).contains("'10.0.0.4'");
            });
    LegacyAnalysis lenient = LegacyAnalyzer.of(ValueMode.LENIENT).analyze(app);
    assertThat(lenient.routing().dnsServers()).containsExactly(IpAddresses.parse("10.0.0.4"));
    assertThat(lenient.diagnostics())
        .extracting(LegacyDiagnostic::kind)
        .containsExactlyInAnyOrder(
            DiagnosticKind.NEAR_MISS_ACCEPTED, DiagnosticKind.LEGACY_DNS_SETTING);
  }

  @Test
  @DisplayName("LEG-4 / LEG-1: a DNS setting next to dnsConfiguration conflicts or is redundant")
  void leg4_dnsSettingAgainstDnsConfiguration() {
    App conflicting =
        Sites.app()
            .appSettings(AppSettings.builder().put("WEBSITE_DNS_SERVER", "10.0.0.5").build())
            .dnsConfiguration(Sites.dns("10.0.0.4"))
            .build();
    EffectiveRouting routing = SwitchResolver.strict().resolve(conflicting);
    assertThat(routing.dnsServers()).containsExactly(IpAddresses.parse("10.0.0.4"));
    assertThat(routing.dnsOverridden()).containsExactly(DnsSource.APP_SETTINGS);
    assertThat(LegacyAnalyzer.strict().analyze(conflicting).diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(DiagnosticKind.CONFLICTING_SOURCES);
              assertThat(d.ruleId()).isEqualTo("LEG-4");
              assertThat(d.settingValue()).isEqualTo("10.0.0.5");
              assertThat(d.suggestedFix()).contains("remove app setting WEBSITE_DNS_SERVER");
            });
    App redundant =
        Sites.app()
            .appSettings(AppSettings.builder().put("WEBSITE_DNS_SERVER", "10.0.0.4").build())
            .dnsConfiguration(Sites.dns("10.0.0.4"))
            .build();
    assertThat(LegacyAnalyzer.strict().analyze(redundant).diagnostics())
        .singleElement()
        .extracting(LegacyDiagnostic::kind)
        .isEqualTo(DiagnosticKind.REDUNDANT_SETTING);
  }

  @Test
  @DisplayName("Diagnostics are sorted: severity, rule id, setting name")
  void diagnosticsAreSorted() {
    App app =
        Sites.app()
            .appSettings(
                AppSettings.builder()
                    .put("WEBSITE_VNET_ROUTE_ALL", "yes")
                    .put("website_contentovervnet", "1")
                    .put("WEBSITE_DNS_SERVER", "10.0.0.4")
                    .put("WEBSITE_PULL_IMAGE_OVER_VNET", "true")
                    .build())
            .outboundVnetRouting(
                OutboundVnetRouting.builder().imagePullTraffic(TriState.OFF).build())
            .build();
    List<LegacyDiagnostic> diagnostics = LegacyAnalyzer.strict().analyze(app).diagnostics();
    List<LegacyDiagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(LegacyDiagnostic.ORDER);
    assertThat(diagnostics).isEqualTo(sorted).hasSize(4);
    assertThat(diagnostics)
        .extracting(LegacyDiagnostic::ruleId)
        .containsExactly("LEG-3", "LEG-3", "LEG-4", "DNS-2");
    assertThat(diagnostics.get(3).severity()).isEqualTo(Severity.INFO);
    assertThat(diagnostics.get(0).toString()).startsWith("WARNING LEG-3 ").contains("; fix: ");
  }
}

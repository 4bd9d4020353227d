package io.github.vnetkit.compat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.testkit.AppSettingsArbitrary;
import io.github.vnetkit.testkit.VnetArbitraries;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Routing configurations that mix every generation, built from vnet-testkit's arbitraries: known
 * app settings under their exact name or a case variant, with exact, near-miss and unrecognised
 * values (DNS settings with IPv4, IPv6, padded and invalid addresses); legacy flags; {@code
 * outboundVnetRouting}; {@code dnsConfiguration} (empty ones included); and unrelated settings.
 * Only the API versions are compat's own.
 */
final class Configurations {

  private Configurations() {}

  static final List<ArmApiVersion> VERSIONS =
      List.of(
          ArmApiVersion.parse("2022-03-01"),
          ArmApiVersion.parse("2024-11-01"),
          ArmApiVersion.parse("2025-01-15"),
          ArmApiVersion.parse("2025-03-01"),
          ArmApiVersion.parse("2026-01-01-preview"));

  static Arbitrary<ArmApiVersion> versions() {
    return Arbitraries.of(VERSIONS);
  }

  /** Legacy and unrelated app settings, every kind of value and name spelling. */
  static AppSettingsArbitrary appSettings() {
    return VnetArbitraries.appSettings()
        .mixed()
        .withNearMissValues()
        .withNearMissNames()
        .withUnrecognisedValues();
  }

  /** App settings as an ordered list of name/value pairs, names unique ignoring case. */
  static Arbitrary<List<Map.Entry<String, String>>> settingLists() {
    return appSettings().map(s -> List.copyOf(s.asMap().entrySet()));
  }

  static AppSettings settings(List<Map.Entry<String, String>> pairs) {
    AppSettings.Builder b = AppSettings.builder();
    pairs.forEach(e -> b.put(e.getKey(), e.getValue()));
    return b.build();
  }

  static Arbitrary<App> apps() {
    return Combinators.combine(
            appSettings(),
            VnetArbitraries.legacySiteFlags(),
            VnetArbitraries.outboundVnetRouting(),
            VnetArbitraries.dnsConfigurations().optional(0.3))
        .as(
            (settings, legacy, modern, dns) ->
                Sites.app()
                    .appSettings(settings)
                    .legacySiteFlags(legacy)
                    .outboundVnetRouting(modern)
                    .dnsConfiguration(dns)
                    .build());
  }
}

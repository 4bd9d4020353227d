package io.github.vnetkit.compat;

import io.github.vnetkit.model.App;
import io.github.vnetkit.model.AppSettings;
import io.github.vnetkit.model.DnsConfiguration;
import io.github.vnetkit.model.IpAddresses;
import io.github.vnetkit.model.LegacySiteFlags;
import io.github.vnetkit.model.OutboundVnetRouting;
import io.github.vnetkit.model.TriState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of routing configurations that mix every generation: known app settings under
 * their exact name or a case variant, with exact, near-miss and unrecognised values; DNS settings
 * with valid and invalid addresses; legacy flags; {@code outboundVnetRouting}; {@code
 * dnsConfiguration}; and unrelated settings.
 */
final class Configurations {

  private static final List<String> SWITCH_VALUES =
      List.of("1", "0", "true", "false", "True", " 1 ", "FALSE", "yes", "");
  private static final List<String> DNS_VALUES =
      List.of("10.0.0.4", "10.0.0.5", "168.63.129.16", " 10.0.0.6", "dns.corp", "2001:db8::53");
  private static final List<String> KNOWN =
      List.of(
          "WEBSITE_VNET_ROUTE_ALL",
          "WEBSITE_PULL_IMAGE_OVER_VNET",
          "WEBSITE_CONTENTOVERVNET",
          SwitchResolver.DNS_SERVER_SETTING,
          SwitchResolver.DNS_ALT_SERVER_SETTING);

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

  /** App settings as an ordered list of name/value pairs, names unique ignoring case. */
  static Arbitrary<List<Map.Entry<String, String>>> settingLists() {
    List<Arbitrary<Optional<Map.Entry<String, String>>>> each = new ArrayList<>();
    for (String name : KNOWN) {
      boolean dns = name.startsWith("WEBSITE_DNS");
      Arbitrary<String> value = Arbitraries.of(dns ? DNS_VALUES : SWITCH_VALUES);
      Arbitrary<String> spelling =
          Arbitraries.frequencyOf(
              net.jqwik.api.Tuple.of(6, Arbitraries.just(name)),
              net.jqwik.api.Tuple.of(1, Arbitraries.just(name.toLowerCase(Locale.ROOT))));
      each.add(Combinators.combine(spelling, value).as((n, v) -> Map.entry(n, v)).optional(0.6));
    }
    each.add(Arbitraries.just(Map.entry("APP_KEY", "x")).optional(0.3));
    each.add(Arbitraries.just(Map.entry("WEBSITE_RUN_FROM_PACKAGE", "1")).optional(0.3));
    return Combinators.combine(each).as(list -> list.stream().flatMap(Optional::stream).toList());
  }

  static AppSettings settings(List<Map.Entry<String, String>> pairs) {
    AppSettings.Builder b = AppSettings.builder();
    pairs.forEach(e -> b.put(e.getKey(), e.getValue()));
    return b.build();
  }

  private static Arbitrary<TriState> triStates() {
    return Arbitraries.frequency(
        net.jqwik.api.Tuple.of(3, TriState.UNSET),
        net.jqwik.api.Tuple.of(1, TriState.ON),
        net.jqwik.api.Tuple.of(1, TriState.OFF));
  }

  static Arbitrary<LegacySiteFlags> legacyFlags() {
    return Combinators.combine(triStates(), triStates(), triStates(), triStates(), triStates())
        .as(
            (a, b, c, d, e) ->
                LegacySiteFlags.builder()
                    .vnetRouteAllEnabled(a)
                    .siteConfigVnetRouteAllEnabled(b)
                    .vnetImagePullEnabled(c)
                    .vnetContentShareEnabled(d)
                    .vnetBackupRestoreEnabled(e)
                    .build());
  }

  static Arbitrary<OutboundVnetRouting> outbound() {
    return Combinators.combine(triStates(), triStates(), triStates(), triStates(), triStates())
        .as(
            (a, b, c, d, e) ->
                OutboundVnetRouting.builder()
                    .allTraffic(a)
                    .applicationTraffic(b)
                    .imagePullTraffic(c)
                    .contentShareTraffic(d)
                    .backupRestoreTraffic(e)
                    .build());
  }

  static Arbitrary<Optional<DnsConfiguration>> dnsConfigurations() {
    Arbitrary<List<String>> servers =
        Arbitraries.of("10.0.0.4", "10.1.0.4", "168.63.129.16").list().ofMaxSize(2);
    Arbitrary<Optional<String>> alt = Arbitraries.of("10.0.0.5", "10.0.0.4").optional(0.4);
    return Combinators.combine(servers, alt)
        .as(
            (s, a) -> {
              DnsConfiguration.Builder b = DnsConfiguration.builder();
              s.forEach(x -> b.addDnsServers(IpAddresses.parse(x)));
              a.ifPresent(x -> b.dnsAltServer(IpAddresses.parse(x)));
              return b.build();
            })
        .optional(0.3);
  }

  static Arbitrary<App> apps() {
    return Combinators.combine(settingLists(), legacyFlags(), outbound(), dnsConfigurations())
        .as(
            (settings, legacy, modern, dns) ->
                Sites.app()
                    .appSettings(settings(settings))
                    .legacySiteFlags(legacy)
                    .outboundVnetRouting(modern)
                    .dnsConfiguration(dns)
                    .build());
  }
}

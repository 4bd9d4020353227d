package io.github.vnetkit.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The legacy app settings of the SPEC LEG table, with the values the generators draw for them:
 * exact values (the enabling value and the recognised off values {@code 0}/{@code false}),
 * near-misses (LEG-3: {@code True}, {@code " 1 "}, {@code true} for a {@code 1} setting) and
 * unrecognised values. vnet-legacy-compat's {@code RoutingSwitch} is the library's own table; this
 * copy exists because the testkit cannot depend on compat (compat's tests use the testkit), and
 * compat's {@code TestkitAgreementProperties} checks it against {@code RoutingSwitch}, {@code
 * SettingValueKind} and {@code SwitchResolver}.
 */
enum LegacySetting {
  VNET_ROUTE_ALL("WEBSITE_VNET_ROUTE_ALL", "1"),
  PULL_IMAGE_OVER_VNET("WEBSITE_PULL_IMAGE_OVER_VNET", "true"),
  CONTENT_OVER_VNET("WEBSITE_CONTENTOVERVNET", "1"),
  DNS_SERVER("WEBSITE_DNS_SERVER", null),
  DNS_ALT_SERVER("WEBSITE_DNS_ALT_SERVER", null);

  /** App settings that have nothing to do with VNet routing, with a typical value each. */
  static final ImmutableMap<String, String> UNRELATED =
      ImmutableMap.of(
          "WEBSITE_TIME_ZONE", "UTC",
          "WEBSITE_RUN_FROM_PACKAGE", "1",
          "FUNCTIONS_EXTENSION_VERSION", "~4",
          "WEBSITES_ENABLE_APP_SERVICE_STORAGE", "false",
          "APP_MODE", "test");

  private final String settingName;
  private final @Nullable String enablingValue;

  LegacySetting(String settingName, @Nullable String enablingValue) {
    this.settingName = settingName;
    this.enablingValue = enablingValue;
  }

  String settingName() {
    return settingName;
  }

  /** The value that turns the switch on; empty for the DNS settings. */
  Optional<String> enablingValue() {
    return Optional.ofNullable(enablingValue);
  }

  /** Exact values: the enabling value first (the shrink target), then the off values. */
  List<String> exactValues() {
    if (enablingValue == null) {
      return ImmutableList.of("10.0.0.4", "168.63.129.16", "10.0.0.5", "2001:db8::53");
    }
    return ImmutableList.of(enablingValue, "0", "false");
  }

  /** The explicit off value for {@code gene} (0 or 1): {@code 0} or {@code false}. */
  static String offValue(int gene) {
    return gene == 0 ? "0" : "false";
  }

  /** LEG-3 near-misses: on or off in lenient mode only, reported in both. */
  List<String> nearMissValues() {
    if (enablingValue == null) {
      return ImmutableList.of(" 10.0.0.4", "10.0.0.4 ");
    }
    if (enablingValue.equals("1")) {
      return ImmutableList.of("True", " 1 ", "true", "TRUE", "1 ", "False", " 0 ", "FALSE");
    }
    return ImmutableList.of("True", "TRUE", "1", " true ", " 1 ", "False", "0 ", "FALSE");
  }

  /** Values that are neither on, off nor a near-miss (LEG-3: reported, never guessed). */
  List<String> unrecognisedValues() {
    if (enablingValue == null) {
      return ImmutableList.of("dns.contoso.com", "10.0.0.256");
    }
    return ImmutableList.of("yes", "on", "2", "");
  }

  /** Names that match only when case is ignored (read by lenient mode). */
  List<String> nearMissNames() {
    StringBuilder title = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < settingName.length(); i++) {
      char c = settingName.charAt(i);
      title.append(upper ? c : Character.toLowerCase(c));
      upper = c == '_';
    }
    return ImmutableList.of(settingName.toLowerCase(Locale.ROOT), title.toString());
  }
}

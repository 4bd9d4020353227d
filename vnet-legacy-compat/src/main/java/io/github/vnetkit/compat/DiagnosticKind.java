package io.github.vnetkit.compat;

/**
 * What a {@link LegacyDiagnostic} is about. Each kind names the SPEC rule it reports under.
 *
 * <pre>{@code
 * analysis.diagnostics().stream()
 *     .filter(d -> d.kind() == DiagnosticKind.CONFLICTING_SOURCES) // LEG-4
 *     .forEach(System.out::println);
 * }</pre>
 */
public enum DiagnosticKind {
  /** Two sources of one switch (or of the DNS row) disagree; the more modern one wins (LEG-4). */
  CONFLICTING_SOURCES("LEG-4"),
  /** A source agrees with a more modern one that decides anyway: remove it (LEG-1). */
  REDUNDANT_SETTING("LEG-1"),
  /** A source is ignored because {@code outboundVnetRouting.allTraffic} is on (LEG-2, CFG-2). */
  IGNORED_BY_ALL_TRAFFIC("LEG-2"),
  /**
   * An app-setting value that is neither the enabling value nor a recognised off value: read as
   * off, never guessed (LEG-3).
   */
  UNRECOGNISED_VALUE("LEG-3"),
  /**
   * A near-miss value ({@code True}, {@code " 1 "}, {@code true} for a {@code 1} setting) that
   * strict mode does not accept (LEG-3).
   */
  NEAR_MISS_VALUE("LEG-3"),
  /** A near-miss name or value that lenient mode accepted, as the caller chose (LEG-3). */
  NEAR_MISS_ACCEPTED("LEG-3"),
  /**
   * An app-setting name that matches a known setting only when case is ignored; strict mode does
   * not read it (LEG-3).
   */
  NAME_CASE_MISMATCH("LEG-3"),
  /**
   * {@code WEBSITE_CONTENTOVERVNET} on a Consumption plan, which cannot integrate (TIER-1) nor use
   * a VNet-restricted storage account (FN-4).
   */
  CONTENT_SHARE_ON_CONSUMPTION("FN-4"),
  /**
   * A legacy DNS app setting ({@code WEBSITE_DNS_SERVER}, {@code WEBSITE_DNS_ALT_SERVER}) whose
   * modern form is {@code dnsConfiguration} (DNS-2).
   */
  LEGACY_DNS_SETTING("DNS-2"),
  /** A DNS app setting whose value is not a single IP address: ignored (DNS-2). */
  INVALID_DNS_ADDRESS("DNS-2");

  private final String ruleId;

  DiagnosticKind(String ruleId) {
    this.ruleId = ruleId;
  }

  /** The SPEC rule id diagnostics of this kind report under, such as {@code LEG-4}. */
  public String ruleId() {
    return ruleId;
  }
}

package io.github.vnetkit.planner.check;

/**
 * Something an app's workload expects to do through its virtual network integration that the
 * integration does not support (SPEC TIER-4, TIER-5). The caller declares these per app in {@link
 * CheckContext#appNeeds()}; the model cannot see them.
 *
 * <pre>{@code
 * CheckContext.builder().addAppNeeds(AppNeed.of(appId, WorkloadNeed.ICMP)).build();
 * }</pre>
 */
public enum WorkloadNeed {
  /** ICMP, such as ping: only TCP and UDP go through the integration (TIER-4). */
  ICMP("TIER-4", "ICMP (ping)", "only TCP and UDP go through the integration"),
  /** Mapping a network drive through the integration (TIER-5). */
  DRIVE_MAPPING(
      "TIER-5", "mapping a network drive", "mounting a drive is not supported through it"),
  /** Joining a Windows Server Active Directory domain (TIER-5). */
  AD_DOMAIN_JOIN(
      "TIER-5",
      "Windows Server Active Directory domain join",
      "domain join is not supported through it"),
  /** NetBIOS name resolution or sessions (TIER-5). */
  NETBIOS("TIER-5", "NetBIOS", "NetBIOS is not supported through it");

  private final String ruleId;
  private final String description;
  private final String reason;

  WorkloadNeed(String ruleId, String description, String reason) {
    this.ruleId = ruleId;
    this.description = description;
    this.reason = reason;
  }

  /** The SPEC rule that says the integration does not support it. */
  public String ruleId() {
    return ruleId;
  }

  /** What the need is, in words: {@code "ICMP (ping)"}. */
  public String description() {
    return description;
  }

  /** Why the integration cannot meet it. */
  public String reason() {
    return reason;
  }
}
